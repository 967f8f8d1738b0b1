package io.github.casework.json.deser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readers of arrays on their own: a list, a set and a sorted set are arrays (a value of another type is refused
 * at the member, before any item is read), a set holds no item twice.
 */
class ReadingTest {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Pointer MEMBER = Pointer.ROOT.member("m");

  private static <T> T read(ValueReader<T> reader, String json) throws IOException {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      return reader.read(p, null, MEMBER);
    }
  }

  private static CaseworkJsonException refused(ValueReader<?> reader, String json) {
    CaseworkJsonException e = catchThrowableOfType(() -> read(reader, json), CaseworkJsonException.class);
    assertThat(e).as(json).isNotNull();
    return e;
  }

  @Test
  void arraysReadTheirItemsInOrder() throws IOException {
    assertThat(read(Reading.list(Reading.STRING), "[\"b\",\"a\",\"b\"]")).containsExactly("b", "a", "b");
    assertThat(read(Reading.set(Reading.STRING), "[\"b\",\"a\"]")).containsExactly("b", "a");
    assertThat(read(Reading.sortedSet(Reading.STRING), "[\"b\",\"a\"]")).containsExactly("a", "b");
    assertThat(read(Reading.set(Reading.STRING), "[]")).isEmpty();
  }

  @Test
  void aSetHoldsNoItemTwice() {
    CaseworkJsonException e = refused(Reading.set(Reading.STRING), "[\"a\",\"b\",\"a\"]");
    assertThat(e.code()).isEqualTo(JsonCodes.DUPLICATE_ITEM);
    assertThat(e.pointer()).isEqualTo("/m/2");
  }

  @Test
  void aValueThatIsNoArrayIsRefusedAtTheMember() {
    for (ValueReader<?> reader : List.of(Reading.list(Reading.STRING), Reading.set(Reading.STRING),
        Reading.sortedSet(Reading.STRING))) {
      for (String notAnArray : List.of("\"a\"", "{\"x\":\"a\"}", "1")) {
        CaseworkJsonException e = refused(reader, notAnArray);
        assertThat(e.code()).as(notAnArray).isEqualTo(JsonCodes.WRONG_TYPE);
        assertThat(e.pointer()).as(notAnArray).isEqualTo("/m");
      }
      CaseworkJsonException nothing = refused(reader, "null");
      assertThat(nothing.code()).isEqualTo(JsonCodes.NULL_VALUE);
      assertThat(nothing.pointer()).isEqualTo("/m");
    }
  }
}
