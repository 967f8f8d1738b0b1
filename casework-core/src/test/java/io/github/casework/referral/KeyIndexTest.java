package io.github.casework.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The array-backed grouping behind the referral network's analyses, against a hash map doing the same. */
class KeyIndexTest {

  /** An index over strings whose hash is given, so that collisions can be forced. */
  private static KeyIndex over(List<String> keys, int hashBits) {
    return new KeyIndex(keys.size()) {
      @Override
      int hash(int item) {
        return keys.get(item).hashCode() & hashBits;
      }

      @Override
      boolean sameKey(int a, int b) {
        return keys.get(a).equals(keys.get(b));
      }
    };
  }

  @Test
  void numbersKeysInTheOrderTheyFirstOccurEvenWhenAllHashesCollide() {
    for (int hashBits : new int[] {0, 1, 0xff, -1}) {
      SplittableRandom random = new SplittableRandom(hashBits);
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        keys.add("key-" + random.nextInt(120));
      }
      KeyIndex index = over(keys, hashBits);
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        int group = index.add(i);
        Integer first = expected.putIfAbsent(keys.get(i), expected.size());
        assertThat(group).as("item %s, hash bits %s", i, hashBits).isEqualTo(first == null ? expected.size() - 1 : first);
        assertThat(keys.get(index.firstItem(group))).isEqualTo(keys.get(i));
      }
      assertThat(index.groups()).isEqualTo(expected.size());
    }
  }

  @Test
  void findsAGroupByHashAndMatcherAndReportsAnAbsentKey() {
    List<String> keys = List.of("a", "b", "c", "b", "a", "d");
    KeyIndex index = over(keys, 3);
    for (int i = 0; i < keys.size(); i++) {
      index.add(i);
    }
    assertThat(index.find("c".hashCode() & 3, item -> keys.get(item).equals("c"))).isEqualTo(2);
    assertThat(index.find("d".hashCode() & 3, item -> keys.get(item).equals("d"))).isEqualTo(3);
    assertThat(index.find("e".hashCode() & 3, item -> keys.get(item).equals("e"))).isEqualTo(-1);
  }

  @Test
  void holdsAsManyKeysAsItsCapacityAndTheEmptyIndexFindsNothing() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      keys.add("k" + i);
    }
    KeyIndex index = over(keys, -1);
    for (int i = 0; i < keys.size(); i++) {
      assertThat(index.add(i)).isEqualTo(i);
    }
    assertThat(over(List.of(), -1).find(0, item -> true)).isEqualTo(-1);
  }
}
