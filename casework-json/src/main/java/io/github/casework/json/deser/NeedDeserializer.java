package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.LifeDomain;
import io.github.casework.casefile.Need;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.internal.CodeTable;
import java.io.IOException;
import java.time.Instant;

/** Reads a {@link Need} (as it appears in a case's stated state) through its validating constructor. */
public final class NeedDeserializer extends CaseworkDeserializer<Need> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final NeedDeserializer INSTANCE = new NeedDeserializer();

  private static final ImmutableMap<String, ValueReader<?>> MEMBERS = ImmutableMap.<String, ValueReader<?>>builder()
      .put("id", Reading.text(NeedId::of))
      .put("domain", Reading.code(CodeTable.LIFE_DOMAIN))
      .put("urgency", Reading.code(CodeTable.URGENCY))
      .put("accountable", Reading.text(ProfessionalId::of))
      .put("registeredAt", Reading.INSTANT_READER)
      .put("disposition", DispositionDeserializer.INSTANCE)
      .buildOrThrow();

  private NeedDeserializer() {
    super(Need.class);
  }

  @Override
  public Need read(JsonParser p, DeserializationContext ctxt, String pointer) throws IOException {
    Members m = Members.read(p, ctxt, pointer, MEMBERS);
    NeedId id = m.required("id", NeedId.class);
    LifeDomain domain = m.required("domain", LifeDomain.class);
    Urgency urgency = m.required("urgency", Urgency.class);
    ProfessionalId accountable = m.required("accountable", ProfessionalId.class);
    Instant registeredAt = m.required("registeredAt", Instant.class);
    return m.build(() -> new Need(id, domain, urgency, accountable, registeredAt,
        m.optional("disposition", Disposition.class)));
  }
}
