package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.casework.LifeDomain;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Pointer;
import io.github.casework.party.AgencyService;
import java.io.IOException;

/** Reads an {@link AgencyService}: {@code code}, {@code name} and {@code domains} (a set of life-domain codes). */
public final class AgencyServiceDeserializer extends CaseworkDeserializer<AgencyService> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final AgencyServiceDeserializer INSTANCE = new AgencyServiceDeserializer();

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put("code", Reading.STRING)
        .put("name", Reading.STRING)
        .put("domains", Reading.set(Reading.code(CodeTable.LIFE_DOMAIN)))
        .buildOrThrow());
  }

  private AgencyServiceDeserializer() {
    super(AgencyService.class);
  }

  @Override
  public AgencyService read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    Members m = Members.read(p, ctxt, pointer, Tables.MEMBERS);
    String code = m.required("code", String.class);
    String name = m.required("name", String.class);
    @SuppressWarnings("unchecked")
    ImmutableSet<LifeDomain> domains = m.required("domains", ImmutableSet.class);
    return m.build(() -> new AgencyService(code, name, domains));
  }
}
