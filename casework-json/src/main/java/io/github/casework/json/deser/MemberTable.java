package io.github.casework.json.deser;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The members one kind of JSON object may hold, each with its reader and a slot: {@link Members} keeps the values
 * read in an array indexed by slot rather than in a map, and looks a member up by name through this table.
 * Immutable and thread-safe.
 */
public final class MemberTable {
  /**
   * The names by hash, open addressing with linear probing, at least half empty; each name's slot beside it. Looked
   * up once per member read: an array probe instead of the map's entry chain (issue 16).
   */
  private final String[] keys;
  private final int[] keySlots;
  private final int mask;
  private final ImmutableList<String> names;
  private final ValueReader<?>[] readers;

  private MemberTable(ImmutableMap<String, ValueReader<?>> readers) {
    int capacity = Integer.highestOneBit(Math.max(1, readers.size()) * 2) * 2;
    this.keys = new String[capacity];
    this.keySlots = new int[capacity];
    this.mask = capacity - 1;
    this.readers = new ValueReader<?>[readers.size()];
    int i = 0;
    for (Map.Entry<String, ValueReader<?>> e : readers.entrySet()) {
      int at = spread(e.getKey().hashCode()) & mask;
      while (keys[at] != null) {
        at = (at + 1) & mask;
      }
      keys[at] = e.getKey();
      keySlots[at] = i;
      this.readers[i++] = e.getValue();
    }
    this.names = readers.keySet().asList();
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * Builds a table.
   *
   * @param readers the reader of each member, by name, not null
   * @return the table; a member's slot is its position in {@code readers}
   */
  public static MemberTable of(ImmutableMap<String, ValueReader<?>> readers) {
    return new MemberTable(readers);
  }

  /** {@return the number of members, and of slots} */
  int size() {
    return readers.length;
  }

  /** {@return the slot of a member, or -1 if the table does not define it} */
  int slot(String name) {
    for (int at = spread(name.hashCode()) & mask; ; at = (at + 1) & mask) {
      String key = keys[at];
      if (key == null) {
        return -1;
      }
      if (key.equals(name)) {
        return keySlots[at];
      }
    }
  }

  /** {@return the reader of the member in a slot} */
  ValueReader<?> reader(int slot) {
    return readers[slot];
  }

  /** {@return the name of the member in a slot} */
  String name(int slot) {
    return names.get(slot);
  }

  /** {@return the member names, in slot order} */
  public ImmutableList<String> names() {
    return names;
  }
}
