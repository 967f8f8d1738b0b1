package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.json.AgencyDirectory;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import java.io.IOException;

/** Writes an {@link AgencyDirectory}: {@code agencies}, then {@code professionals}, in the directory's order. */
public final class AgencyDirectorySerializer extends CaseworkSerializer<AgencyDirectory> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final AgencyDirectorySerializer INSTANCE = new AgencyDirectorySerializer();

  private AgencyDirectorySerializer() {
    super(AgencyDirectory.class);
  }

  @Override
  public void serialize(AgencyDirectory value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("agencies");
    for (Agency a : value.agencies()) {
      AgencySerializer.INSTANCE.serialize(a, g, provider);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("professionals");
    for (Professional p : value.professionals()) {
      ProfessionalSerializer.INSTANCE.serialize(p, g, provider);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
