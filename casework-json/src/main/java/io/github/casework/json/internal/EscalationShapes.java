package io.github.casework.json.internal;

import static io.github.casework.json.internal.Ids.AGENCY_ID;
import static io.github.casework.json.internal.Ids.CASE_ID;
import static io.github.casework.json.internal.Ids.ESCALATION_ID;
import static io.github.casework.json.internal.Ids.NEED_ID;
import static io.github.casework.json.internal.Ids.PROFESSIONAL_ID;
import static io.github.casework.json.internal.Ids.REFERRAL_ID;
import static io.github.casework.json.internal.Ids.code;
import static io.github.casework.json.internal.Ids.codeOf;

import io.github.casework.LifeDomain;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.MandatePolicy;
import io.github.casework.escalation.Mandates;
import io.github.casework.escalation.Step;
import io.github.casework.escalation.Target;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.ser.Writing;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Role;
import java.time.Instant;
import java.util.Optional;

/**
 * The wire shape of an escalation's stated state and the values in it (and of a caseload's mandate table), as
 * {@link ObjectCodec} tables: members in canonical order, the domain's constructor to read them. Built on first use,
 * not when the module is registered.
 */
public final class EscalationShapes {
  private EscalationShapes() {}

  /** What an escalation is about. */
  public static final ObjectCodec<EscalationSubject> SUBJECT = ObjectCodec.<EscalationSubject>builder()
      .required("caseId", EscalationSubject::caseId, CASE_ID.reader(), CASE_ID.writer())
      .required("need", EscalationSubject::need, NEED_ID.reader(), NEED_ID.writer())
      .required("domain", EscalationSubject::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
      .optional("blockingReferral", EscalationSubject::blockingReferral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
      .build(m -> new EscalationSubject(m.required("caseId", CaseId.class), m.required("need", NeedId.class),
          m.required("domain", LifeDomain.class), m.optional("blockingReferral", ReferralId.class)));

  /** The agency whose ladder an escalation climbs. */
  public static final ObjectCodec<Target> TARGET = ObjectCodec.<Target>builder()
      .required("agency", Target::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("kind", Target::kind, code(CodeTable.AGENCY_KIND), codeOf(CodeTable.AGENCY_KIND))
      .build(m -> new Target(m.required("agency", AgencyId.class), m.required("kind", AgencyKind.class)));

  /**
   * A mandate as recorded when an escalation was raised (in {@code escalation.raised} and an escalation's state):
   * the highest level its agency lets the role address directly, and its policy. The {@code policy} member is
   * optional and omitted when strict: version 1 documents written before policies existed recorded decisions made
   * under the strict rule (a step beyond the mandate was refused), so an absent policy reads as strict to stay
   * truthful, and replay decides their steps as they were decided. An advisory mandate is written with its policy.
   */
  public static final ObjectCodec<Mandate> MANDATE = ObjectCodec.<Mandate>builder()
      .required("agency", Mandate::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("role", Mandate::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
      .required("highestDirect", Mandate::highestDirect, code(CodeTable.LADDER_LEVEL), codeOf(CodeTable.LADDER_LEVEL))
      .optional("policy", m -> unless(MandatePolicy.STRICT, m.policy()), code(CodeTable.MANDATE_POLICY),
          codeOf(CodeTable.MANDATE_POLICY))
      .build(m -> new Mandate(m.required("agency", AgencyId.class), m.required("role", Role.class),
          m.required("highestDirect", LadderLevel.class),
          m.optional("policy", MandatePolicy.class).orElse(MandatePolicy.STRICT)));

  /**
   * A mandate as an agency grants it in a caseload's table: configuration for escalations still to be raised, not
   * the record of a decision. Its {@code policy} is optional and omitted when advisory, the library's default
   * ({@link Mandate#of(AgencyId, Role, LadderLevel)}); an organisation that forbids going beyond the mandate states
   * {@code strict}. Each escalation records the mandate it was raised under (see {@link #MANDATE}), so reading an old
   * table this way never changes a recorded decision.
   */
  public static final ObjectCodec<Mandate> GRANTED_MANDATE = ObjectCodec.<Mandate>builder()
      .required("agency", Mandate::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("role", Mandate::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
      .required("highestDirect", Mandate::highestDirect, code(CodeTable.LADDER_LEVEL), codeOf(CodeTable.LADDER_LEVEL))
      .optional("policy", m -> unless(MandatePolicy.ADVISORY, m.policy()), code(CodeTable.MANDATE_POLICY),
          codeOf(CodeTable.MANDATE_POLICY))
      .build(m -> new Mandate(m.required("agency", AgencyId.class), m.required("role", Role.class),
          m.required("highestDirect", LadderLevel.class),
          m.optional("policy", MandatePolicy.class).orElse(MandatePolicy.ADVISORY)));

  /**
   * The mandates agencies grant (see {@link #GRANTED_MANDATE}), and the fallback level and policy for pairs not
   * listed; {@code fallbackPolicy} is omitted when advisory, the default of {@link Mandates#of(java.util.Collection)}.
   */
  public static final ObjectCodec<Mandates> MANDATES = ObjectCodec.<Mandates>builder()
      .required("mandates", Mandates::mandates, Reading.list(GRANTED_MANDATE.reader()),
          Writing.list(GRANTED_MANDATE.writer()))
      .required("fallback", Mandates::fallback, code(CodeTable.LADDER_LEVEL), codeOf(CodeTable.LADDER_LEVEL))
      .optional("fallbackPolicy", m -> unless(MandatePolicy.ADVISORY, m.fallbackPolicy()),
          code(CodeTable.MANDATE_POLICY), codeOf(CodeTable.MANDATE_POLICY))
      .build(m -> Mandates.of(m.<Mandate>list("mandates"), m.required("fallback", LadderLevel.class),
          m.optional("fallbackPolicy", MandatePolicy.class).orElse(MandatePolicy.ADVISORY)));

  /** The policy, or empty where it is the default that an absent member stands for. */
  private static Optional<MandatePolicy> unless(MandatePolicy absent, MandatePolicy policy) {
    return policy == absent ? Optional.empty() : Optional.of(policy);
  }

  /** One step up an escalation's ladder. */
  public static final ObjectCodec<Step> STEP = ObjectCodec.<Step>builder()
      .required("level", Step::level, code(CodeTable.LADDER_LEVEL), codeOf(CodeTable.LADDER_LEVEL))
      .required("addressed", Step::addressed, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("at", Step::at, Reading.INSTANT_READER, Writing.INSTANT)
      .build(m -> new Step(m.required("level", LadderLevel.class), m.required("addressed", ProfessionalId.class),
          m.required("at", Instant.class)));

  /** An escalation's state. */
  public static final ObjectCodec<Escalation> STATE = ObjectCodec.<Escalation>builder()
      .required("id", Escalation::id, ESCALATION_ID.reader(), ESCALATION_ID.writer())
      .required("subject", Escalation::subject, SUBJECT.reader(), SUBJECT.writer())
      .required("reason", Escalation::reason, code(CodeTable.ESCALATION_REASON), codeOf(CodeTable.ESCALATION_REASON))
      .required("target", Escalation::target, TARGET.reader(), TARGET.writer())
      .required("raisedBy", Escalation::raisedBy, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("mandate", Escalation::mandate, MANDATE.reader(), MANDATE.writer())
      .required("route", Escalation::route, code(CodeTable.ROUTE), codeOf(CodeTable.ROUTE))
      .required("steps", Escalation::steps, Reading.list(STEP.reader()), Writing.list(STEP.writer()))
      .optional("managerInformedAt", Escalation::managerInformedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("outcome", Escalation::outcome, code(CodeTable.ESCALATION_OUTCOME),
          codeOf(CodeTable.ESCALATION_OUTCOME))
      .required("raisedAt", Escalation::raisedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("lastChangedAt", Escalation::lastChangedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("version", Escalation::version, Reading.LONG, Writing.LONG)
      .buildState();
}
