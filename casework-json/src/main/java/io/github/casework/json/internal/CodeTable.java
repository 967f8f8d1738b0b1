package io.github.casework.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.UnmetReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.check.FindingCode;
import io.github.casework.check.OrphanedNeed;
import io.github.casework.check.Severity;
import io.github.casework.check.SubjectRef;
import io.github.casework.directory.HouseholdSituation;
import io.github.casework.directory.IncomeBand;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.OutreachStatus;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.MandatePolicy;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Route;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Role;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.FailureReason;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.NetworkFinding.StaleReferral;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.ReferralStatus;
import io.github.casework.signal.ResponseKind;
import io.github.casework.signal.SignalStatus;
import io.github.casework.signal.Trend;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stable lower-case codes of one enum, both ways. The wire format writes an enum constant as its
 * {@code code()}, never as its Java name. Immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class CodeTable<E extends Enum<E>> {
  /** Life domains. */
  public static final CodeTable<LifeDomain> LIFE_DOMAIN = of(LifeDomain.class, "life domain");
  /** Urgencies. */
  public static final CodeTable<Urgency> URGENCY = of(Urgency.class, "urgency");
  /** Case statuses. */
  public static final CodeTable<CaseStatus> CASE_STATUS = of(CaseStatus.class, "case status");
  /** Closure reasons. */
  public static final CodeTable<ClosureReason> CLOSURE_REASON = of(ClosureReason.class, "closure reason");
  /** Reasons a need is unmet. */
  public static final CodeTable<UnmetReason> UNMET_REASON = of(UnmetReason.class, "unmet reason");
  /** Agency kinds. */
  public static final CodeTable<AgencyKind> AGENCY_KIND = of(AgencyKind.class, "agency kind");
  /** Roles. */
  public static final CodeTable<Role> ROLE = of(Role.class, "role");
  /** Urgent threats under the Wgs. */
  public static final CodeTable<UrgentThreat> URGENT_THREAT = of(UrgentThreat.class, "urgent threat");
  /** Referral statuses. */
  public static final CodeTable<ReferralStatus> REFERRAL_STATUS = of(ReferralStatus.class, "referral status");
  /** Who gave consent. */
  public static final CodeTable<ConsentGiver> CONSENT_GIVER = of(ConsentGiver.class, "consent giver");
  /** Legal grounds for sharing data. */
  public static final CodeTable<LegalGround> LEGAL_GROUND = of(LegalGround.class, "legal ground");
  /** Outcomes of a completed referral. */
  public static final CodeTable<ReferralOutcome> REFERRAL_OUTCOME = of(ReferralOutcome.class, "referral outcome");
  /** Reasons a referral failed. */
  public static final CodeTable<FailureReason> FAILURE_REASON = of(FailureReason.class, "failure reason");
  /** A service's answers to a capacity query before a referral is sent. */
  public static final CodeTable<Capacity> CAPACITY = of(Capacity.class, "capacity answer");
  /** Reasons to escalate. */
  public static final CodeTable<EscalationReason> ESCALATION_REASON = of(EscalationReason.class, "escalation reason");
  /** Levels of an escalation ladder. */
  public static final CodeTable<LadderLevel> LADDER_LEVEL = of(LadderLevel.class, "ladder level");
  /** Escalation routes. */
  public static final CodeTable<Route> ROUTE = of(Route.class, "route");
  /** Policies of a mandate. */
  public static final CodeTable<MandatePolicy> MANDATE_POLICY = of(MandatePolicy.class, "mandate policy");
  /** Reasons for a step beyond the mandate. */
  public static final CodeTable<BeyondMandateReason> BEYOND_MANDATE_REASON = of(BeyondMandateReason.class, "beyond-mandate reason");
  /** Outcomes of an escalation. */
  public static final CodeTable<Outcome> ESCALATION_OUTCOME = of(Outcome.class, "escalation outcome");
  /** Trends of a signal. */
  public static final CodeTable<Trend> TREND = of(Trend.class, "trend");
  /** Kinds of response to a signal. */
  public static final CodeTable<ResponseKind> RESPONSE_KIND = of(ResponseKind.class, "response kind");
  /** Signal statuses. */
  public static final CodeTable<SignalStatus> SIGNAL_STATUS = of(SignalStatus.class, "signal status");

  /** Kinds of finding of the caseload check. */
  public static final CodeTable<FindingCode> FINDING_CODE = of(FindingCode.class, "finding code");
  /** Severities of a finding. */
  public static final CodeTable<Severity> SEVERITY = of(Severity.class, "severity");
  /** Kinds of subject of a finding. */
  public static final CodeTable<SubjectRef.Kind> SUBJECT_KIND = of(SubjectRef.Kind.class, "subject kind");

  /** Why nobody effectively holds a need, in a finding's facts. */
  public static final CodeTable<OrphanedNeed.Reason> ORPHAN_REASON = of(OrphanedNeed.Reason.class, "orphan reason");
  /** What is overdue of a referral, in a finding's facts. */
  public static final CodeTable<StaleReferral.Kind> OVERDUE_KIND = of(StaleReferral.Kind.class, "overdue kind");

  /** Whether a service of the directory takes clients, in a capacity gap's facts. */
  public static final CodeTable<ServiceStatus> SERVICE_STATUS = of(ServiceStatus.class, "service status");
  /** How long a new client waits for a service, in a capacity gap's facts and next step. */
  public static final CodeTable<WaitlistBand> WAITLIST_BAND = of(WaitlistBand.class, "waitlist band");

  /** A client's household situation, in a client profile. */
  public static final CodeTable<HouseholdSituation> HOUSEHOLD_SITUATION = of(HouseholdSituation.class, "household situation");
  /** A client's income band, in a client profile. */
  public static final CodeTable<IncomeBand> INCOME_BAND = of(IncomeBand.class, "income band");
  /** Kinds of partner that send early signals, in a finding's facts. */
  public static final CodeTable<PartnerType> PARTNER_TYPE = of(PartnerType.class, "partner type");
  /** Statuses of an outreach case, in a finding's facts. */
  public static final CodeTable<OutreachStatus> OUTREACH_STATUS = of(OutreachStatus.class, "outreach status");
  /** How a contact attempt of an outreach case was made. */
  public static final CodeTable<ContactKind> CONTACT_KIND = of(ContactKind.class, "contact kind");
  /** The part of the day of a contact attempt. */
  public static final CodeTable<PartOfDay> PART_OF_DAY = of(PartOfDay.class, "part of day");
  /** How an outreach case ended (the DDAS end results). */
  public static final CodeTable<EndResult> END_RESULT = of(EndResult.class, "end result");

  /** Every table, in the order of the shared schema's definitions. */
  public static final ImmutableList<CodeTable<?>> ALL = ImmutableList.of(LIFE_DOMAIN, URGENCY, CASE_STATUS,
      CLOSURE_REASON, UNMET_REASON, AGENCY_KIND, ROLE, URGENT_THREAT, REFERRAL_STATUS, CONSENT_GIVER, LEGAL_GROUND,
      REFERRAL_OUTCOME, FAILURE_REASON, CAPACITY, ESCALATION_REASON, LADDER_LEVEL, ROUTE, MANDATE_POLICY,
      BEYOND_MANDATE_REASON, ESCALATION_OUTCOME, TREND, RESPONSE_KIND, SIGNAL_STATUS, FINDING_CODE, SEVERITY,
      SUBJECT_KIND, ORPHAN_REASON, OVERDUE_KIND, SERVICE_STATUS, WAITLIST_BAND,
      HOUSEHOLD_SITUATION, INCOME_BAND, PARTNER_TYPE, OUTREACH_STATUS, CONTACT_KIND, PART_OF_DAY, END_RESULT);

  /** Both directions, built on the table's first use. */
  private record Codes<E extends Enum<E>>(ImmutableMap<String, E> byCode, Map<E, String> codes) {}

  private final Class<E> type;
  private final String description;
  private final Supplier<Codes<E>> codes;

  private CodeTable(Class<E> type, String description) {
    this.type = type;
    this.description = description;
    // Memoized (thread-safe, built once): the codes are built, and the enum initialised, when the table is first
    // used, not when CodeTable is, so that a document that uses a few of the tables builds only those.
    this.codes = Suppliers.memoize(this::build);
  }

  private static <E extends Enum<E>> CodeTable<E> of(Class<E> type, String description) {
    return new CodeTable<>(type, description);
  }

  private Codes<E> build() {
    ImmutableMap.Builder<String, E> byCode = ImmutableMap.builder();
    Map<E, String> names = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      String code = domainCode(e);
      byCode.put(code, e);
      names.put(e, code);
    }
    return new Codes<>(byCode.buildOrThrow(), names);
  }

  /**
   * The domain's own code of a constant: its enum's {@code code()}. One branch per table here rather than a
   * {@code LifeDomain::code} per table, since the JVM spins a class of its own for each method reference when it is
   * first evaluated, which made up a tenth of the classes that a first read loaded.
   */
  private static String domainCode(Enum<?> constant) {
    if (constant instanceof LifeDomain c) {
      return c.code();
    }
    if (constant instanceof Urgency c) {
      return c.code();
    }
    if (constant instanceof CaseStatus c) {
      return c.code();
    }
    if (constant instanceof ClosureReason c) {
      return c.code();
    }
    if (constant instanceof UnmetReason c) {
      return c.code();
    }
    if (constant instanceof AgencyKind c) {
      return c.code();
    }
    if (constant instanceof Role c) {
      return c.code();
    }
    if (constant instanceof UrgentThreat c) {
      return c.code();
    }
    if (constant instanceof ReferralStatus c) {
      return c.code();
    }
    if (constant instanceof ConsentGiver c) {
      return c.code();
    }
    if (constant instanceof LegalGround c) {
      return c.code();
    }
    if (constant instanceof ReferralOutcome c) {
      return c.code();
    }
    if (constant instanceof FailureReason c) {
      return c.code();
    }
    if (constant instanceof Capacity c) {
      return c.code();
    }
    if (constant instanceof EscalationReason c) {
      return c.code();
    }
    if (constant instanceof LadderLevel c) {
      return c.code();
    }
    if (constant instanceof Route c) {
      return c.code();
    }
    if (constant instanceof MandatePolicy c) {
      return c.code();
    }
    if (constant instanceof BeyondMandateReason c) {
      return c.code();
    }
    if (constant instanceof Outcome c) {
      return c.code();
    }
    if (constant instanceof Trend c) {
      return c.code();
    }
    if (constant instanceof ResponseKind c) {
      return c.code();
    }
    if (constant instanceof SignalStatus c) {
      return c.code();
    }
    if (constant instanceof FindingCode c) {
      return c.code();
    }
    if (constant instanceof Severity c) {
      return c.code();
    }
    if (constant instanceof SubjectRef.Kind c) {
      return c.code();
    }
    if (constant instanceof OrphanedNeed.Reason c) {
      return c.code();
    }
    if (constant instanceof StaleReferral.Kind c) {
      return c.code();
    }
    if (constant instanceof ServiceStatus c) {
      return c.code();
    }
    if (constant instanceof WaitlistBand c) {
      return c.code();
    }
    if (constant instanceof HouseholdSituation c) {
      return c.code();
    }
    if (constant instanceof IncomeBand c) {
      return c.code();
    }
    if (constant instanceof PartnerType c) {
      return c.code();
    }
    if (constant instanceof OutreachStatus c) {
      return c.code();
    }
    if (constant instanceof ContactKind c) {
      return c.code();
    }
    if (constant instanceof PartOfDay c) {
      return c.code();
    }
    if (constant instanceof EndResult c) {
      return c.code();
    }
    throw new AssertionError("bug: no code table for " + constant.getDeclaringClass().getName());
  }

  /** {@return the enum type} */
  public Class<E> type() {
    return type;
  }

  /** {@return what the codes name, for messages, such as {@code life domain}} */
  public String description() {
    return description;
  }

  /**
   * Returns the code of a constant.
   *
   * @param value the constant
   * @return its stable code
   */
  public String code(E value) {
    return codes.get().codes().get(value);
  }

  /**
   * Returns the constant with a code.
   *
   * @param code any text
   * @return the constant, or empty if no constant has this code
   */
  public Optional<E> find(String code) {
    return Optional.ofNullable(codes.get().byCode().get(code));
  }

  /** {@return the codes in declaration order} */
  public Iterable<String> codes() {
    return codes.get().byCode().keySet();
  }
}
