package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.LifeDomain;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.party.AgencyService;
import java.io.IOException;

/** Writes an {@link AgencyService}: {@code code}, {@code name}, {@code domains} in the set's order. */
public final class AgencyServiceSerializer extends CaseworkSerializer<AgencyService> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final AgencyServiceSerializer INSTANCE = new AgencyServiceSerializer();

  private AgencyServiceSerializer() {
    super(AgencyService.class);
  }

  @Override
  public void serialize(AgencyService value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", value.code());
    Writing.string(g, "name", value.name());
    g.writeArrayFieldStart("domains");
    for (LifeDomain d : value.domains()) {
      g.writeString(CodeTable.LIFE_DOMAIN.code(d));
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
