package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.casefile.Need;
import io.github.casework.json.internal.CodeTable;
import java.io.IOException;

/** Writes a {@link Need}: its record components, {@code disposition} only when it has one. */
public final class NeedSerializer extends CaseworkSerializer<Need> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final NeedSerializer INSTANCE = new NeedSerializer();

  private NeedSerializer() {
    super(Need.class);
  }

  @Override
  public void serialize(Need value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", value.id().value());
    Writing.code(g, "domain", CodeTable.LIFE_DOMAIN, value.domain());
    Writing.code(g, "urgency", CodeTable.URGENCY, value.urgency());
    g.writeStringField("accountable", value.accountable().value());
    Writing.instant(g, "registeredAt", value.registeredAt());
    if (value.disposition().isPresent()) {
      g.writeFieldName("disposition");
      DispositionSerializer.INSTANCE.serialize(value.disposition().get(), g, provider);
    }
    g.writeEndObject();
  }
}
