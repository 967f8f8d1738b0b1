package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing from the golden vectors: random byte-level mutations (a byte replaced, removed, inserted or
 * duplicated, a slice moved) either read as a valid document, which then round-trips, or fail with a
 * {@link CaseworkJsonException}; nothing else may escape the reader.
 */
class MutationProperties {

  /** A mutated vector; shows the vector and the mutation, not the bytes. */
  record Mutant(String vector, String mutation, byte[] bytes) {
    @Override
    public String toString() {
      return vector + " with " + mutation;
    }
  }

  static final List<String> VECTORS = new ArrayList<>(Scenarios.documents().keySet());
  static final List<String> STREAMS = new ArrayList<>(Scenarios.streams().keySet());

  static final byte[] INTERESTING = "{}[]\",:\\0123456789-+.eEtfnu \n\r\t\u00ff".getBytes(
      java.nio.charset.StandardCharsets.ISO_8859_1);

  static byte[] mutate(byte[] in, SplittableRandom r, StringBuilder how) {
    int times = 1 + r.nextInt(3);
    byte[] b = in;
    for (int t = 0; t < times; t++) {
      int at = r.nextInt(b.length);
      byte value = r.nextBoolean() ? INTERESTING[r.nextInt(INTERESTING.length)] : (byte) r.nextInt(256);
      switch (r.nextInt(5)) {
        case 0 -> {
          b = b.clone();
          b[at] = value;
          how.append("replace@").append(at).append(' ');
        }
        case 1 -> {
          byte[] c = new byte[b.length - 1];
          System.arraycopy(b, 0, c, 0, at);
          System.arraycopy(b, at + 1, c, at, b.length - at - 1);
          b = c;
          how.append("delete@").append(at).append(' ');
        }
        case 2 -> {
          byte[] c = new byte[b.length + 1];
          System.arraycopy(b, 0, c, 0, at);
          c[at] = value;
          System.arraycopy(b, at, c, at + 1, b.length - at);
          b = c;
          how.append("insert@").append(at).append(' ');
        }
        case 3 -> {
          int len = Math.min(1 + r.nextInt(40), b.length - at);
          byte[] c = Arrays.copyOf(b, b.length + len);
          System.arraycopy(b, at, c, at + len, b.length - at);
          b = c;
          how.append("duplicate@").append(at).append('+').append(len).append(' ');
        }
        default -> {
          int len = Math.min(1 + r.nextInt(40), b.length - at);
          int to = r.nextInt(b.length - len + 1);
          byte[] slice = Arrays.copyOfRange(b, at, at + len);
          byte[] rest = new byte[b.length - len];
          System.arraycopy(b, 0, rest, 0, at);
          System.arraycopy(b, at + len, rest, at, b.length - at - len);
          byte[] c = new byte[b.length];
          System.arraycopy(rest, 0, c, 0, to);
          System.arraycopy(slice, 0, c, to, len);
          System.arraycopy(rest, to, c, to + len, rest.length - to);
          b = c;
          how.append("move@").append(at).append('+').append(len).append("->").append(to).append(' ');
        }
      }
      if (b.length == 0) {
        break;
      }
    }
    return b;
  }

  static Gen<Mutant> mutants(List<String> vectors) {
    return r -> {
      String vector = vectors.get(r.nextInt(vectors.size()));
      StringBuilder how = new StringBuilder();
      byte[] bytes = mutate(JsonTesting.bytes(JsonTesting.VECTORS.resolve(vector)), r, how);
      return new Mutant(vector, how.toString().strip(), bytes);
    };
  }

  @Test
  void mutatedDocumentsReadAndRoundTripOrFailWithTheModulesException() {
    Property.forAll("mutated documents", mutants(VECTORS), m -> {
      DocumentKind<?> kind = Scenarios.documents().get(m.vector()).kind();
      for (CaseworkJson json : List.of(STANDARD, STRICT)) {
        Object value;
        try {
          value = json.read(kind, m.bytes());
        } catch (CaseworkJsonException expected) {
          assertThat(expected.code()).isNotBlank();
          continue;
        }
        roundTrip(kind, value);
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static <T> void roundTrip(DocumentKind<T> kind, Object value) {
    T v = (T) value;
    assertThat(STANDARD.read(kind, STANDARD.write(kind, v))).isEqualTo(v);
  }

  @Test
  void mutatedStreamsReplayOrFailWithTheModulesException() {
    Property.forAll("mutated streams", mutants(STREAMS), m -> {
      EventStreamKind<?, ?> kind = Scenarios.streams().get(m.vector()).kind();
      try (EventStreamReader<?, ?> r = STANDARD.newEventReader(kind, new ByteArrayInputStream(m.bytes()))) {
        r.forEachRemaining(e -> assertThat(r.state()).isNotNull());
      } catch (CaseworkJsonException expected) {
        assertThat(expected.line()).isPositive();
      }
    });
  }
}
