package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.ParticipationRung;
import io.github.casework.casefile.ZrmScore;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an {@link Assessment}: {@code at}, {@code scores} (an object from life-domain code to ZRM score) and the
 * optional {@code participation} rung.
 */
public final class AssessmentDeserializer extends CaseworkDeserializer<Assessment> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final AssessmentDeserializer INSTANCE = new AssessmentDeserializer();

  /** The tables, built on the first read: registering the deserializer builds nothing. */
  private static final class Tables {
    static final ValueReader<ZrmScore> SCORE = Reading.integer(ZrmScore::of);

    static final ValueReader<ImmutableSortedMap<LifeDomain, ZrmScore>> SCORES = (p, ctxt, pointer) -> {
      Reading.expect(p, pointer, JsonToken.START_OBJECT, "an object");
      Map<LifeDomain, ZrmScore> scores = new EnumMap<>(LifeDomain.class);
      while (p.nextToken() != JsonToken.END_OBJECT) {
        long at = Failures.whereToken(p);
        // An unknown key is input and is not echoed in the pointer.
        LifeDomain domain = CodeTable.LIFE_DOMAIN.find(p.currentName()).orElseThrow(() -> Failures.at(at, pointer,
            JsonCodes.UNKNOWN_CODE, "a key of the scores is not a known life domain code"));
        Pointer scorePointer = pointer.member(CodeTable.LIFE_DOMAIN.code(domain));
        if (scores.containsKey(domain)) {
          throw Failures.at(at, scorePointer, JsonCodes.DUPLICATE_KEY,
              "an object must not hold the same member name twice");
        }
        p.nextToken();
        scores.put(domain, SCORE.read(p, ctxt, scorePointer));
      }
      return ImmutableSortedMap.copyOf(scores);
    };

    static final MemberTable MEMBERS = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put("at", Reading.INSTANT_READER)
        .put("scores", SCORES)
        .put("participation", Reading.integer(ParticipationRung::of))
        .buildOrThrow());
  }

  private AssessmentDeserializer() {
    super(Assessment.class);
  }

  @Override
  public Assessment read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    Members m = Members.read(p, ctxt, pointer, Tables.MEMBERS);
    Instant at = m.required("at", Instant.class);
    @SuppressWarnings("unchecked")
    ImmutableSortedMap<LifeDomain, ZrmScore> scores = m.required("scores", ImmutableSortedMap.class);
    Optional<ParticipationRung> participation = m.optional("participation", ParticipationRung.class);
    return m.build(() -> new Assessment(at, scores, participation));
  }
}
