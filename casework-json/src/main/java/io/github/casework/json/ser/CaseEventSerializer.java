package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.json.internal.CodeTable;
import java.io.IOException;

/** Writes a {@link CaseEvent}: {@code type} (the event's {@code TYPE}), then the record's components in order. */
public final class CaseEventSerializer extends CaseworkSerializer<CaseEvent> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final CaseEventSerializer INSTANCE = new CaseEventSerializer();

  private CaseEventSerializer() {
    super(CaseEvent.class);
  }

  @Override
  public void serialize(CaseEvent value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", value.type());
    g.writeStringField("caseId", value.caseId().value());
    if (value instanceof CaseEvent.Opened e) {
      g.writeStringField("client", e.client().value());
      g.writeStringField("agency", e.agency().value());
      g.writeStringField("owner", e.owner().value());
      Writing.instant(g, "at", e.at());
    } else if (value instanceof CaseEvent.NeedRegistered e) {
      g.writeStringField("need", e.need().value());
      Writing.code(g, "domain", CodeTable.LIFE_DOMAIN, e.domain());
      Writing.code(g, "urgency", CodeTable.URGENCY, e.urgency());
      g.writeStringField("accountable", e.accountable().value());
      Writing.instant(g, "at", e.at());
    } else if (value instanceof CaseEvent.Activated || value instanceof CaseEvent.WaitingStarted
        || value instanceof CaseEvent.Resumed) {
      Writing.instant(g, "at", value.at());
    } else if (value instanceof CaseEvent.AccountabilityTransferred e) {
      g.writeStringField("need", e.need().value());
      g.writeStringField("from", e.from().value());
      g.writeStringField("to", e.to().value());
      Writing.instant(g, "at", e.at());
    } else if (value instanceof CaseEvent.NeedDisposed e) {
      g.writeStringField("need", e.need().value());
      g.writeFieldName("disposition");
      DispositionSerializer.INSTANCE.serialize(e.disposition(), g, provider);
    } else if (value instanceof CaseEvent.AssessmentRecorded e) {
      g.writeFieldName("assessment");
      AssessmentSerializer.INSTANCE.serialize(e.assessment(), g, provider);
    } else if (value instanceof CaseEvent.Closed e) {
      Writing.code(g, "reason", CodeTable.CLOSURE_REASON, e.reason());
      Writing.instant(g, "at", e.at());
    } else if (value instanceof CaseEvent.NeedReferred e) {
      g.writeStringField("need", e.need().value());
      g.writeStringField("referral", e.referral().value());
      g.writeStringField("agency", e.agency().value());
      g.writeStringField("referrer", e.referrer().value());
      Writing.instant(g, "at", e.at());
    } else if (value instanceof CaseEvent.ReferralLoopClosed e) {
      g.writeStringField("need", e.need().value());
      g.writeStringField("referral", e.referral().value());
      g.writeStringField("by", e.by().value());
      Writing.instant(g, "at", e.at());
    } else if (value instanceof CaseEvent.NeedHandedOver e) {
      g.writeStringField("need", e.need().value());
      g.writeStringField("referral", e.referral().value());
      g.writeStringField("from", e.from().value());
      g.writeStringField("to", e.to().value());
      g.writeStringField("agency", e.agency().value());
      Writing.instant(g, "at", e.at());
    } else if (value instanceof CaseEvent.UrgentThreatReported e) {
      g.writeStringField("need", e.need().value());
      Writing.code(g, "threat", CodeTable.URGENT_THREAT, e.threat());
      Writing.instant(g, "at", e.at());
    } else if (value instanceof CaseEvent.FirstConversationHeld) {
      Writing.instant(g, "at", value.at());
    } else {
      throw new AssertionError("bug: unhandled case event " + value.type());
    }
    g.writeEndObject();
  }
}
