package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Large and hostile inputs: each must fail with a {@link CaseworkJsonException} carrying the expected code (never a
 * NullPointerException, ClassCastException, StackOverflowError or OutOfMemoryError) within a time bound, and its
 * message must not echo the input. The small hostile inputs are files in {@code vectors/v1/invalid/}; these are
 * generated because they are too large to check in.
 */
class HostileInputTest {

  /** Generous for a slow, shared CI machine; each case takes milliseconds to a second. */
  static final Duration BOUND = Duration.ofSeconds(20);

  static final String HEAD = "{\"format\":\"casework\",\"version\":1,\"kind\":\"case\",\"data\":";
  static final String MINIMAL = JsonTesting.text(JsonTesting.VECTORS.resolve("case/minimal.json")).strip();
  static final String STREAM_HEADER = "{\"format\":\"casework\",\"version\":1,\"kind\":\"case-events\"}\n";
  static final String OPENED = "{\"type\":\"case.opened\",\"caseId\":\"c-1\",\"client\":\"k-1\",\"agency\":\"a-1\","
      + "\"owner\":\"p-1\",\"at\":\"2026-03-02T09:00:00Z\"}";

  /** One hostile input: how to make it, how to read it, the code expected. */
  record Hostile(String name, Supplier<byte[]> input, boolean stream, String code) {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String repeat(String s, int n) {
    return s.repeat(n);
  }

  /** A document whose data is the given text, in place of the minimal case's data. */
  static String withData(String data) {
    return HEAD + data + "}";
  }

  /** The minimal case with one more member at the root. */
  static String withRootMember(String value) {
    return MINIMAL.substring(0, MINIMAL.length() - 1) + ",\"x\":" + value + "}";
  }

  /** The minimal case with its client id replaced by the given JSON value. */
  static String withClient(String value) {
    return MINIMAL.replaceFirst("\"client\":\"client-7f3a\"", "\"client\":" + value.replace("\\", "\\\\")
        .replace("$", "\\$"));
  }

  static byte[] bigString(int bytes) {
    byte[] b = new byte[bytes + 2];
    Arrays.fill(b, (byte) 'a');
    b[0] = '"';
    b[b.length - 1] = '"';
    return b;
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static final int DEEP = 100_000;
  static final int FIFTY_MB = 50 * 1024 * 1024;

  static List<Hostile> corpus() {
    String digits = "1" + "0".repeat(9_999);
    List<Hostile> c = new ArrayList<>();
    // Nesting 100,000 deep, in every position the reader can meet it.
    c.add(new Hostile("nesting: 100,000 arrays as data",
        () -> utf8(withData(repeat("[", DEEP) + repeat("]", DEEP))), false, JsonCodes.WRONG_TYPE));
    c.add(new Hostile("nesting: 100,000 arrays in an unknown member",
        () -> utf8(withRootMember(repeat("[", DEEP) + repeat("]", DEEP))), false, JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("nesting: 100,000 objects in an unknown member",
        () -> utf8(withRootMember(repeat("{\"a\":", DEEP) + "1" + repeat("}", DEEP))), false,
        JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("nesting: 100,000 objects inside the data",
        () -> utf8(withData("{\"history\":" + repeat("[", DEEP) + repeat("]", DEEP) + "}")), false,
        JsonCodes.WRONG_TYPE));
    c.add(new Hostile("nesting: 100,000 arrays in a scores object",
        () -> utf8(MINIMAL.replace("\"assessments\":[]",
            "\"assessments\":[{\"at\":\"2026-03-02T09:00:00Z\",\"scores\":{\"housing\":"
                + repeat("[", DEEP) + repeat("]", DEEP) + "}}]")), false, JsonCodes.WRONG_TYPE));
    c.add(new Hostile("nesting: 100,000 arrays at the root", () -> utf8(repeat("[", DEEP) + repeat("]", DEEP)),
        false, JsonCodes.WRONG_TYPE));
    c.add(new Hostile("nesting: 100,000 unclosed arrays in an unknown member",
        () -> utf8(MINIMAL.substring(0, MINIMAL.length() - 1) + ",\"x\":" + repeat("[", DEEP)), false,
        JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("nesting: 100,000 arrays in an event line",
        () -> utf8(STREAM_HEADER + OPENED.substring(0, OPENED.length() - 1) + ",\"x\":" + repeat("[", DEEP)
            + repeat("]", DEEP) + "}\n"), true, JsonCodes.LIMIT_EXCEEDED));
    // A 50 MB string, as a value the format defines, an unknown value, a member name, and an event line.
    c.add(new Hostile("string: 50 MB client id",
        () -> concat(utf8(MINIMAL.substring(0, MINIMAL.indexOf("\"client-7f3a\""))), bigString(FIFTY_MB),
            utf8(MINIMAL.substring(MINIMAL.indexOf("\"client-7f3a\"") + "\"client-7f3a\"".length()))),
        false, JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("string: 50 MB unknown member value",
        () -> concat(utf8(MINIMAL.substring(0, MINIMAL.length() - 1) + ",\"x\":"), bigString(FIFTY_MB), utf8("}")),
        false, JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("string: 50 MB member name",
        () -> concat(utf8("{"), bigString(FIFTY_MB), utf8(":1}")), false, JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("string: 50 MB explanation",
        () -> concat(utf8(withData("{\"history\":[" + OPENED + ",{\"type\":\"case.need-disposed\",\"caseId\":\"c-1\","
            + "\"need\":\"n\",\"disposition\":{\"type\":\"unmet\",\"reason\":\"other\",\"explanation\":")
            .replaceAll("\\}$", "")), bigString(FIFTY_MB), utf8(",\"at\":\"2026-03-02T09:00:00Z\"}}]}}")),
        false, JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("string: 50 MB event line",
        () -> concat(utf8(STREAM_HEADER), bigString(FIFTY_MB), utf8("\n")), true, JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("string: 20,001 characters (one over the limit)",
        () -> utf8(withClient("\"" + "a".repeat(CaseworkJson.MAX_STRING_LENGTH + 1) + "\"")), false,
        JsonCodes.LIMIT_EXCEEDED));
    // A 10,000-digit number where the format has numbers, in an unknown member, as a fraction and an exponent.
    c.add(new Hostile("number: 10,000-digit version",
        () -> utf8(MINIMAL.replace("\"version\":1,", "\"version\":" + digits + ",")), false,
        JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("number: 10,000-digit aggregate version",
        () -> utf8(MINIMAL.replace("\"version\":1}", "\"version\":" + digits + "}")), false,
        JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("number: 10,000-digit unknown member", () -> utf8(withRootMember(digits)), false,
        JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("number: 10,000-digit fraction", () -> utf8(withRootMember("0." + digits)), false,
        JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("number: 10,000-digit negative", () -> utf8(withRootMember("-" + digits)), false,
        JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("number: huge exponent", () -> utf8(withRootMember("1e999999999")), false, null));
    c.add(new Hostile("number: 10,000-digit number in an event line",
        () -> utf8(STREAM_HEADER + OPENED.substring(0, OPENED.length() - 1) + ",\"x\":" + digits + "}\n"), true,
        JsonCodes.LIMIT_EXCEEDED));
    // Size.
    c.add(new Hostile("size: 17 MiB of whitespace before the document",
        () -> concat(" ".repeat(17 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII), utf8(MINIMAL)), false,
        JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("size: 17 MiB of unknown members",
        () -> utf8(withRootMember("[" + "0,".repeat(17 * 512 * 1024) + "0]")), false, JsonCodes.LIMIT_EXCEEDED));
    c.add(new Hostile("size: a 2 MiB event line",
        () -> utf8(STREAM_HEADER + OPENED.substring(0, OPENED.length() - 1) + ",\"x\":["
            + "0,".repeat(1024 * 1024) + "0]}\n"), true, JsonCodes.LIMIT_EXCEEDED));
    return c;
  }

  static Throwable read(Hostile h, CaseworkJson json) {
    byte[] input = h.input().get();
    if (h.stream()) {
      return catchThrowable(() -> {
        try (EventStreamReader<CaseEvent, Case> r =
            json.newEventReader(EventStreamKind.CASE_EVENTS, new ByteArrayInputStream(input))) {
          r.forEachRemaining(e -> { });
        }
      });
    }
    return catchThrowable(() -> json.read(DocumentKind.CASE, new ByteArrayInputStream(input)));
  }

  static void assertClean(Throwable thrown, String expectedCode) {
    assertThat(thrown).isInstanceOf(CaseworkJsonException.class);
    CaseworkJsonException e = (CaseworkJsonException) thrown;
    if (expectedCode != null) {
      assertThat(e.code()).as(e.getMessage()).isEqualTo(expectedCode);
    }
    assertThat(e.getMessage()).hasSizeLessThan(400).doesNotContain("aaaaaaaa").doesNotContain("00000000");
    assertThat(e.pointer()).hasSizeLessThan(200);
  }

  @TestFactory
  Stream<DynamicTest> largeHostileInputsFailCleanlyInBoundedTime() {
    return corpus().stream().map(h -> DynamicTest.dynamicTest(h.name(), () -> {
      Throwable thrown = assertTimeoutPreemptively(BOUND, () -> read(h, STANDARD));
      if (h.code() == null) {
        // Parsed lazily: an unknown number is skipped without being converted, so it need not fail.
        assertThat(thrown == null || thrown instanceof CaseworkJsonException).as(String.valueOf(thrown)).isTrue();
      } else {
        assertClean(thrown, h.code());
      }
    }));
  }

  @Test
  void aStreamOfTheMaximumLineSizeIsReadWhileOneByteMoreIsNot() {
    // Strings longer than MAX_STRING_LENGTH fail on their own, so fill the line with many short strings.
    StringBuilder line = new StringBuilder(OPENED.substring(0, OPENED.length() - 1)).append(",\"x\":[");
    while (line.length() < CaseworkJson.MAX_LINE_BYTES - 12) {
      line.append("\"aaaaaaa\",");
    }
    line.setLength(line.length() - 1);
    line.append("]}");
    while (line.length() < CaseworkJson.MAX_LINE_BYTES) {
      line.insert(line.length() - 2, ' ');
    }
    assertThat(line).hasSize(CaseworkJson.MAX_LINE_BYTES);
    byte[] ok = utf8(STREAM_HEADER + line + "\n");
    try (EventStreamReader<CaseEvent, Case> r =
        STANDARD.newEventReader(EventStreamKind.CASE_EVENTS, new ByteArrayInputStream(ok))) {
      assertThat(r.next().type()).isEqualTo(CaseEvent.Opened.TYPE);
    }
    line.insert(line.length() - 2, ' ');
    byte[] tooLong = utf8(STREAM_HEADER + line + "\n");
    Throwable thrown = catchThrowable(() -> {
      try (EventStreamReader<CaseEvent, Case> r =
          STANDARD.newEventReader(EventStreamKind.CASE_EVENTS, new ByteArrayInputStream(tooLong))) {
        r.next();
      }
    });
    assertClean(thrown, JsonCodes.LIMIT_EXCEEDED);
    assertThat(((CaseworkJsonException) thrown).line()).isEqualTo(2);
  }

  @Test
  void aDocumentStreamOfUnboundedLengthIsCutOffAtTheSizeLimit() {
    // An input stream that never ends: the reader must stop at MAX_DOCUMENT_BYTES.
    InputStream endless = new SequenceInputStream(
        new ByteArrayInputStream(utf8(MINIMAL.substring(0, MINIMAL.length() - 1) + ",\"x\":[")),
        new InputStream() {
          @Override
          public int read() {
            return '0';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
              b[off + i] = (byte) (i % 2 == 0 ? '0' : ',');
            }
            return len;
          }
        });
    Throwable thrown = assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> STANDARD.read(DocumentKind.CASE,
        endless)));
    assertClean(thrown, JsonCodes.LIMIT_EXCEEDED);
  }

  /**
   * The prefix lengths 0 to {@code n - 1} to try: all of them for a vector up to 8 KiB; for a larger one (a whole
   * caseload), which would take quadratic time, all within 1 KiB of either end and every eleventh in between.
   */
  static int[] prefixLengths(int n) {
    return java.util.stream.IntStream.range(0, n)
        .filter(k -> n <= 8192 || k < 1024 || k >= n - 1024 || k % 11 == 0).toArray();
  }

  @TestFactory
  Stream<DynamicTest> everyProperPrefixOfEveryDocumentVectorIsRejected() {
    return Scenarios.documents().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      byte[] file = JsonTesting.bytes(JsonTesting.VECTORS.resolve(e.getKey()));
      // The last byte is the line end; without it the document is still complete.
      for (int n : prefixLengths(file.length - 1)) {
        byte[] prefix = Arrays.copyOf(file, n);
        Throwable thrown = catchThrowable(() -> STANDARD.read(e.getValue().kind(), prefix));
        assertThat(thrown).as("prefix of %s bytes", n).isInstanceOf(CaseworkJsonException.class);
        assertThat(((CaseworkJsonException) thrown).code()).as("prefix of %s bytes", n)
            .isIn(JsonCodes.TRUNCATED, JsonCodes.SYNTAX, JsonCodes.INVALID_ENCODING);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyPrefixOfEveryStreamVectorReadsAsAShorterStreamOrFails() {
    return Scenarios.streams().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      byte[] file = JsonTesting.bytes(JsonTesting.VECTORS.resolve(e.getKey()));
      for (int n : prefixLengths(file.length)) {
        byte[] prefix = Arrays.copyOf(file, n);
        List<Object> read = new ArrayList<>();
        Throwable thrown = catchThrowable(() -> {
          try (EventStreamReader<?, ?> r =
              STRICT.newEventReader(e.getValue().kind(), new ByteArrayInputStream(prefix))) {
            r.forEachRemaining(read::add);
          }
        });
        if (thrown == null) {
          assertThat(read).isEqualTo(e.getValue().events().subList(0, read.size()));
        } else {
          assertThat(thrown).as("prefix of %s bytes", n).isInstanceOf(CaseworkJsonException.class);
        }
      }
    }));
  }
}
