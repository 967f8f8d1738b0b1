package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.party.Professional;
import java.io.IOException;

/** Writes a {@link Professional}: {@code id}, {@code agency}, {@code role}. */
public final class ProfessionalSerializer extends CaseworkSerializer<Professional> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final ProfessionalSerializer INSTANCE = new ProfessionalSerializer();

  private ProfessionalSerializer() {
    super(Professional.class);
  }

  @Override
  public void serialize(Professional value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", value.id().value());
    g.writeStringField("agency", value.agency().value());
    Writing.code(g, "role", CodeTable.ROLE, value.role());
    g.writeEndObject();
  }
}
