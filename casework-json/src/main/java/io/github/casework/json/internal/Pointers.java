package io.github.casework.json.internal;

/** Builds JSON pointers (RFC 6901). */
public final class Pointers {
  private Pointers() {}

  /**
   * Returns the pointer of a member of the object at {@code parent}.
   *
   * @param parent the object's pointer
   * @param name a member name defined by the format
   * @return the member's pointer
   */
  public static String member(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the pointer of an item of the array at {@code parent}.
   *
   * @param parent the array's pointer
   * @param index the 0-based index
   * @return the item's pointer
   */
  public static String item(String parent, int index) {
    return parent + "/" + index;
  }
}
