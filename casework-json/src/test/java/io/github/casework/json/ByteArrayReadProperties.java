package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.testing.Property;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reading a byte array takes a shortcut for ASCII documents (a reader that widens the bytes, no stream decoder); it must
 * answer exactly as reading the same bytes from a stream does: the same value, or the same code at the same line
 * and column. Checked on every document vector, valid and invalid, and on random byte edits of them (NUL bytes,
 * non-ASCII bytes, a byte-order mark, truncation), in both the standard and the strict reader.
 */
class ByteArrayReadProperties {
  private static final Path VECTORS = JsonTesting.VECTORS;
  private static final List<byte[]> DOCUMENTS = documents();
  private static final byte[] EDIT_BYTES = {0, '\t', '"', '{', '}', '[', ']', ':', ',', '\\', 'x', '1', (byte) 0xC3,
      (byte) 0xA9, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0x80, (byte) 0xFF};

  private static List<byte[]> documents() {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(VECTORS)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.add(Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A vector, then zero to three byte edits: replace, delete, insert, or cut the rest. */
  private static byte[] edited(SplittableRandom r) {
    byte[] doc = DOCUMENTS.get(r.nextInt(DOCUMENTS.size()));
    List<Byte> b = new ArrayList<>(doc.length + 4);
    for (byte x : doc) {
      b.add(x);
    }
    for (int edits = r.nextInt(4); edits > 0 && !b.isEmpty(); edits--) {
      int at = r.nextInt(4) == 0 ? r.nextInt(Math.min(4, b.size())) : r.nextInt(b.size());
      byte with = EDIT_BYTES[r.nextInt(EDIT_BYTES.length)];
      switch (r.nextInt(4)) {
        case 0 -> b.set(at, with);
        case 1 -> b.remove(at);
        case 2 -> b.add(at, with);
        default -> b.subList(at, b.size()).clear();
      }
    }
    byte[] out = new byte[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.get(i);
    }
    return out;
  }

  /** What a read gives: the value's canonical bytes, or the failure's code, line and column. */
  private static String outcome(CaseworkJson json, DocumentKind<?> kind, boolean stream, byte[] bytes) {
    try {
      Object value = stream ? json.read(kind, new ByteArrayInputStream(bytes)) : json.read(kind, bytes);
      return "ok " + write(json, kind, value);
    } catch (CaseworkJsonException e) {
      return e.code() + " at " + e.line() + ":" + e.column() + " " + e.pointer();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> String write(CaseworkJson json, DocumentKind<T> kind, Object value) {
    return json.writeString(kind, (T) value);
  }

  private static void sameAnswer(byte[] bytes) {
    for (CaseworkJson json : List.of(CaseworkJson.standard(), CaseworkJson.strict())) {
      for (DocumentKind<?> kind : DocumentKind.values()) {
        assertThat(outcome(json, kind, false, bytes)).as("%s as %s", new String(bytes,
            java.nio.charset.StandardCharsets.ISO_8859_1), kind.name()).isEqualTo(outcome(json, kind, true, bytes));
      }
    }
  }

  @Test
  void everyVectorReadsAsFromAStream() {
    assertThat(DOCUMENTS).hasSizeGreaterThan(100);
    DOCUMENTS.forEach(ByteArrayReadProperties::sameAnswer);
  }

  @Test
  void editedVectorsReadAsFromAStream() {
    Property.forAll("json.byte-array-read", ByteArrayReadProperties::edited, ByteArrayReadProperties::sameAnswer);
  }

  @Test
  void aNulStartIsNotTakenForUtf16() {
    sameAnswer(new byte[] {0, '{', 0, '}'});
    sameAnswer(new byte[] {'{', 0, '}', 0});
    sameAnswer(new byte[] {0, 0, 0, '{'});
  }
}
