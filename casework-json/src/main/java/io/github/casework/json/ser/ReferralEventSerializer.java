package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.referral.ReferralEvent;
import java.io.IOException;

/** Writes a {@link ReferralEvent}: {@code type} (the event's {@code TYPE}), then the record's components in order. */
public final class ReferralEventSerializer extends CaseworkSerializer<ReferralEvent> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final ReferralEventSerializer INSTANCE = new ReferralEventSerializer();

  private ReferralEventSerializer() {
    super(ReferralEvent.class);
  }

  @Override
  public void serialize(ReferralEvent value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", value.type());
    g.writeStringField("referralId", value.referralId().value());
    if (value instanceof ReferralEvent.Drafted e) {
      g.writeStringField("client", e.client().value());
      g.writeStringField("caseId", e.caseId().value());
      g.writeStringField("need", e.need().value());
      Writing.code(g, "domain", CodeTable.LIFE_DOMAIN, e.domain());
      g.writeStringField("from", e.from().value());
      g.writeStringField("referrer", e.referrer().value());
      g.writeStringField("to", e.to().value());
      g.writeStringField("service", e.service());
    } else if (value instanceof ReferralEvent.BasisRecorded e) {
      g.writeFieldName("basis");
      DataSharingBasisSerializer.INSTANCE.serialize(e.basis(), g, provider);
    } else if (value instanceof ReferralEvent.Sent e) {
      Writing.instant(g, "responseDue", e.responseDue());
      Writing.instant(g, "followUpDue", e.followUpDue());
      if (e.capacity().isPresent()) {
        Writing.code(g, "capacity", CodeTable.CAPACITY, e.capacity().get());
      }
    } else if (value instanceof ReferralEvent.Waitlisted e) {
      Writing.instant(g, "expected", e.expected());
    } else if (value instanceof ReferralEvent.Refused e) {
      g.writeFieldName("refusal");
      RefusalSerializer.INSTANCE.serialize(e.refusal(), g, provider);
    } else if (value instanceof ReferralEvent.Completed e) {
      Writing.code(g, "outcome", CodeTable.REFERRAL_OUTCOME, e.outcome());
    } else if (value instanceof ReferralEvent.Failed e) {
      Writing.code(g, "reason", CodeTable.FAILURE_REASON, e.reason());
    } else if (value instanceof ReferralEvent.Cancelled e) {
      g.writeStringField("by", e.by().value());
    } else if (value instanceof ReferralEvent.AccountabilityAccepted e) {
      g.writeStringField("by", e.by().value());
    } else if (value instanceof ReferralEvent.OutcomeAcknowledged e) {
      g.writeStringField("by", e.by().value());
    } else if (!(value instanceof ReferralEvent.Received || value instanceof ReferralEvent.Accepted
        || value instanceof ReferralEvent.Started)) {
      throw new AssertionError("bug: unhandled referral event " + value.type());
    }
    Writing.instant(g, "at", value.at());
    g.writeEndObject();
  }
}
