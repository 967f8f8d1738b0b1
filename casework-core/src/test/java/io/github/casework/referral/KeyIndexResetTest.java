package io.github.casework.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A {@link KeyIndex} reset for one small group of items after another, as the referral network resets one per
 * client: it scans up to a few keys and builds a table beyond, and each reset forgets everything before it.
 */
class KeyIndexResetTest {

  @Test
  void numbersEachBatchOnItsOwnWhetherScannedOrTabled() {
    List<String> keys = new ArrayList<>();
    int[] offset = new int[1];
    for (int hashBits : new int[] {0, 1, 0xff, -1}) {
      KeyIndex index = new KeyIndex(0) {
        @Override
        int hash(int item) {
          return keys.get(offset[0] + item).hashCode() & hashBits;
        }

        @Override
        boolean sameKey(int a, int b) {
          return keys.get(offset[0] + a).equals(keys.get(offset[0] + b));
        }
      };
      SplittableRandom random = new SplittableRandom(hashBits);
      for (int batch = 0; batch < 200; batch++) {
        keys.clear();
        int size = random.nextInt(40);
        int distinct = 1 + random.nextInt(Math.max(1, size));
        for (int i = 0; i < size; i++) {
          keys.add("k" + random.nextInt(distinct));
        }
        offset[0] = 0;
        index.reset(size);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < size; i++) {
          Integer first = expected.putIfAbsent(keys.get(i), expected.size());
          int group = index.add(i);
          assertThat(group).as("batch %s item %s", batch, i).isEqualTo(first == null ? expected.size() - 1 : first);
          assertThat(keys.get(index.firstItem(group))).isEqualTo(keys.get(i));
        }
        assertThat(index.groups()).isEqualTo(expected.size());
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
          String key = e.getKey();
          assertThat(index.find(key.hashCode() & hashBits, item -> keys.get(item).equals(key)))
              .isEqualTo(e.getValue());
        }
        assertThat(index.find("absent".hashCode() & hashBits, item -> keys.get(item).equals("absent")))
            .isEqualTo(-1);
      }
    }
  }

  @Test
  void anyItemOfAGroupCanStandForItsKey() {
    List<String> keys = List.of("a", "b", "a", "c", "b", "a");
    for (int capacity : new int[] {keys.size(), 100}) {
      KeyIndex index = new KeyIndex(capacity) {
        @Override
        int hash(int item) {
          return keys.get(item).hashCode();
        }

        @Override
        boolean sameKey(int a, int b) {
          return keys.get(a).equals(keys.get(b));
        }
      };
      for (int i = keys.size() - 1; i >= 0; i--) {
        index.represent(index.add(i), i);
      }
      // Added from the last: each group now stands for its key by its first item.
      assertThat(index.groups()).isEqualTo(3);
      assertThat(index.firstItem(index.add(0))).isEqualTo(0);
      assertThat(index.firstItem(index.add(1))).isEqualTo(1);
      assertThat(index.firstItem(index.add(3))).isEqualTo(3);
    }
  }
}
