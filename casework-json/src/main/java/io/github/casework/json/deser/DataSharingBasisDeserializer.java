package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Ids;
import io.github.casework.json.internal.Pointer;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads a {@link DataSharingBasis}: {@code type} (its {@code TYPE}), then its record components; recipients and
 * domains are arrays holding sets.
 */
public final class DataSharingBasisDeserializer extends CaseworkDeserializer<DataSharingBasis> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final DataSharingBasisDeserializer INSTANCE = new DataSharingBasisDeserializer();

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put(Variants.TYPE, Reading.STRING)
        .put("givenBy", Reading.code(CodeTable.CONSENT_GIVER))
        .put("recordedBy", Ids.PROFESSIONAL_ID.reader())
        .put("givenAt", Reading.INSTANT_READER)
        .put("recipients", Reading.set(Ids.AGENCY_ID.reader()))
        .put("domains", Reading.set(Reading.code(CodeTable.LIFE_DOMAIN)))
        .put("ground", Reading.code(CodeTable.LEGAL_GROUND))
        .put("provision", Reading.STRING)
        .buildOrThrow());

    static final Variants<DataSharingBasis> VARIANTS = Variants.<DataSharingBasis>of("data-sharing basis")
        .add(DataSharingBasis.Consent.TYPE, m -> new DataSharingBasis.Consent(m.required("givenBy", ConsentGiver.class),
            m.required("recordedBy", ProfessionalId.class), m.required("givenAt", Instant.class), m.set("recipients"),
            m.set("domains")),
            "givenBy", "recordedBy", "givenAt", "recipients", "domains")
        .add(DataSharingBasis.LegalBasis.TYPE, m -> new DataSharingBasis.LegalBasis(
            m.required("ground", LegalGround.class), m.required("provision", String.class)),
            "ground", "provision")
        .build();
  }

  private DataSharingBasisDeserializer() {
    super(DataSharingBasis.class);
  }

  @Override
  public DataSharingBasis read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return Tables.VARIANTS.build(Members.read(p, ctxt, pointer, Tables.MEMBERS), ctxt);
  }

  /** {@return the type ids of the bases} */
  public static Iterable<String> types() {
    return Tables.VARIANTS.types();
  }
}
