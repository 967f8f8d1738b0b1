package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.referral.DataSharingBasis;
import java.io.IOException;

/** Writes a {@link DataSharingBasis}: {@code type} (its {@code TYPE}), then the record's components in order. */
public final class DataSharingBasisSerializer extends CaseworkSerializer<DataSharingBasis> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final DataSharingBasisSerializer INSTANCE = new DataSharingBasisSerializer();

  private DataSharingBasisSerializer() {
    super(DataSharingBasis.class);
  }

  @Override
  public void serialize(DataSharingBasis value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", value.type());
    if (value instanceof DataSharingBasis.Consent c) {
      Writing.code(g, "givenBy", CodeTable.CONSENT_GIVER, c.givenBy());
      g.writeStringField("recordedBy", c.recordedBy().value());
      Writing.instant(g, "givenAt", c.givenAt());
      g.writeArrayFieldStart("recipients");
      for (AgencyId a : c.recipients()) {
        g.writeString(a.value());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("domains");
      for (LifeDomain d : c.domains()) {
        g.writeString(CodeTable.LIFE_DOMAIN.code(d));
      }
      g.writeEndArray();
    } else if (value instanceof DataSharingBasis.LegalBasis l) {
      Writing.code(g, "ground", CodeTable.LEGAL_GROUND, l.ground());
      Writing.string(g, "provision", l.provision());
    } else {
      throw new AssertionError("bug: unhandled data-sharing basis " + value.type());
    }
    g.writeEndObject();
  }
}
