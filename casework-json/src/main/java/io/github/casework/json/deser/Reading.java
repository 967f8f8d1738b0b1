package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.CaseworkException;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Readers of the format's primitive values: strings, integers, booleans, codes, ids, instants and dates, and arrays
 * of values.
 */
public final class Reading {
  private Reading() {}

  /**
   * An instant as RFC 3339 {@code date-time} in UTC: {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, 1 to 9 fraction
   * digits, no leap second, no {@code 24:00}. The same pattern is in the schemas; the reader scans it by hand
   * ({@link #instantSeconds}) and a property test checks that both agree.
   */
  static final Pattern INSTANT = Pattern.compile(
      "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?Z");

  /** A JSON string, without unpaired surrogates. */
  public static final LeafReader<String> STRING = (p, ctxt, pointer, member) -> {
    expect(p, pointer, member, JsonToken.VALUE_STRING, "a string");
    String s = p.getText();
    if (hasUnpairedSurrogate(s)) {
      throw fail(p, LeafReader.at(pointer, member), JsonCodes.INVALID_STRING,
          "a string must not hold an unpaired surrogate");
    }
    return s;
  };

  /** A JSON integer written without fraction or exponent, within the range of a {@code long}. */
  public static final LeafReader<Long> LONG = (p, ctxt, pointer, member) -> {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(p, LeafReader.at(pointer, member), JsonCodes.INVALID_NUMBER,
          "an integer must be written without fraction or exponent");
    }
    expect(p, pointer, member, JsonToken.VALUE_NUMBER_INT, "an integer");
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw fail(p, LeafReader.at(pointer, member), JsonCodes.INVALID_NUMBER, "the number is too large for its member");
    }
    return p.getLongValue();
  };

  /** A JSON integer within the range of an {@code int}, as {@link #LONG} reads it. */
  public static final LeafReader<Integer> INT = (p, ctxt, pointer, member) -> {
    long v = LONG.read(p, ctxt, pointer, member);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw fail(p, LeafReader.at(pointer, member), JsonCodes.INVALID_NUMBER, "the number is too large for its member");
    }
    return (int) v;
  };

  /** A JSON {@code true} or {@code false}. */
  public static final LeafReader<Boolean> BOOLEAN = (p, ctxt, pointer, member) -> {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    expect(p, LeafReader.at(pointer, member), JsonToken.VALUE_TRUE, "true or false");
    throw new AssertionError("bug: expect accepted a token that is not a boolean");
  };

  private static final Pattern DATE_PATTERN = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");

  /** A local date as ISO 8601 {@code yyyy-MM-dd} (RFC 3339 {@code full-date}), of a day that exists. */
  public static final LeafReader<LocalDate> DATE = (p, ctxt, pointer, member) -> {
    String s = STRING.read(p, ctxt, pointer, member);
    if (!DATE_PATTERN.matcher(s).matches()) {
      throw fail(p, LeafReader.at(pointer, member), JsonCodes.INVALID_DATE,
          "a date must be written as yyyy-MM-dd, such as 2026-01-05");
    }
    try {
      return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
          Integer.parseInt(s.substring(8, 10)));
    } catch (DateTimeException e) {
      throw fail(p, LeafReader.at(pointer, member), JsonCodes.INVALID_DATE, "the date names a day that does not exist");
    }
  };

  /** An instant; see {@link #INSTANT}. */
  public static final LeafReader<Instant> INSTANT_READER = (p, ctxt, pointer, member) -> {
    String s = STRING.read(p, ctxt, pointer, member);
    // A hand-written scan of exactly the grammar of INSTANT: Instant.parse through DateTimeFormatter was the
    // largest single cost of reading a document. The pattern stays the specification (and is in the schemas).
    long seconds = instantSeconds(s);
    if (seconds == Long.MIN_VALUE) {
      throw fail(p, LeafReader.at(pointer, member), JsonCodes.INVALID_INSTANT,
          "an instant must be an RFC 3339 date-time in UTC, such as 2026-01-05T08:00:00Z");
    }
    if (seconds == Long.MAX_VALUE) {
      throw fail(p, LeafReader.at(pointer, member), JsonCodes.INVALID_INSTANT,
          "the instant names a date that does not exist");
    }
    int nanos = 0;
    if (s.length() > 20) {
      int digits = s.length() - 21;
      for (int i = 20; i < 20 + digits; i++) {
        nanos = nanos * 10 + (s.charAt(i) - '0');
      }
      for (int i = digits; i < 9; i++) {
        nanos *= 10;
      }
    }
    return Instant.ofEpochSecond(seconds, nanos);
  };

  /**
   * The epoch second of an instant text, or {@code Long.MIN_VALUE} if it does not match {@link #INSTANT}, or
   * {@code Long.MAX_VALUE} if it names a day that does not exist (such as 30 February).
   */
  static long instantSeconds(String s) {
    int n = s.length();
    if (n < 20 || n == 21 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
        || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':' || (n > 20 && s.charAt(19) != '.')) {
      return Long.MIN_VALUE;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59 || (n > 20 && digits(s, 20, n - 1) < 0)) {
      return Long.MIN_VALUE;
    }
    if (day > lengthOfMonth(year, month)) {
      return Long.MAX_VALUE;
    }
    return java.time.LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second;
  }

  /**
   * The days of a month of the ISO calendar, as {@code YearMonth.lengthOfMonth} counts them (the leap rule of
   * {@code Year.isLeap}; the year is 0000 to 9999 here), without {@code YearMonth} or {@code Year}: each builds a
   * formatter in its static initialiser, which brought about fifty classes of {@code java.time.format} into the
   * first read.
   */
  private static int lengthOfMonth(int year, int month) {
    boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    return java.time.Month.of(month).length(leap);
  }

  /** The value of the decimal digits in {@code [from, to)}, or -1 if any is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Skips the value the parser is on, as tolerant mode skips an unknown member, but reads every string and name in
   * it: Jackson's {@code skipChildren} passes over strings unread, so the format's string-length limit would not
   * apply inside skipped members.
   *
   * @param p the parser, on the value's first token
   * @throws IOException if the parser fails, or a string exceeds the limit
   */
  public static void skip(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      p.getText();
      return;
    }
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken n = p.nextToken();
      if (n == null) {
        return;
      }
      switch (n) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case VALUE_STRING -> p.getText();
        default -> { }
      }
    }
  }

  /**
   * Returns whether the reader is in strict mode (unknown members are errors).
   *
   * @param ctxt the context
   * @return true in strict mode
   */
  public static boolean strict(DeserializationContext ctxt) {
    return ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * Checks the current token.
   *
   * @param p the parser
   * @param pointer the value's pointer
   * @param expected the token required
   * @param what the required JSON type, for the message, such as {@code "an object"}
   * @throws CaseworkJsonException with {@link JsonCodes#NULL_VALUE} or {@link JsonCodes#WRONG_TYPE}
   */
  public static void expect(JsonParser p, Pointer pointer, JsonToken expected, String what) {
    expect(p, pointer, null, expected, what);
  }

  /** As {@link #expect(JsonParser, Pointer, JsonToken, String)}, at a {@link LeafReader}'s pointer. */
  private static void expect(JsonParser p, Pointer pointer, @Nullable String member, JsonToken expected, String what) {
    JsonToken t = p.currentToken();
    if (t == expected) {
      return;
    }
    pointer = LeafReader.at(pointer, member);
    if (t == JsonToken.VALUE_NULL) {
      throw fail(p, pointer, JsonCodes.NULL_VALUE, "the value must be " + what + ", not null");
    }
    throw fail(p, pointer, JsonCodes.WRONG_TYPE, "the value must be " + what);
  }

  /**
   * Returns an exception located at the current token.
   *
   * @param p the parser
   * @param pointer the pointer
   * @param code the code
   * @param rule the rule
   * @return the exception
   */
  public static CaseworkJsonException fail(JsonParser p, Pointer pointer, String code, String rule) {
    return Failures.at(p.currentTokenLocation(), pointer, code, rule);
  }

  /**
   * Returns a reader of a string that a domain factory turns into a value, such as an id.
   *
   * @param factory the factory; its {@link CaseworkException}s become the reader's
   * @param <T> the value type
   * @return the reader
   */
  public static <T> LeafReader<T> text(Function<String, T> factory) {
    return (p, ctxt, pointer, member) -> {
      String s = STRING.read(p, ctxt, pointer, member);
      try {
        return factory.apply(s);
      } catch (CaseworkException e) {
        throw Failures.domain(p.currentTokenLocation(), LeafReader.at(pointer, member), e);
      }
    };
  }

  /**
   * Returns a reader of a small integer that a domain factory turns into a value, such as a ZRM score.
   *
   * @param factory the factory; its {@link CaseworkException}s become the reader's
   * @param <T> the value type
   * @return the reader
   */
  public static <T> LeafReader<T> integer(IntFunction<T> factory) {
    return (p, ctxt, pointer, member) -> {
      long v = LONG.read(p, ctxt, pointer, member);
      // Clamped values are outside every range the domain accepts, so the domain reports its own code for them.
      int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
      try {
        return factory.apply(clamped);
      } catch (CaseworkException e) {
        throw Failures.domain(p.currentTokenLocation(), LeafReader.at(pointer, member), e);
      }
    };
  }

  /**
   * Returns a reader of an enum constant written as its stable code.
   *
   * @param table the codes
   * @param <E> the enum
   * @return the reader
   */
  public static <E extends Enum<E>> LeafReader<E> code(CodeTable<E> table) {
    return (p, ctxt, pointer, member) -> {
      String s = STRING.read(p, ctxt, pointer, member);
      return table.find(s).orElseThrow(() ->
          fail(p, LeafReader.at(pointer, member), JsonCodes.UNKNOWN_CODE,
              "the value is not a known " + table.description() + " code"));
    };
  }

  /**
   * Returns a reader of an array of values.
   *
   * @param item the reader of one item
   * @param <T> the item type
   * @return the reader
   */
  public static <T> ValueReader<ImmutableList<T>> list(ValueReader<T> item) {
    return (p, ctxt, pointer) -> {
      expect(p, pointer, JsonToken.START_ARRAY, "an array");
      ImmutableList.Builder<T> items = ImmutableList.builder();
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(item.read(p, ctxt, pointer.item(i++)));
      }
      return items.build();
    };
  }

  /**
   * Returns a reader of an array that holds a set: the same item twice is an error.
   *
   * @param item the reader of one item
   * @param <T> the item type
   * @return the reader; the set keeps the order of the array
   */
  public static <T> ValueReader<ImmutableSet<T>> set(ValueReader<T> item) {
    return (p, ctxt, pointer) -> {
      expect(p, pointer, JsonToken.START_ARRAY, "an array");
      Set<T> items = new LinkedHashSet<>();
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Pointer itemPointer = pointer.item(i++);
        if (!items.add(item.read(p, ctxt, itemPointer))) {
          throw fail(p, itemPointer, JsonCodes.DUPLICATE_ITEM, "the array holds a set: an item must not repeat");
        }
      }
      return ImmutableSet.copyOf(items);
    };
  }

  /**
   * Returns a reader of an array that holds a sorted set: the same item twice is an error; the array may come in
   * any order (canonical output is sorted).
   *
   * @param item the reader of one item
   * @param <T> the item type
   * @return the reader
   */
  public static <T extends Comparable<? super T>> ValueReader<ImmutableSortedSet<T>> sortedSet(ValueReader<T> item) {
    ValueReader<ImmutableSet<T>> set = set(item);
    return (p, ctxt, pointer) -> ImmutableSortedSet.copyOf(set.read(p, ctxt, pointer));
  }

  static boolean hasUnpairedSurrogate(String s) {
    // Most strings hold no surrogate at all: one range test per character finds the first (issue 16: the
    // two-test loop below was about 9% of a referral read's CPU samples).
    int n = s.length();
    int first = 0;
    while (first < n && !Character.isSurrogate(s.charAt(first))) {
      first++;
    }
    for (int i = first; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
