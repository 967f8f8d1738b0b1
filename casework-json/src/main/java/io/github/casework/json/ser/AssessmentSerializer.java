package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.ZrmScore;
import io.github.casework.json.internal.CodeTable;
import java.io.IOException;
import java.util.Map;

/**
 * Writes an {@link Assessment}: {@code at}, {@code scores} (life-domain codes in the domains' declaration order),
 * and {@code participation} when assessed.
 */
public final class AssessmentSerializer extends CaseworkSerializer<Assessment> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final AssessmentSerializer INSTANCE = new AssessmentSerializer();

  private AssessmentSerializer() {
    super(Assessment.class);
  }

  @Override
  public void serialize(Assessment value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    Writing.instant(g, "at", value.at());
    g.writeObjectFieldStart("scores");
    for (Map.Entry<LifeDomain, ZrmScore> e : value.scores().entrySet()) {
      g.writeNumberField(CodeTable.LIFE_DOMAIN.code(e.getKey()), e.getValue().value());
    }
    g.writeEndObject();
    if (value.participation().isPresent()) {
      g.writeNumberField("participation", value.participation().get().value());
    }
    g.writeEndObject();
  }
}
