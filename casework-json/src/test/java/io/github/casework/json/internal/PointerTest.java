package io.github.casework.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** JSON Pointers (RFC 6901) as errors name where they stand: members escaped, items by index, parents. */
class PointerTest {

  @Test
  void theRootIsTheEmptyTextAndEachStepAddsASlash() {
    assertThat(Pointer.ROOT).hasToString("");
    assertThat(Pointer.ROOT.member("data")).hasToString("/data");
    assertThat(Pointer.ROOT.member("data").member("cases").item(0).item(12)).hasToString("/data/cases/0/12");
    assertThat(Pointer.ROOT.item(0)).hasToString("/0");
    assertThat(Pointer.ROOT.member("")).hasToString("/");
  }

  @Test
  void aMemberNameIsEscapedTildeFirst() {
    assertThat(Pointer.ROOT.member("a/b")).hasToString("/a~1b");
    assertThat(Pointer.ROOT.member("m~n")).hasToString("/m~0n");
    // "~1" in a name is a tilde and a one, not an escaped slash.
    assertThat(Pointer.ROOT.member("~1").member("/")).hasToString("/~01/~1");
  }

  @Test
  void theParentOfAStepIsWhereItStartedAndTheRootIsItsOwnParent() {
    Pointer data = Pointer.ROOT.member("data");
    Pointer item = data.item(3);
    assertThat(item.parent()).isSameAs(data);
    assertThat(data.parent()).isSameAs(Pointer.ROOT);
    assertThat(Pointer.ROOT.parent()).isSameAs(Pointer.ROOT);
  }

  @Test
  void aNegativeIndexIsABug() {
    assertThatThrownBy(() -> Pointer.ROOT.item(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Pointer.ROOT.item(0)).hasToString("/0");
  }
}
