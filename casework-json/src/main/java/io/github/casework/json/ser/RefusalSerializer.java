package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.referral.Refusal;
import java.io.IOException;

/**
 * Writes a {@link Refusal}: {@code type} (its {@code TYPE}), then the record's components in order;
 * {@code expectedAgency} only when named.
 */
public final class RefusalSerializer extends CaseworkSerializer<Refusal> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final RefusalSerializer INSTANCE = new RefusalSerializer();

  private RefusalSerializer() {
    super(Refusal.class);
  }

  @Override
  public void serialize(Refusal value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", value.type());
    if (value instanceof Refusal.NotEligible n) {
      Writing.string(g, "criterion", n.criterion());
    } else if (value instanceof Refusal.PreconditionUnmet p) {
      Writing.code(g, "domain", CodeTable.LIFE_DOMAIN, p.domain());
      if (p.expectedAgency().isPresent()) {
        g.writeStringField("expectedAgency", p.expectedAgency().get().value());
      }
    } else if (!(value instanceof Refusal.NoCapacity || value instanceof Refusal.ClientUnreachable)) {
      throw new AssertionError("bug: unhandled refusal " + value.type());
    }
    g.writeEndObject();
  }
}
