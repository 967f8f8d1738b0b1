package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Ids;
import io.github.casework.json.internal.Pointer;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.FailureReason;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.Refusal;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads a {@link ReferralEvent}: {@code type} (the event's {@code TYPE}), then the record's components by name.
 * Within the referral events a member name has one meaning ({@code from} and {@code to} are agencies), so members
 * are read in any order before the type is known.
 */
public final class ReferralEventDeserializer extends CaseworkDeserializer<ReferralEvent> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final ReferralEventDeserializer INSTANCE = new ReferralEventDeserializer();

  private static final String ID = "referralId";
  private static final String AT = "at";

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put(Variants.TYPE, Reading.STRING)
        .put(ID, Ids.REFERRAL_ID.reader())
        .put("client", Ids.CLIENT_ID.reader())
        .put("caseId", Ids.CASE_ID.reader())
        .put("need", Ids.NEED_ID.reader())
        .put("domain", Reading.code(CodeTable.LIFE_DOMAIN))
        .put("from", Ids.AGENCY_ID.reader())
        .put("referrer", Ids.PROFESSIONAL_ID.reader())
        .put("to", Ids.AGENCY_ID.reader())
        .put("service", Reading.STRING)
        .put("basis", DataSharingBasisDeserializer.INSTANCE)
        .put("responseDue", Reading.INSTANT_READER)
        .put("followUpDue", Reading.INSTANT_READER)
        .put("capacity", Reading.code(CodeTable.CAPACITY))
        .put("expected", Reading.INSTANT_READER)
        .put("refusal", RefusalDeserializer.INSTANCE)
        .put("outcome", Reading.code(CodeTable.REFERRAL_OUTCOME))
        .put("reason", Reading.code(CodeTable.FAILURE_REASON))
        .put("by", Ids.PROFESSIONAL_ID.reader())
        .put(AT, Reading.INSTANT_READER)
        .buildOrThrow());

    static final Variants<ReferralEvent> VARIANTS = Variants.<ReferralEvent>of("referral event")
        .add(ReferralEvent.Drafted.TYPE, m -> new ReferralEvent.Drafted(id(m), m.required("client", ClientId.class),
            m.required("caseId", CaseId.class), m.required("need", NeedId.class),
            m.required("domain", LifeDomain.class), m.required("from", AgencyId.class),
            m.required("referrer", ProfessionalId.class), m.required("to", AgencyId.class),
            m.required("service", String.class), at(m)),
            ID, "client", "caseId", "need", "domain", "from", "referrer", "to", "service", AT)
        .add(ReferralEvent.BasisRecorded.TYPE, m -> new ReferralEvent.BasisRecorded(id(m),
            m.required("basis", DataSharingBasis.class), at(m)), ID, "basis", AT)
        .add(ReferralEvent.Sent.TYPE, m -> new ReferralEvent.Sent(id(m), m.required("responseDue", Instant.class),
            m.required("followUpDue", Instant.class), at(m), m.optional("capacity", Capacity.class)), ID, "responseDue",
            "followUpDue", "capacity", AT)
        .add(ReferralEvent.Received.TYPE, m -> new ReferralEvent.Received(id(m), at(m)), ID, AT)
        .add(ReferralEvent.Accepted.TYPE, m -> new ReferralEvent.Accepted(id(m), at(m)), ID, AT)
        .add(ReferralEvent.Waitlisted.TYPE, m -> new ReferralEvent.Waitlisted(id(m),
            m.required("expected", Instant.class), at(m)), ID, "expected", AT)
        .add(ReferralEvent.Refused.TYPE, m -> new ReferralEvent.Refused(id(m), m.required("refusal", Refusal.class),
            at(m)), ID, "refusal", AT)
        .add(ReferralEvent.Started.TYPE, m -> new ReferralEvent.Started(id(m), at(m)), ID, AT)
        .add(ReferralEvent.Completed.TYPE, m -> new ReferralEvent.Completed(id(m),
            m.required("outcome", ReferralOutcome.class), at(m)), ID, "outcome", AT)
        .add(ReferralEvent.Failed.TYPE, m -> new ReferralEvent.Failed(id(m), m.required("reason", FailureReason.class),
            at(m)), ID, "reason", AT)
        .add(ReferralEvent.Cancelled.TYPE, m -> new ReferralEvent.Cancelled(id(m), by(m), at(m)), ID, "by", AT)
        .add(ReferralEvent.AccountabilityAccepted.TYPE, m -> new ReferralEvent.AccountabilityAccepted(id(m), by(m),
            at(m)), ID, "by", AT)
        .add(ReferralEvent.OutcomeAcknowledged.TYPE, m -> new ReferralEvent.OutcomeAcknowledged(id(m), by(m), at(m)),
            ID, "by", AT)
        .build();
  }

  private ReferralEventDeserializer() {
    super(ReferralEvent.class);
  }

  private static ReferralId id(Members m) {
    return m.required(ID, ReferralId.class);
  }

  private static ProfessionalId by(Members m) {
    return m.required("by", ProfessionalId.class);
  }

  private static Instant at(Members m) {
    return m.required(AT, Instant.class);
  }

  @Override
  public ReferralEvent read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return Tables.VARIANTS.build(Members.read(p, ctxt, pointer, Tables.MEMBERS), ctxt);
  }

  /** {@return the type ids of the referral events} */
  public static Iterable<String> types() {
    return Tables.VARIANTS.types();
  }
}
