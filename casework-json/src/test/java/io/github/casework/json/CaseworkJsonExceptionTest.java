package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The module's exception on its own: its one-line message names the rule and where (the root by name, a line and a
 * column only when known, a column only with a line), and moving it to another line keeps everything else.
 */
class CaseworkJsonExceptionTest {

  @Test
  void theMessageNamesTheRuleAndWhatIsKnownOfWhere() {
    assertThat(new CaseworkJsonException("json.x", "a rule", "/a/0", 3, 7).getMessage())
        .isEqualTo("a rule (at /a/0, line 3, column 7)");
    assertThat(new CaseworkJsonException("json.x", "a rule", "/a/0", 1, 1).getMessage())
        .isEqualTo("a rule (at /a/0, line 1, column 1)");
    assertThat(new CaseworkJsonException("json.x", "a rule", "/a/0", 1, 0).getMessage())
        .isEqualTo("a rule (at /a/0, line 1)");
    assertThat(new CaseworkJsonException("json.x", "a rule", "/a/0", 0, 5).getMessage())
        .isEqualTo("a rule (at /a/0)");
    assertThat(new CaseworkJsonException("json.x", "a rule", "/a/0", -1, -1).getMessage())
        .isEqualTo("a rule (at /a/0)");
    assertThat(new CaseworkJsonException("json.x", "a rule", "", 2, -1).getMessage())
        .isEqualTo("a rule (at the document root, line 2)");
  }

  @Test
  void theAccessorsGiveWhatItWasMadeOf() {
    IllegalStateException cause = new IllegalStateException("inner");
    CaseworkJsonException e = new CaseworkJsonException("json.x", "a rule", "/p", 4, 9, cause);
    assertThat(e.code()).isEqualTo("json.x");
    assertThat(e.rule()).isEqualTo("a rule");
    assertThat(e.pointer()).isEqualTo("/p");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.getCause()).isSameAs(cause);
  }

  @Test
  void movedToAnotherLineItKeepsItsCodeRulePointerColumnCauseAndStack() {
    IllegalStateException cause = new IllegalStateException("inner");
    CaseworkJsonException at = new CaseworkJsonException("json.x", "a rule", "/p", 1, 9, cause);
    StackTraceElement[] stack = {new StackTraceElement("Reader", "read", "Reader.java", 42)};
    at.setStackTrace(stack);
    CaseworkJsonException moved = at.atLine(12);
    assertThat(moved.code()).isEqualTo("json.x");
    assertThat(moved.rule()).isEqualTo("a rule");
    assertThat(moved.pointer()).isEqualTo("/p");
    assertThat(moved.line()).isEqualTo(12);
    assertThat(moved.column()).isEqualTo(9);
    assertThat(moved.getCause()).isSameAs(cause);
    assertThat(moved.getStackTrace()).containsExactly(stack);
    assertThat(moved.getMessage()).isEqualTo("a rule (at /p, line 12, column 9)");

    CaseworkJsonException without = new CaseworkJsonException("json.y", "another", "", 1, -1);
    without.setStackTrace(stack);
    CaseworkJsonException movedWithout = without.atLine(5);
    assertThat(movedWithout.getCause()).isNull();
    assertThat(movedWithout.code()).isEqualTo("json.y");
    assertThat(movedWithout.getStackTrace()).containsExactly(stack);
    assertThat(movedWithout.getMessage()).isEqualTo("another (at the document root, line 5)");
  }
}
