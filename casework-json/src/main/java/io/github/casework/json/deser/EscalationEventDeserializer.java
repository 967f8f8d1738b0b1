package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Route;
import io.github.casework.escalation.Target;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.EscalationShapes;
import io.github.casework.json.internal.Ids;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads an {@link EscalationEvent}: {@code type} (the event's {@code TYPE}), then the record's components by name.
 * Within the escalation events a member name has one meaning, so members are read in any order before the type is
 * known.
 */
public final class EscalationEventDeserializer extends CaseworkDeserializer<EscalationEvent> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final EscalationEventDeserializer INSTANCE = new EscalationEventDeserializer();

  private static final String ID = "escalationId";
  private static final String AT = "at";

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put(Variants.TYPE, Reading.STRING)
        .put(ID, Ids.ESCALATION_ID.reader())
        .put("subject", EscalationShapes.SUBJECT.reader())
        .put("reason", Reading.code(CodeTable.ESCALATION_REASON))
        .put("target", EscalationShapes.TARGET.reader())
        .put("raisedBy", Ids.PROFESSIONAL_ID.reader())
        .put("mandate", EscalationShapes.MANDATE.reader())
        .put("route", Reading.code(CodeTable.ROUTE))
        .put("level", Reading.code(CodeTable.LADDER_LEVEL))
        .put("addressed", Ids.PROFESSIONAL_ID.reader())
        .put("beyondMandateReason", Reading.code(CodeTable.BEYOND_MANDATE_REASON))
        .put("outcome", Reading.code(CodeTable.ESCALATION_OUTCOME))
        .put(AT, Reading.INSTANT_READER)
        .buildOrThrow());

    static final Variants<EscalationEvent> VARIANTS = Variants.<EscalationEvent>of("escalation event")
        .add(EscalationEvent.Raised.TYPE, m -> new EscalationEvent.Raised(id(m),
            m.required("subject", EscalationSubject.class), m.required("reason", EscalationReason.class),
            m.required("target", Target.class), m.required("raisedBy", ProfessionalId.class),
            m.required("mandate", Mandate.class), m.required("route", Route.class), at(m)),
            ID, "subject", "reason", "target", "raisedBy", "mandate", "route", AT)
        .add(EscalationEvent.Climbed.TYPE, m -> new EscalationEvent.Climbed(id(m),
            m.required("level", LadderLevel.class), m.required("addressed", ProfessionalId.class),
            m.optional("beyondMandateReason", BeyondMandateReason.class), at(m)),
            ID, "level", "addressed", "beyondMandateReason", AT)
        .add(EscalationEvent.ManagerInformed.TYPE, m -> new EscalationEvent.ManagerInformed(id(m), at(m)), ID, AT)
        .add(EscalationEvent.Resolved.TYPE, m -> new EscalationEvent.Resolved(id(m),
            m.required("outcome", Outcome.class), at(m)), ID, "outcome", AT)
        .build();
  }

  private EscalationEventDeserializer() {
    super(EscalationEvent.class);
  }

  private static EscalationId id(Members m) {
    return m.required(ID, EscalationId.class);
  }

  private static Instant at(Members m) {
    return m.required(AT, Instant.class);
  }

  @Override
  public EscalationEvent read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return Tables.VARIANTS.build(Members.read(p, ctxt, pointer, Tables.MEMBERS), ctxt);
  }

  /** {@return the type ids of the escalation events} */
  public static Iterable<String> types() {
    return Tables.VARIANTS.types();
  }
}
