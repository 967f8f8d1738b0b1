package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.casefile.Disposition;
import io.github.casework.json.internal.CodeTable;
import java.io.IOException;

/** Writes a {@link Disposition}: {@code type}, then the record's components. */
public final class DispositionSerializer extends CaseworkSerializer<Disposition> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final DispositionSerializer INSTANCE = new DispositionSerializer();

  private DispositionSerializer() {
    super(Disposition.class);
  }

  @Override
  public void serialize(Disposition value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", value.type());
    if (value instanceof Disposition.HandedOver h) {
      g.writeStringField("to", h.to().value());
      g.writeStringField("agency", h.agency().value());
    } else if (value instanceof Disposition.Unmet u) {
      Writing.code(g, "reason", CodeTable.UNMET_REASON, u.reason());
      Writing.string(g, "explanation", u.explanation());
    } else if (!(value instanceof Disposition.Met || value instanceof Disposition.WithdrawnByClient)) {
      throw new AssertionError("bug: unhandled disposition " + value.type());
    }
    Writing.instant(g, "at", value.at());
    g.writeEndObject();
  }
}
