package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyService;
import java.io.IOException;

/** Writes an {@link Agency}: {@code id}, {@code name}, {@code kind}, {@code services}. */
public final class AgencySerializer extends CaseworkSerializer<Agency> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final AgencySerializer INSTANCE = new AgencySerializer();

  private AgencySerializer() {
    super(Agency.class);
  }

  @Override
  public void serialize(Agency value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", value.id().value());
    Writing.string(g, "name", value.name());
    Writing.code(g, "kind", CodeTable.AGENCY_KIND, value.kind());
    g.writeArrayFieldStart("services");
    for (AgencyService s : value.services()) {
      AgencyServiceSerializer.INSTANCE.serialize(s, g, provider);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
