package io.github.casework.json.deser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.google.common.collect.ImmutableMap;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Members} on its own, for a small table (a value per slot) and a large one (more than eight members: values
 * kept in the order read, found through a byte per slot, their arrays grown past eight): both read the same values,
 * refuse a repeated name at its second occurrence, and place an error at the member when it was read and at the
 * object otherwise. The parser here has no duplicate detection of its own, so the repeated name reaches
 * {@code Members}' check.
 */
class MembersTest {
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pointer OBJECT = Pointer.ROOT.member("o");
  private static final MemberTable SMALL = table(3);
  private static final MemberTable LARGE = table(12);

  private record Read(Members members, DeserializationContext ctxt) {}

  private static MemberTable table(int size) {
    ImmutableMap.Builder<String, ValueReader<?>> readers = ImmutableMap.builder();
    for (int i = 0; i < size; i++) {
      readers.put("m" + i, Reading.STRING);
    }
    return MemberTable.of(readers.buildOrThrow());
  }

  /** {@return an object of the members {@code m<i>} for the given i, in that order, each with the value v<i>} */
  private static String object(int... members) {
    StringBuilder json = new StringBuilder("{");
    for (int i : members) {
      json.append(json.length() > 1 ? "," : "").append("\"m").append(i).append("\":\"v").append(i).append('"');
    }
    return json.append('}').toString();
  }

  private static Read read(MemberTable table, String json, boolean strict) throws IOException {
    JsonParser p = JSON.createParser(json);
    p.nextToken();
    DeserializationConfig config = strict
        ? MAPPER.getDeserializationConfig().with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        : MAPPER.getDeserializationConfig().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    DeserializationContext ctxt = ((DefaultDeserializationContext) MAPPER.getDeserializationContext())
        .createInstance(config, p, MAPPER.getInjectableValues());
    return new Read(Members.read(p, ctxt, OBJECT, table), ctxt);
  }

  private static CaseworkJsonException refused(MemberTable table, String json) {
    CaseworkJsonException e = catchThrowableOfType(() -> read(table, json, false), CaseworkJsonException.class);
    assertThat(e).as(json).isNotNull();
    return e;
  }

  @Test
  void aLargeTableReadsEveryMemberInAnyOrder() throws IOException {
    Members all = read(LARGE, object(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0), false).members();
    for (int i = 0; i < 12; i++) {
      assertThat(all.required("m" + i, String.class)).isEqualTo("v" + i);
    }
    Members some = read(LARGE, object(9, 2), false).members();
    assertThat(some.required("m9", String.class)).isEqualTo("v9");
    assertThat(some.optional("m2", String.class)).contains("v2");
    assertThat(some.optional("m0", String.class)).isEmpty();
    assertThat(some.optional("m11", String.class)).isEmpty();
  }

  @Test
  void aRepeatedNameIsRefusedAtItsSecondOccurrenceWhateverTheTable() {
    for (MemberTable table : List.of(SMALL, LARGE)) {
      CaseworkJsonException e = refused(table, "{\"m1\":\"a\",\"m2\":\"b\",\"m1\":\"c\"}");
      assertThat(e.code()).isEqualTo(JsonCodes.DUPLICATE_KEY);
      assertThat(e.pointer()).isEqualTo("/o/m1");
      assertThat(e.column()).isEqualTo(20);
    }
  }

  @Test
  void aFailureIsPlacedAtTheMemberItNamesWhenReadAndAtTheObjectOtherwise() throws IOException {
    for (MemberTable table : List.of(SMALL, LARGE)) {
      Members members = read(table, object(2, 0), false).members();
      CaseworkJsonException atMember = members.fail("m0", JsonCodes.MISSING_MEMBER, "a rule");
      assertThat(atMember.pointer()).isEqualTo("/o/m0");
      assertThat(atMember.column()).isEqualTo(12);
      CaseworkJsonException atObject = members.fail("m1", JsonCodes.MISSING_MEMBER, "a rule");
      assertThat(atObject.pointer()).isEqualTo("/o");
      assertThat(atObject.column()).isEqualTo(1);
    }
  }

  @Test
  void strictModeNamesTheFirstMemberReadThatTheTypeDoesNotUse() throws IOException {
    for (MemberTable table : List.of(SMALL, LARGE)) {
      Read read = read(table, object(0, 2, 1), true);
      CaseworkJsonException e = catchThrowableOfType(
          () -> read.members().allowOnly(read.ctxt(), Set.of("m0", "m1")), CaseworkJsonException.class);
      assertThat(e.code()).isEqualTo(JsonCodes.UNKNOWN_MEMBER);
      assertThat(e.pointer()).isEqualTo("/o/m2");
      assertThat(e.column()).isEqualTo(12);
    }
  }
}
