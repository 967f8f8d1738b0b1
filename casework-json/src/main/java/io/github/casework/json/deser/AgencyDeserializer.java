package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.id.AgencyId;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Ids;
import io.github.casework.json.internal.Pointer;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import java.io.IOException;

/** Reads an {@link Agency}: {@code id}, {@code name}, {@code kind} and its {@code services}. */
public final class AgencyDeserializer extends CaseworkDeserializer<Agency> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final AgencyDeserializer INSTANCE = new AgencyDeserializer();

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put("id", Ids.AGENCY_ID.reader())
        .put("name", Reading.STRING)
        .put("kind", Reading.code(CodeTable.AGENCY_KIND))
        .put("services", Reading.list(AgencyServiceDeserializer.INSTANCE))
        .buildOrThrow());
  }

  private AgencyDeserializer() {
    super(Agency.class);
  }

  @Override
  public Agency read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    Members m = Members.read(p, ctxt, pointer, Tables.MEMBERS);
    AgencyId id = m.required("id", AgencyId.class);
    String name = m.required("name", String.class);
    AgencyKind kind = m.required("kind", AgencyKind.class);
    @SuppressWarnings("unchecked")
    ImmutableList<AgencyService> services = m.required("services", ImmutableList.class);
    return m.build(() -> new Agency(id, name, kind, services));
  }
}
