package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Ids;
import io.github.casework.json.internal.Pointer;
import io.github.casework.referral.Refusal;
import java.io.IOException;

/** Reads a {@link Refusal}: {@code type} (its {@code TYPE}), then its record components. */
public final class RefusalDeserializer extends CaseworkDeserializer<Refusal> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final RefusalDeserializer INSTANCE = new RefusalDeserializer();

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put(Variants.TYPE, Reading.STRING)
        .put("criterion", Reading.STRING)
        .put("domain", Reading.code(CodeTable.LIFE_DOMAIN))
        .put("expectedAgency", Ids.AGENCY_ID.reader())
        .buildOrThrow());

    static final Variants<Refusal> VARIANTS = Variants.<Refusal>of("refusal")
        .add(Refusal.NotEligible.TYPE, m -> new Refusal.NotEligible(m.required("criterion", String.class)), "criterion")
        .add(Refusal.NoCapacity.TYPE, m -> new Refusal.NoCapacity())
        .add(Refusal.PreconditionUnmet.TYPE, m -> new Refusal.PreconditionUnmet(m.required("domain", LifeDomain.class),
            m.optional("expectedAgency", AgencyId.class)), "domain", "expectedAgency")
        .add(Refusal.ClientUnreachable.TYPE, m -> new Refusal.ClientUnreachable())
        .build();
  }

  private RefusalDeserializer() {
    super(Refusal.class);
  }

  @Override
  public Refusal read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return Tables.VARIANTS.build(Members.read(p, ctxt, pointer, Tables.MEMBERS), ctxt);
  }

  /** {@return the type ids of the refusals} */
  public static Iterable<String> types() {
    return Tables.VARIANTS.types();
  }
}
