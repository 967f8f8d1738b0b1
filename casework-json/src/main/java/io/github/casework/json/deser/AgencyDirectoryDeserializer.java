package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.json.AgencyDirectory;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;

/** Reads an {@link AgencyDirectory}: {@code agencies}, then {@code professionals}. */
public final class AgencyDirectoryDeserializer extends CaseworkDeserializer<AgencyDirectory> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final AgencyDirectoryDeserializer INSTANCE = new AgencyDirectoryDeserializer();

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put("agencies", Reading.list(AgencyDeserializer.INSTANCE))
        .put("professionals", Reading.list(ProfessionalDeserializer.INSTANCE))
        .buildOrThrow());
  }

  private AgencyDirectoryDeserializer() {
    super(AgencyDirectory.class);
  }

  @Override
  public AgencyDirectory read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    Members m = Members.read(p, ctxt, pointer, Tables.MEMBERS);
    @SuppressWarnings("unchecked")
    ImmutableList<Agency> agencies = m.required("agencies", ImmutableList.class);
    @SuppressWarnings("unchecked")
    ImmutableList<Professional> professionals = m.required("professionals", ImmutableList.class);
    return m.build(() -> new AgencyDirectory(agencies, professionals));
  }
}
