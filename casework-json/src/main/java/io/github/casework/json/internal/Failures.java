package io.github.casework.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.casework.CaseworkException;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link CaseworkJsonException}s. Parser exceptions are translated, never chained: their messages quote the
 * input.
 */
public final class Failures {
  private Failures() {}

  /**
   * Returns an exception located at a parser location.
   *
   * @param location where, or null if not known
   * @param pointer the JSON pointer
   * @param code the code
   * @param rule the rule, without input
   * @return the exception
   */
  public static CaseworkJsonException at(@Nullable JsonLocation location, String pointer, String code, String rule) {
    return new CaseworkJsonException(code, rule, pointer, line(location), column(location));
  }

  /** Where nothing is known: no line, no column. */
  public static final long NOWHERE = where(-1, -1);

  /**
   * Packs a location's line and column into one {@code long}, so that readers keep where each member was without
   * keeping a location object per member.
   *
   * @param location where, or null if not known
   * @return the packed line and column; {@link #NOWHERE} for null
   */
  public static long where(@Nullable JsonLocation location) {
    return location == null ? NOWHERE : where(location.getLineNr(), location.getColumnNr());
  }

  /**
   * Packs the line and column of the parser's current token, as {@link #where(JsonLocation)} does with
   * {@code p.currentTokenLocation()}. The token is tested here first: the parser's {@code currentTokenLocation}
   * builds its location in one of two branches, by whether the token is a member name, and JDK 17's escape
   * analysis keeps an object that two allocations merge into; with the branch decided at the call, the JIT drops
   * the location object (issue 16: one per member read, about a quarter of a referral read's allocation).
   *
   * @param p the parser
   * @return the packed line and column of its current token
   */
  public static long whereToken(JsonParser p) {
    if (p.currentToken() == JsonToken.FIELD_NAME) {
      return where(p.currentTokenLocation());
    }
    return where(p.currentTokenLocation());
  }

  private static long where(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFF_FFFFL);
  }

  /**
   * Returns an exception located at a packed location ({@link #where}).
   *
   * @param where the packed line and column
   * @param pointer the JSON pointer
   * @param code the code
   * @param rule the rule, without input
   * @return the exception
   */
  public static CaseworkJsonException at(long where, Pointer pointer, String code, String rule) {
    return new CaseworkJsonException(code, rule, pointer.toString(), lineOf(where), columnOf(where));
  }

  /**
   * Returns an exception located at a parser location.
   *
   * @param location where, or null if not known
   * @param pointer the JSON pointer
   * @param code the code
   * @param rule the rule, without input
   * @return the exception
   */
  public static CaseworkJsonException at(@Nullable JsonLocation location, Pointer pointer, String code, String rule) {
    return at(location, pointer.toString(), code, rule);
  }

  /**
   * Returns an exception for a value the domain rejected, located at a packed location ({@link #where}).
   *
   * @param where the packed line and column
   * @param pointer the JSON pointer
   * @param rejected the domain's exception; its message is free of personal data by contract
   * @return the exception, carrying the domain's code
   */
  public static CaseworkJsonException domain(long where, Pointer pointer, CaseworkException rejected) {
    if (rejected instanceof CaseworkJsonException already) {
      return already;
    }
    return new CaseworkJsonException(rejected.code(), rejected.getMessage(), pointer.toString(), lineOf(where),
        columnOf(where), rejected);
  }

  /**
   * Returns an exception for a value the domain rejected, with the domain exception as its cause.
   *
   * @param location where, or null if not known
   * @param pointer the JSON pointer
   * @param rejected the domain's exception; its message is free of personal data by contract
   * @return the exception, carrying the domain's code
   */
  public static CaseworkJsonException domain(@Nullable JsonLocation location, Pointer pointer,
      CaseworkException rejected) {
    return domain(location, pointer.toString(), rejected);
  }

  /**
   * Translates a failure of the parser, as {@link #fromParser(IOException, JsonParser, String)} does.
   *
   * @param e the failure
   * @param parser the parser, for the location when the failure has none
   * @param pointer the pointer of the value being read
   * @return the exception
   * @throws UncheckedIOException if the failure is a real I/O error, not a property of the input
   */
  public static CaseworkJsonException fromParser(IOException e, @Nullable JsonParser parser, Pointer pointer) {
    return fromParser(e, parser, pointer.toString());
  }

  /**
   * Returns an exception for a value the domain rejected, with the domain exception as its cause.
   *
   * @param location where, or null if not known
   * @param pointer the JSON pointer
   * @param rejected the domain's exception; its message is free of personal data by contract
   * @return the exception, carrying the domain's code
   */
  public static CaseworkJsonException domain(@Nullable JsonLocation location, String pointer,
      CaseworkException rejected) {
    if (rejected instanceof CaseworkJsonException already) {
      return already;
    }
    return new CaseworkJsonException(rejected.code(), rejected.getMessage(), pointer, line(location),
        column(location), rejected);
  }

  /**
   * Translates a failure of the parser (or of the input under it) into the module's exception.
   *
   * @param e the failure
   * @param parser the parser, for the location when the failure has none
   * @param pointer the pointer of the value being read
   * @return the exception
   * @throws UncheckedIOException if the failure is a real I/O error, not a property of the input
   */
  public static CaseworkJsonException fromParser(IOException e, @Nullable JsonParser parser, String pointer) {
    JsonLocation location = null;
    if (e instanceof JsonProcessingException) {
      location = ((JsonProcessingException) e).getLocation();
    }
    if (location == null && parser != null) {
      location = parser.currentLocation();
    }
    Throwable failure = Dialect.underlying(e);
    return new CaseworkJsonException(codeOf(failure, e), ruleOf(failure), pointer, line(location), column(location));
  }

  /**
   * Tells whether a failure is over one of the format's limits (rather than, say, malformed input).
   *
   * @param e what the parser threw
   * @return true for a limit
   */
  public static boolean isLimit(IOException e) {
    Throwable failure = Dialect.underlying(e);
    return failure instanceof StreamConstraintsException || failure instanceof LimitExceededException;
  }

  private static String codeOf(Throwable e, IOException thrown) {
    if (e instanceof StreamConstraintsException || e instanceof LimitExceededException) {
      return JsonCodes.LIMIT_EXCEEDED;
    } else if (e instanceof JsonEOFException) {
      return JsonCodes.TRUNCATED;
    } else if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
      return JsonCodes.INVALID_ENCODING;
    } else if (e instanceof InputCoercionException) {
      return JsonCodes.INVALID_NUMBER;
    } else if (e instanceof JsonParseException p && Dialect.isDuplicate(p)) {
      return JsonCodes.DUPLICATE_KEY;
    } else if (e instanceof JsonProcessingException) {
      return JsonCodes.SYNTAX;
    }
    throw Dialect.unchecked(thrown);
  }

  private static String ruleOf(Throwable e) {
    if (e instanceof LimitExceededException || e instanceof ByteOrderMarkException) {
      return String.valueOf(e.getMessage());
    } else if (e instanceof StreamConstraintsException s) {
      String limit = limitOf(s);
      return limit.equals("document size") ? documentSize(CaseworkJson.MAX_DOCUMENT_BYTES)
          : "the input exceeds the format's limit on " + limit;
    } else if (e instanceof JsonEOFException) {
      return "the input ends inside a value";
    } else if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
      return "the input is not valid UTF-8";
    } else if (e instanceof InputCoercionException) {
      return "the number is too large for its member";
    } else if (e instanceof JsonParseException p && Dialect.isDuplicate(p)) {
      return "an object must not hold the same member name twice";
    }
    return "the input is not well-formed JSON";
  }

  /** Names the limit from Jackson's message, which holds only the numbers and the constraint's name. */
  private static String limitOf(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("nesting")) {
      return "nesting depth";
    } else if (m.contains("name")) {
      return "member name length";
    } else if (m.contains("string")) {
      return "string length";
    } else if (m.contains("number")) {
      return "number length";
    } else if (m.contains("document")) {
      return "document size";
    }
    return "input size";
  }

  /**
   * The rule for a document over the size limit. At the sample caseload's density the limit holds about 7,000 cases,
   * so the rule points to the event stream, whose size is not limited (only each line is).
   *
   * @param maxBytes the limit
   * @return the rule
   */
  public static String documentSize(long maxBytes) {
    String limit = maxBytes % (1024 * 1024) == 0 ? (maxBytes >> 20) + " MiB" : maxBytes + " bytes";
    return "the document exceeds the format's limit of " + limit + " (about 7,000 cases at the sample caseload's "
        + "density); write a larger caseload as a caseload-events stream (NDJSON), which only limits each line";
  }

  /**
   * The rule for an unknown member in strict mode. The name is input: it is quoted only when it is a plain
   * identifier (an ASCII letter, then up to 63 ASCII letters, digits, {@code _} or {@code -}), as a misspelled member
   * is; any other name is described by its length.
   *
   * @param name the member's name
   * @return the rule
   */
  public static String unknownMember(String name) {
    String which = name.matches("[A-Za-z][A-Za-z0-9_-]{0,63}") ? "the member '" + name + "'"
        : "a member whose name (" + name.codePointCount(0, name.length()) + " characters) is not a plain identifier,";
    return "the object holds " + which + " which the format does not define here (strict mode)";
  }

  private static long lineOf(long where) {
    int line = (int) (where >> 32);
    return line < 1 ? -1 : line;
  }

  private static long columnOf(long where) {
    int column = (int) where;
    return column < 1 ? -1 : column;
  }

  private static long line(@Nullable JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? -1 : location.getLineNr();
  }

  private static long column(@Nullable JsonLocation location) {
    return location == null || location.getColumnNr() < 1 ? -1 : location.getColumnNr();
  }
}
