package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.CodeTable;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Function;

/** Writers of the format's primitive values. */
public final class Writing {
  private Writing() {}

  /*
   * The bounds as epoch seconds rather than Instant.parse, which would load and initialise java.time's formatter
   * (about sixty classes) at the first use of any writer, reading included.
   */
  /** The first instant the format can write: 0000-01-01T00:00:00Z. */
  private static final Instant MIN = Instant.ofEpochSecond(-62_167_219_200L);
  /** The last instant the format can write: 9999-12-31T23:59:59.999999999Z. */
  private static final Instant MAX = Instant.ofEpochSecond(253_402_300_799L, 999_999_999L);

  /**
   * Writes a string member.
   *
   * @param g the generator
   * @param name the member name
   * @param value the text
   * @throws IOException if writing fails
   * @throws CaseworkJsonException if the text holds an unpaired surrogate, which UTF-8 cannot encode
   */
  public static void string(JsonGenerator g, String name, String value) throws IOException {
    g.writeFieldName(name);
    string(g, value);
  }

  /**
   * Writes a string value.
   *
   * @param g the generator
   * @param value the text
   * @throws IOException if writing fails
   * @throws CaseworkJsonException if the text holds an unpaired surrogate
   */
  public static void string(JsonGenerator g, String value) throws IOException {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw fail(g, JsonCodes.INVALID_STRING, "a string must not hold an unpaired surrogate");
      }
    }
    g.writeString(value);
  }

  /**
   * Writes an instant member as an RFC 3339 UTC date-time with 0, 3, 6 or 9 fraction digits
   * ({@link Instant#toString()}).
   *
   * @param g the generator
   * @param name the member name
   * @param value the instant
   * @throws IOException if writing fails
   * @throws CaseworkJsonException if the instant is outside the years 0000 to 9999
   */
  public static void instant(JsonGenerator g, String name, Instant value) throws IOException {
    g.writeFieldName(name);
    instant(g, value);
  }

  private static void instant(JsonGenerator g, Instant value) throws IOException {
    if (value.isBefore(MIN) || value.isAfter(MAX)) {
      throw fail(g, JsonCodes.INVALID_INSTANT, "an instant must lie in the years 0000 to 9999");
    }
    char[] text = new char[30];
    g.writeString(text, 0, instantText(value, text));
  }

  /**
   * Writes the text {@link Instant#toString()} gives for an instant in the years 0000 to 9999 ({@code
   * yyyy-MM-ddTHH:mm:ss}, then 3, 6 or 9 fraction digits when the nanoseconds need them, then {@code Z}) into a
   * buffer of at least 30 characters, and returns its length. By hand because {@code Instant.toString} goes through
   * {@code DateTimeFormatter} and a {@code LocalDateTime}'s text: it was most of the time and allocation of
   * writing a document. A property test checks it against {@code Instant.toString}.
   *
   * @param value the instant, in the years 0000 to 9999
   * @param text the buffer
   * @return the number of characters written
   */
  static int instantText(Instant value, char[] text) {
    long seconds = value.getEpochSecond();
    long day = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    LocalDate date = LocalDate.ofEpochDay(day);
    digits(text, 0, date.getYear(), 4);
    text[4] = '-';
    digits(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, secondOfDay / 3600, 2);
    text[13] = ':';
    digits(text, 14, secondOfDay / 60 % 60, 2);
    text[16] = ':';
    digits(text, 17, secondOfDay % 60, 2);
    int n = 19;
    int nanos = value.getNano();
    if (nanos != 0) {
      text[n++] = '.';
      if (nanos % 1_000_000 == 0) {
        digits(text, n, nanos / 1_000_000, 3);
        n += 3;
      } else if (nanos % 1000 == 0) {
        digits(text, n, nanos / 1000, 6);
        n += 6;
      } else {
        digits(text, n, nanos, 9);
        n += 9;
      }
    }
    text[n++] = 'Z';
    return n;
  }

  /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded, at {@code at}. */
  private static void digits(char[] text, int at, int value, int width) {
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }

  /** A string, which must not hold an unpaired surrogate. */
  public static final ValueWriter<String> STRING = (g, p, v) -> string(g, v);

  /** An instant, as {@link #instant(JsonGenerator, String, Instant)} writes it. */
  public static final ValueWriter<Instant> INSTANT = (g, p, v) -> instant(g, v);

  /** A {@code boolean}. */
  public static final ValueWriter<Boolean> BOOLEAN = (g, p, v) -> g.writeBoolean(v.booleanValue());

  /** A local date as {@code yyyy-MM-dd}; years outside 0000 to 9999 are rejected. */
  public static final ValueWriter<LocalDate> DATE = (g, p, v) -> {
    if (v.getYear() < 0 || v.getYear() > 9999) {
      throw fail(g, JsonCodes.INVALID_DATE, "a date must lie in the years 0000 to 9999");
    }
    g.writeString(v.toString());
  };

  /** A {@code long}. */
  public static final ValueWriter<Long> LONG = (g, p, v) -> g.writeNumber(v.longValue());

  /** An {@code int}. */
  public static final ValueWriter<Integer> INT = (g, p, v) -> g.writeNumber(v.intValue());

  /**
   * Returns a writer of a value written as one string, such as an id.
   *
   * @param text the value's text
   * @param <T> the value type
   * @return the writer
   */
  public static <T> ValueWriter<T> text(Function<T, String> text) {
    return (g, p, v) -> string(g, text.apply(v));
  }

  /**
   * Returns a writer of an enum constant as its code.
   *
   * @param table the enum's codes
   * @param <E> the enum
   * @return the writer
   */
  public static <E extends Enum<E>> ValueWriter<E> code(CodeTable<E> table) {
    return (g, p, v) -> g.writeString(table.code(v));
  }

  /**
   * Returns a writer that delegates to a serializer.
   *
   * @param serializer the serializer
   * @param <T> the value type
   * @return the writer
   */
  public static <T> ValueWriter<T> with(JsonSerializer<T> serializer) {
    return (g, p, v) -> serializer.serialize(v, g, p);
  }

  /**
   * Returns a writer of a collection as an array, in the collection's order.
   *
   * @param item the writer of one item
   * @param <T> the item type
   * @return the writer
   */
  public static <T> ValueWriter<Collection<? extends T>> list(ValueWriter<T> item) {
    return (g, p, v) -> {
      g.writeStartArray();
      for (T t : v) {
        item.write(g, p, t);
      }
      g.writeEndArray();
    };
  }

  /**
   * Writes an enum member as its code.
   *
   * @param g the generator
   * @param name the member name
   * @param table the enum's codes
   * @param value the constant
   * @param <E> the enum
   * @throws IOException if writing fails
   */
  public static <E extends Enum<E>> void code(JsonGenerator g, String name, CodeTable<E> table, E value)
      throws IOException {
    g.writeStringField(name, table.code(value));
  }

  /**
   * Returns an exception located at the member being written.
   *
   * @param g the generator
   * @param code the code
   * @param rule the rule
   * @return the exception
   */
  public static CaseworkJsonException fail(JsonGenerator g, String code, String rule) {
    return new CaseworkJsonException(code, rule, g.getOutputContext().pathAsPointer().toString(), -1, -1);
  }
}
