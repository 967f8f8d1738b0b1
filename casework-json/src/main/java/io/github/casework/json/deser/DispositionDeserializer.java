package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.UnmetReason;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Ids;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.time.Instant;

/** Reads a {@link Disposition}: {@code type} (its {@code TYPE}), then its record components. */
public final class DispositionDeserializer extends CaseworkDeserializer<Disposition> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final DispositionDeserializer INSTANCE = new DispositionDeserializer();

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put(Variants.TYPE, Reading.STRING)
        .put("to", Ids.PROFESSIONAL_ID.reader())
        .put("agency", Ids.AGENCY_ID.reader())
        .put("reason", Reading.code(CodeTable.UNMET_REASON))
        .put("explanation", Reading.STRING)
        .put("at", Reading.INSTANT_READER)
        .buildOrThrow());

    static final Variants<Disposition> VARIANTS = Variants.<Disposition>of("disposition")
        .add(Disposition.Met.TYPE, m -> new Disposition.Met(m.required("at", Instant.class)), "at")
        .add(Disposition.HandedOver.TYPE, m -> new Disposition.HandedOver(m.required("to", ProfessionalId.class),
            m.required("agency", AgencyId.class), m.required("at", Instant.class)), "to", "agency", "at")
        .add(Disposition.WithdrawnByClient.TYPE,
            m -> new Disposition.WithdrawnByClient(m.required("at", Instant.class)), "at")
        .add(Disposition.Unmet.TYPE, m -> new Disposition.Unmet(m.required("reason", UnmetReason.class),
            m.required("explanation", String.class), m.required("at", Instant.class)), "reason", "explanation", "at")
        .build();
  }

  private DispositionDeserializer() {
    super(Disposition.class);
  }

  @Override
  public Disposition read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return Tables.VARIANTS.build(Members.read(p, ctxt, pointer, Tables.MEMBERS), ctxt);
  }
}
