package io.github.casework.json.internal;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A JSON pointer (RFC 6901) as the path that leads to it: a member of a parent, an item of a parent, or the root.
 * Readers pass one down to every value they read, and its text is built only when an error is reported
 * ({@link #toString}), so that reading a valid document builds no pointer strings (it was the largest cost per member).
 * Immutable and thread-safe.
 */
public final class Pointer {
  /** The pointer of the whole document, {@code ""}. */
  public static final Pointer ROOT = new Pointer(null, null, -1);

  private final @Nullable Pointer parent;
  private final @Nullable String name;
  private final int index;

  private Pointer(@Nullable Pointer parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /**
   * Returns the pointer of a member of the object here.
   *
   * @param name the member's name, as it is in the input (escaped when the text is built), not null
   * @return the member's pointer
   */
  public Pointer member(String name) {
    return new Pointer(this, requireNonNull(name, "name"), -1);
  }

  /**
   * Returns the pointer of an item of the array here.
   *
   * @param index the 0-based index
   * @return the item's pointer
   */
  public Pointer item(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("bug: a negative array index");
    }
    return new Pointer(this, null, index);
  }

  /** {@return the pointer of the object or array this member or item is in; the root's parent is the root} */
  public Pointer parent() {
    return parent == null ? this : parent;
  }

  /** {@return the pointer's text, such as {@code /data/history/3/type}; {@code ""} for the root} */
  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    append(b);
    return b.toString();
  }

  private void append(StringBuilder b) {
    if (parent == null) {
      return;
    }
    parent.append(b);
    b.append('/');
    if (name == null) {
      b.append(index);
    } else {
      b.append(name.replace("~", "~0").replace("/", "~1"));
    }
  }
}
