package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Ids;
import io.github.casework.json.internal.Pointer;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import java.io.IOException;

/** Reads a {@link Professional}: {@code id}, {@code agency} and {@code role}. */
public final class ProfessionalDeserializer extends CaseworkDeserializer<Professional> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final ProfessionalDeserializer INSTANCE = new ProfessionalDeserializer();

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put("id", Ids.PROFESSIONAL_ID.reader())
        .put("agency", Ids.AGENCY_ID.reader())
        .put("role", Reading.code(CodeTable.ROLE))
        .buildOrThrow());
  }

  private ProfessionalDeserializer() {
    super(Professional.class);
  }

  @Override
  public Professional read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    Members m = Members.read(p, ctxt, pointer, Tables.MEMBERS);
    ProfessionalId id = m.required("id", ProfessionalId.class);
    AgencyId agency = m.required("agency", AgencyId.class);
    Role role = m.required("role", Role.class);
    return m.build(() -> new Professional(id, agency, role));
  }
}
