package io.github.casework.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import io.github.casework.CaseworkException;
import io.github.casework.InvalidValueException;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * How parser failures and domain rejections become the module's exception: the code and the rule for each kind of
 * failure, where it is (line and column, packed or from a location, unknown as -1), and which limit was exceeded, in
 * words that never quote the input.
 */
class FailuresTest {

  private static final String POINTER = "/data/cases/0";

  private static JsonLocation location(int line, int column) {
    return new JsonLocation(ContentReference.unknown(), -1L, line, column);
  }

  @Test
  void aPackedLocationKeepsLineAndColumnApart() {
    CaseworkJsonException e = Failures.at(Failures.where(location(3, 17)), Pointer.ROOT.member("kind"),
        JsonCodes.WRONG_TYPE, "a rule");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(17);
    assertThat(e.pointer()).isEqualTo("/kind");
    assertThat(e.code()).isEqualTo(JsonCodes.WRONG_TYPE);
    assertThat(e.rule()).isEqualTo("a rule");
  }

  @Test
  void aPackedLocationHoldsTheLargestLinesAndColumns() {
    CaseworkJsonException e = Failures.at(Failures.where(location(Integer.MAX_VALUE, Integer.MAX_VALUE)),
        Pointer.ROOT, JsonCodes.SYNTAX, "r");
    assertThat(e.line()).isEqualTo(Integer.MAX_VALUE);
    assertThat(e.column()).isEqualTo(Integer.MAX_VALUE);
    CaseworkJsonException first = Failures.at(Failures.where(location(1, 1)), Pointer.ROOT, JsonCodes.SYNTAX, "r");
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.column()).isEqualTo(1);
  }

  @Test
  void anUnknownOrUnsetPositionIsMinusOne() {
    CaseworkJsonException nowhere = Failures.at(Failures.NOWHERE, Pointer.ROOT, JsonCodes.SYNTAX, "r");
    assertThat(nowhere.line()).isEqualTo(-1);
    assertThat(nowhere.column()).isEqualTo(-1);
    assertThat(Failures.where(null)).isEqualTo(Failures.NOWHERE);
    // Jackson reports 0 (or -1) where it does not know the line or the column.
    CaseworkJsonException noLine = Failures.at(Failures.where(location(0, 5)), Pointer.ROOT, JsonCodes.SYNTAX, "r");
    assertThat(noLine.line()).isEqualTo(-1);
    assertThat(noLine.column()).isEqualTo(5);
    CaseworkJsonException noColumn = Failures.at(Failures.where(location(4, 0)), Pointer.ROOT, JsonCodes.SYNTAX,
        "r");
    assertThat(noColumn.line()).isEqualTo(4);
    assertThat(noColumn.column()).isEqualTo(-1);
    CaseworkJsonException negative = Failures.at(Failures.where(location(-1, -1)), Pointer.ROOT, JsonCodes.SYNTAX,
        "r");
    assertThat(negative.line()).isEqualTo(-1);
    assertThat(negative.column()).isEqualTo(-1);
  }

  @Test
  void aParserLocationIsReadAsItIsAndNullOrUnsetIsMinusOne() {
    CaseworkJsonException at = Failures.at(location(2, 9), POINTER, JsonCodes.MISSING_MEMBER, "r");
    assertThat(at.line()).isEqualTo(2);
    assertThat(at.column()).isEqualTo(9);
    assertThat(at.pointer()).isEqualTo(POINTER);
    CaseworkJsonException viaPointer = Failures.at(location(1, 1), Pointer.ROOT.member("a"), JsonCodes.SYNTAX, "r");
    assertThat(viaPointer.line()).isEqualTo(1);
    assertThat(viaPointer.column()).isEqualTo(1);
    assertThat(viaPointer.pointer()).isEqualTo("/a");
    CaseworkJsonException none = Failures.at((JsonLocation) null, POINTER, JsonCodes.SYNTAX, "r");
    assertThat(none.line()).isEqualTo(-1);
    assertThat(none.column()).isEqualTo(-1);
    CaseworkJsonException unset = Failures.at(location(0, 0), POINTER, JsonCodes.SYNTAX, "r");
    assertThat(unset.line()).isEqualTo(-1);
    assertThat(unset.column()).isEqualTo(-1);
    CaseworkJsonException lineOnly = Failures.at(location(6, 0), POINTER, JsonCodes.SYNTAX, "r");
    assertThat(lineOnly.line()).isEqualTo(6);
    assertThat(lineOnly.column()).isEqualTo(-1);
    CaseworkJsonException columnOnly = Failures.at(location(0, 6), POINTER, JsonCodes.SYNTAX, "r");
    assertThat(columnOnly.line()).isEqualTo(-1);
    assertThat(columnOnly.column()).isEqualTo(6);
  }

  @Test
  void aDomainRejectionKeepsItsCodeAndMessageAndIsTheCause() {
    CaseworkException rejected = new InvalidValueException("need.explanation", "Need.explanation", "must not be blank");
    CaseworkJsonException packed = Failures.domain(Failures.where(location(5, 2)), Pointer.ROOT.member("x"),
        rejected);
    assertThat(packed.code()).isEqualTo("need.explanation");
    assertThat(packed.rule()).isEqualTo("Need.explanation: must not be blank");
    assertThat(packed.pointer()).isEqualTo("/x");
    assertThat(packed.line()).isEqualTo(5);
    assertThat(packed.column()).isEqualTo(2);
    assertThat(packed.getCause()).isSameAs(rejected);

    CaseworkJsonException located = Failures.domain(location(7, 3), Pointer.ROOT.member("y"), rejected);
    assertThat(located.code()).isEqualTo("need.explanation");
    assertThat(located.pointer()).isEqualTo("/y");
    assertThat(located.line()).isEqualTo(7);
    assertThat(located.column()).isEqualTo(3);
    assertThat(located.getCause()).isSameAs(rejected);

    CaseworkJsonException unlocated = Failures.domain((JsonLocation) null, POINTER, rejected);
    assertThat(unlocated.line()).isEqualTo(-1);
    assertThat(unlocated.column()).isEqualTo(-1);
  }

  @Test
  void aRejectionThatIsAlreadyTheModulesExceptionIsPassedOnUnchanged() {
    CaseworkJsonException already = new CaseworkJsonException(JsonCodes.UNKNOWN_CODE, "r", "/inner", 9, 9);
    assertThat(Failures.domain(Failures.where(location(1, 1)), Pointer.ROOT, already)).isSameAs(already);
    assertThat(Failures.domain(location(1, 1), Pointer.ROOT, already)).isSameAs(already);
    assertThat(Failures.domain(location(1, 1), "/outer", already)).isSameAs(already);
  }

  /**
   * Parses {@code json} to its end with the given constraints and returns the translated failure. A stream, not an
   * array: the document limit is checked as buffers are loaded.
   */
  private static CaseworkJsonException failureOf(String json, UnaryOperator<StreamReadConstraints.Builder> limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits.apply(StreamReadConstraints.builder()).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    try (JsonParser parser = factory.createParser(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      while (parser.nextToken() != null) {
        if (parser.currentToken().isScalarValue()) {
          parser.getText();
          if (parser.currentToken().isNumeric()) {
            parser.getNumberValue();
          }
        }
      }
    } catch (IOException e) {
      return Failures.fromParser(e, null, Pointer.ROOT.member("p"));
    }
    throw new AssertionError("the input parsed");
  }

  private static CaseworkJsonException failureOf(String json) {
    return failureOf(json, b -> b);
  }

  @Test
  void eachLimitOfTheParserIsNamedWithoutTheInput() {
    CaseworkJsonException nesting = failureOf("[[[[[[]]]]]]", b -> b.maxNestingDepth(3));
    assertThat(nesting.code()).isEqualTo(JsonCodes.LIMIT_EXCEEDED);
    assertThat(nesting.rule()).isEqualTo("the input exceeds the format's limit on nesting depth");

    CaseworkJsonException string = failureOf("[\"" + "s".repeat(200) + "\"]", b -> b.maxStringLength(10));
    assertThat(string.code()).isEqualTo(JsonCodes.LIMIT_EXCEEDED);
    assertThat(string.rule()).isEqualTo("the input exceeds the format's limit on string length");

    CaseworkJsonException number = failureOf("[" + "7".repeat(40) + "]", b -> b.maxNumberLength(8));
    assertThat(number.code()).isEqualTo(JsonCodes.LIMIT_EXCEEDED);
    assertThat(number.rule()).isEqualTo("the input exceeds the format's limit on number length");
    assertThat(number.rule()).doesNotContain("7777");
  }

  private static boolean jacksonLimits(String builderMethod) {
    return Arrays.stream(StreamReadConstraints.Builder.class.getMethods())
        .anyMatch(m -> m.getName().equals(builderMethod));
  }

  @Test
  void aDocumentOverJacksonsSizeLimitGetsTheDocumentSizeRule() {
    // Jackson's document limit came after the oldest Jackson this module supports (2.16.1 has none).
    assumeTrue(jacksonLimits("maxDocumentLength"), "this Jackson has no limit on document size");
    CaseworkJsonException document = failureOf("[" + "1,".repeat(20_000) + "1]", b -> b.maxDocumentLength(100));
    assertThat(document.code()).isEqualTo(JsonCodes.LIMIT_EXCEEDED);
    assertThat(document.rule()).isEqualTo(Failures.documentSize(CaseworkJson.MAX_DOCUMENT_BYTES));
    assertThat(document.pointer()).isEqualTo("/p");
  }

  @Test
  void aMemberNameOverTheLimitIsNamedSo() {
    // Jackson's limit on member names came after the oldest Jackson this module supports (2.16.1 has none).
    assumeTrue(jacksonLimits("maxNameLength"), "this Jackson has no limit on member names");
    CaseworkJsonException name = failureOf("{\"abcdefghijkl\":1}", b -> b.maxNameLength(5));
    assertThat(name.code()).isEqualTo(JsonCodes.LIMIT_EXCEEDED);
    assertThat(name.rule()).isEqualTo("the input exceeds the format's limit on member name length");
    assertThat(name.rule()).doesNotContain("abcdef");
  }

  @Test
  void aLimitJacksonDoesNotNameIsCalledTheInputSize() {
    CaseworkJsonException other = Failures.fromParser(new StreamConstraintsException("Token count (9) exceeds 8"),
        null, "/q");
    assertThat(other.code()).isEqualTo(JsonCodes.LIMIT_EXCEEDED);
    assertThat(other.rule()).isEqualTo("the input exceeds the format's limit on input size");
    assertThat(other.pointer()).isEqualTo("/q");
    assertThat(Failures.isLimit(new StreamConstraintsException("x"))).isTrue();
  }

  @Test
  void theInputLayersOwnFailuresKeepTheirRule() {
    CaseworkJsonException limit = Failures.fromParser(new LimitExceededException("a line exceeds 1 MiB"), null,
        POINTER);
    assertThat(limit.code()).isEqualTo(JsonCodes.LIMIT_EXCEEDED);
    assertThat(limit.rule()).isEqualTo("a line exceeds 1 MiB");
    assertThat(Failures.isLimit(new LimitExceededException("r"))).isTrue();

    CaseworkJsonException bom = Failures.fromParser(new ByteOrderMarkException(), null, POINTER);
    assertThat(bom.code()).isEqualTo(JsonCodes.INVALID_ENCODING);
    assertThat(bom.rule()).isEqualTo("the input must not start with a byte-order mark");
    assertThat(Failures.isLimit(new ByteOrderMarkException())).isFalse();
  }

  @Test
  void eachParseFailureHasItsCodeAndRule() {
    CaseworkJsonException truncated = failureOf("{\"a\": [1, 2");
    assertThat(truncated.code()).isEqualTo(JsonCodes.TRUNCATED);
    assertThat(truncated.rule()).isEqualTo("the input ends inside a value");

    CaseworkJsonException duplicate = failureOf("{\"a\": 1, \"a\": 2}");
    assertThat(duplicate.code()).isEqualTo(JsonCodes.DUPLICATE_KEY);
    assertThat(duplicate.rule()).isEqualTo("an object must not hold the same member name twice");
    assertThat(duplicate.line()).isEqualTo(1);
    assertThat(duplicate.column()).isGreaterThan(1);

    CaseworkJsonException syntax = failureOf("{\"a\" 1}");
    assertThat(syntax.code()).isEqualTo(JsonCodes.SYNTAX);
    assertThat(syntax.rule()).isEqualTo("the input is not well-formed JSON");
    assertThat(Failures.isLimit(new JsonParseException(null, "x"))).isFalse();

    CaseworkJsonException encoding = Failures.fromParser(new CharConversionException("bad byte 0xC3"), null,
        POINTER);
    assertThat(encoding.code()).isEqualTo(JsonCodes.INVALID_ENCODING);
    assertThat(encoding.rule()).isEqualTo("the input is not valid UTF-8");
  }

  @Test
  void aNumberTooLargeForItsMemberIsAnInvalidNumber() throws IOException {
    JsonFactory factory = new JsonFactory();
    try (JsonParser parser = factory.createParser("[99999999999999999999]")) {
      parser.nextToken();
      parser.nextToken();
      assertThatThrownBy(parser::getIntValue).isInstanceOfSatisfying(IOException.class, e -> {
        CaseworkJsonException translated = Failures.fromParser(e, parser, POINTER);
        assertThat(translated.code()).isEqualTo(JsonCodes.INVALID_NUMBER);
        assertThat(translated.rule()).isEqualTo("the number is too large for its member");
        assertThat(translated.rule()).doesNotContain("9999");
        assertThat(translated.line()).isEqualTo(1);
      });
    }
  }

  @Test
  void aFailureWithoutALocationTakesTheParsersAndNeverChainsTheParserException() throws IOException {
    JsonFactory factory = new JsonFactory();
    try (JsonParser parser = factory.createParser("\n\n   [1]")) {
      parser.nextToken();
      CaseworkJsonException e = Failures.fromParser(new CharConversionException("no location"), parser, POINTER);
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isGreaterThan(1);
      assertThat(e.getCause()).isNull();
    }
    CaseworkJsonException noParser = Failures.fromParser(new CharConversionException("x"), null, Pointer.ROOT);
    assertThat(noParser.line()).isEqualTo(-1);
    assertThat(noParser.column()).isEqualTo(-1);
    assertThat(noParser.pointer()).isEqualTo("");
  }

  @Test
  void aLocatedParseExceptionKeepsItsOwnLocationOverTheParsers() throws IOException {
    JsonFactory factory = new JsonFactory();
    try (JsonParser parser = factory.createParser("[1]")) {
      parser.nextToken();
      JsonParseException located = new JsonParseException(parser, "bad", location(8, 4));
      CaseworkJsonException e = Failures.fromParser(located, parser, POINTER);
      assertThat(e.code()).isEqualTo(JsonCodes.SYNTAX);
      assertThat(e.line()).isEqualTo(8);
      assertThat(e.column()).isEqualTo(4);
      assertThat(e.rule()).doesNotContain("bad");
    }
  }

  @Test
  void aRealInputOutputErrorIsNotBlamedOnTheInput() {
    IOException io = new IOException("disk gone");
    assertThatThrownBy(() -> Failures.fromParser(io, null, POINTER))
        .isInstanceOf(UncheckedIOException.class)
        .hasCause(io);
    assertThat(Failures.isLimit(io)).isFalse();
  }

  @Test
  void theDocumentSizeRuleNamesTheLimitInMebibytesOrBytesAndPointsToTheStream() {
    assertThat(Failures.documentSize(16L * 1024 * 1024))
        .startsWith("the document exceeds the format's limit of 16 MiB (about 7,000 cases")
        .endsWith("write a larger caseload as a caseload-events stream (NDJSON), which only limits each line");
    assertThat(Failures.documentSize(1024 * 1024)).contains("limit of 1 MiB ");
    assertThat(Failures.documentSize(1_000_000)).contains("limit of 1000000 bytes ");
    assertThat(Failures.documentSize(1024 * 1024 + 1)).contains("limit of 1048577 bytes ");
  }

  @Test
  void anUnknownMemberIsNamedOnlyWhenItsNameIsAPlainIdentifier() {
    assertThat(Failures.unknownMember("areaz")).isEqualTo(
        "the object holds the member 'areaz' which the format does not define here (strict mode)");
    assertThat(Failures.unknownMember("a")).contains("the member 'a'");
    assertThat(Failures.unknownMember("x_1-y")).contains("the member 'x_1-y'");
    String longest = "a" + "b".repeat(63);
    assertThat(Failures.unknownMember(longest)).contains("'" + longest + "'");
    String tooLong = longest + "c";
    assertThat(Failures.unknownMember(tooLong)).doesNotContain(tooLong)
        .contains("a member whose name (65 characters) is not a plain identifier,");
    assertThat(Failures.unknownMember("1abc")).doesNotContain("1abc").contains("(4 characters)");
    assertThat(Failures.unknownMember("Jan Jansen")).doesNotContain("Jansen").contains("(10 characters)");
    // Code points, not UTF-16 units: one emoji is one character.
    assertThat(Failures.unknownMember("\uD83D\uDE00")).contains("(1 characters)");
    assertThat(Failures.unknownMember("\u001b[31m")).doesNotContain("\u001b");
  }
}
