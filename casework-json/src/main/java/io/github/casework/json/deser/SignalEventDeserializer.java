package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.SignalId;
import io.github.casework.json.internal.Ids;
import io.github.casework.json.internal.Pointer;
import io.github.casework.json.internal.SignalShapes;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Observation;
import io.github.casework.signal.Response;
import io.github.casework.signal.SignalEvent;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads a {@link SignalEvent}: {@code type} (the event's {@code TYPE}), then the record's components by name. Sets
 * of professionals may come in any order; the same professional twice is an error.
 */
public final class SignalEventDeserializer extends CaseworkDeserializer<SignalEvent> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final SignalEventDeserializer INSTANCE = new SignalEventDeserializer();

  private static final String ID = "signalId";
  private static final String AT = "at";

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put(Variants.TYPE, Reading.STRING)
        .put(ID, Ids.SIGNAL_ID.reader())
        .put("raisers", Reading.sortedSet(Ids.PROFESSIONAL_ID.reader()))
        .put("addressee", SignalShapes.ADDRESSEE.reader())
        .put("observation", SignalShapes.OBSERVATION.reader())
        .put("responseDue", Reading.INSTANT_READER)
        .put("by", Ids.PROFESSIONAL_ID.reader())
        .put("response", SignalShapes.RESPONSE.reader())
        .put("reached", Reading.sortedSet(Ids.PROFESSIONAL_ID.reader()))
        .put(AT, Reading.INSTANT_READER)
        .buildOrThrow());

    static final Variants<SignalEvent> VARIANTS = Variants.<SignalEvent>of("signal event")
        .add(SignalEvent.Raised.TYPE, m -> new SignalEvent.Raised(id(m), m.sortedSet("raisers"),
            m.required("addressee", Addressee.class), m.required("observation", Observation.class),
            m.required("responseDue", Instant.class), at(m)),
            ID, "raisers", "addressee", "observation", "responseDue", AT)
        .add(SignalEvent.Acknowledged.TYPE, m -> new SignalEvent.Acknowledged(id(m), by(m), at(m)), ID, "by", AT)
        .add(SignalEvent.Responded.TYPE, m -> new SignalEvent.Responded(id(m), m.required("response", Response.class),
            by(m), at(m)), ID, "response", "by", AT)
        .add(SignalEvent.FeedbackGiven.TYPE, m -> new SignalEvent.FeedbackGiven(id(m), m.sortedSet("reached"), at(m)),
            ID, "reached", AT)
        .add(SignalEvent.Closed.TYPE, m -> new SignalEvent.Closed(id(m), at(m)), ID, AT)
        .build();
  }

  private SignalEventDeserializer() {
    super(SignalEvent.class);
  }

  private static SignalId id(Members m) {
    return m.required(ID, SignalId.class);
  }

  private static ProfessionalId by(Members m) {
    return m.required("by", ProfessionalId.class);
  }

  private static Instant at(Members m) {
    return m.required(AT, Instant.class);
  }

  @Override
  public SignalEvent read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return Tables.VARIANTS.build(Members.read(p, ctxt, pointer, Tables.MEMBERS), ctxt);
  }

  /** {@return the type ids of the signal events} */
  public static Iterable<String> types() {
    return Tables.VARIANTS.types();
  }
}
