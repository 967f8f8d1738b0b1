package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Urgency;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Ids;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads a {@link CaseEvent}: {@code type} (the event's {@code TYPE}), then the record's components by name. Within
 * the case events a member name has one meaning, so members are read in any order before the type is known.
 */
public final class CaseEventDeserializer extends CaseworkDeserializer<CaseEvent> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final CaseEventDeserializer INSTANCE = new CaseEventDeserializer();

  private static final String CASE_ID = "caseId";
  private static final String AT = "at";

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put(Variants.TYPE, Reading.STRING)
        .put(CASE_ID, Ids.CASE_ID.reader())
        .put("client", Ids.CLIENT_ID.reader())
        .put("agency", Ids.AGENCY_ID.reader())
        .put("owner", Ids.PROFESSIONAL_ID.reader())
        .put("need", Ids.NEED_ID.reader())
        .put("domain", Reading.code(CodeTable.LIFE_DOMAIN))
        .put("urgency", Reading.code(CodeTable.URGENCY))
        .put("accountable", Ids.PROFESSIONAL_ID.reader())
        .put("from", Ids.PROFESSIONAL_ID.reader())
        .put("to", Ids.PROFESSIONAL_ID.reader())
        .put("disposition", DispositionDeserializer.INSTANCE)
        .put("assessment", AssessmentDeserializer.INSTANCE)
        .put("reason", Reading.code(CodeTable.CLOSURE_REASON))
        .put("referral", Ids.REFERRAL_ID.reader())
        .put("referrer", Ids.PROFESSIONAL_ID.reader())
        .put("by", Ids.PROFESSIONAL_ID.reader())
        .put("threat", Reading.code(CodeTable.URGENT_THREAT))
        .put(AT, Reading.INSTANT_READER)
        .buildOrThrow());

    static final Variants<CaseEvent> VARIANTS = Variants.<CaseEvent>of("case event")
        .add(CaseEvent.Opened.TYPE, m -> new CaseEvent.Opened(caseId(m), m.required("client", ClientId.class),
            m.required("agency", AgencyId.class), m.required("owner", ProfessionalId.class), at(m)),
            CASE_ID, "client", "agency", "owner", AT)
        .add(CaseEvent.NeedRegistered.TYPE, m -> new CaseEvent.NeedRegistered(caseId(m),
            m.required("need", NeedId.class), m.required("domain", LifeDomain.class),
            m.required("urgency", Urgency.class), m.required("accountable", ProfessionalId.class), at(m)),
            CASE_ID, "need", "domain", "urgency", "accountable", AT)
        .add(CaseEvent.Activated.TYPE, m -> new CaseEvent.Activated(caseId(m), at(m)), CASE_ID, AT)
        .add(CaseEvent.WaitingStarted.TYPE, m -> new CaseEvent.WaitingStarted(caseId(m), at(m)), CASE_ID, AT)
        .add(CaseEvent.Resumed.TYPE, m -> new CaseEvent.Resumed(caseId(m), at(m)), CASE_ID, AT)
        .add(CaseEvent.AccountabilityTransferred.TYPE, m -> new CaseEvent.AccountabilityTransferred(caseId(m),
            m.required("need", NeedId.class), m.required("from", ProfessionalId.class),
            m.required("to", ProfessionalId.class), at(m)),
            CASE_ID, "need", "from", "to", AT)
        .add(CaseEvent.NeedDisposed.TYPE, m -> new CaseEvent.NeedDisposed(caseId(m), m.required("need", NeedId.class),
            m.required("disposition", Disposition.class)),
            CASE_ID, "need", "disposition")
        .add(CaseEvent.AssessmentRecorded.TYPE, m -> new CaseEvent.AssessmentRecorded(caseId(m),
            m.required("assessment", Assessment.class)),
            CASE_ID, "assessment")
        .add(CaseEvent.Closed.TYPE, m -> new CaseEvent.Closed(caseId(m), m.required("reason", ClosureReason.class),
            at(m)),
            CASE_ID, "reason", AT)
        .add(CaseEvent.NeedReferred.TYPE, m -> new CaseEvent.NeedReferred(caseId(m), m.required("need", NeedId.class),
            m.required("referral", ReferralId.class), m.required("agency", AgencyId.class),
            m.required("referrer", ProfessionalId.class), at(m)),
            CASE_ID, "need", "referral", "agency", "referrer", AT)
        .add(CaseEvent.ReferralLoopClosed.TYPE, m -> new CaseEvent.ReferralLoopClosed(caseId(m),
            m.required("need", NeedId.class), m.required("referral", ReferralId.class),
            m.required("by", ProfessionalId.class), at(m)),
            CASE_ID, "need", "referral", "by", AT)
        .add(CaseEvent.NeedHandedOver.TYPE, m -> new CaseEvent.NeedHandedOver(caseId(m),
            m.required("need", NeedId.class), m.required("referral", ReferralId.class),
            m.required("from", ProfessionalId.class), m.required("to", ProfessionalId.class),
            m.required("agency", AgencyId.class), at(m)),
            CASE_ID, "need", "referral", "from", "to", "agency", AT)
        .add(CaseEvent.UrgentThreatReported.TYPE, m -> new CaseEvent.UrgentThreatReported(caseId(m),
            m.required("need", NeedId.class), m.required("threat", UrgentThreat.class), at(m)),
            CASE_ID, "need", "threat", AT)
        .add(CaseEvent.FirstConversationHeld.TYPE, m -> new CaseEvent.FirstConversationHeld(caseId(m), at(m)),
            CASE_ID, AT)
        .build();
  }

  private CaseEventDeserializer() {
    super(CaseEvent.class);
  }

  private static CaseId caseId(Members m) {
    return m.required(CASE_ID, CaseId.class);
  }

  private static Instant at(Members m) {
    return m.required(AT, Instant.class);
  }

  @Override
  public CaseEvent read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return Tables.VARIANTS.build(Members.read(p, ctxt, pointer, Tables.MEMBERS), ctxt);
  }

  /** {@return the type ids of the case events} */
  public static Iterable<String> types() {
    return Tables.VARIANTS.types();
  }
}
