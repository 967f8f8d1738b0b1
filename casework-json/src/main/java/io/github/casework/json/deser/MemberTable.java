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
  private final ImmutableMap<String, Integer> slots;
  private final ImmutableList<String> names;
  private final ValueReader<?>[] readers;

  private MemberTable(ImmutableMap<String, ValueReader<?>> readers) {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builderWithExpectedSize(readers.size());
    this.readers = new ValueReader<?>[readers.size()];
    int i = 0;
    for (Map.Entry<String, ValueReader<?>> e : readers.entrySet()) {
      b.put(e.getKey(), i);
      this.readers[i++] = e.getValue();
    }
    this.slots = b.buildOrThrow();
    this.names = readers.keySet().asList();
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
    Integer s = slots.get(name);
    return s == null ? -1 : s;
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
