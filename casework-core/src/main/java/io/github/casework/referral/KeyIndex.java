package io.github.casework.referral;

import java.util.Arrays;

/**
 * Numbers the distinct keys of a list of items in the order they first occur, in arrays: an open-addressing table of
 * group numbers, and for each group the index of its first item, which stands for the key. The analyses of the
 * {@link ReferralNetwork} group a million referrals at a time; a hash map with a key record, a node and often a list
 * per referral made them garbage-collection bound. A subclass says how a key hashes and when an item has the key of a
 * group's first item. Filled within one analysis and not thread-safe while it is; once filled, {@link #find} only reads,
 * so a network keeps its index of ids (published through a final field) for look-ups.
 */
abstract class KeyIndex {
  private final int[] slots;
  /** The spread hash of each slot's key, compared first so that a probe rarely reads an item of another key. */
  private final int[] slotHashes;
  private final int mask;
  private int[] firstItem;
  private int groups;

  /**
   * Makes a table for at most {@code capacity} keys.
   *
   * @param capacity the most keys it will hold, at least 0
   */
  KeyIndex(int capacity) {
    // The least power of two at least 1.5 times the keys: the table stays at most two-thirds full. (Twice the next
    // power of two, as before, left the tables a quarter to a half full; at the caseload check's 300,000
    // referrals they were a fifth of its allocation.)
    int keys = Math.max(4, capacity);
    int size = Integer.highestOneBit((keys + (keys >> 1)) * 2 - 1);
    slots = new int[size];
    slotHashes = new int[size];
    mask = size - 1;
    firstItem = new int[Math.max(4, capacity)];
  }

  /** {@return the hash of item {@code item}'s key} */
  abstract int hash(int item);

  /** {@return whether items {@code a} and {@code b} have the same key} */
  abstract boolean sameKey(int a, int b);

  /**
   * Returns the group of an item's key, adding a new group (with this item first) if the key is new.
   *
   * @param item the item's index
   * @return the group, from 0 in the order keys first occur
   */
  final int add(int item) {
    int hash = spread(hash(item));
    int slot = hash & mask;
    while (true) {
      int held = slots[slot];
      if (held == 0) {
        slotHashes[slot] = hash;
        if (groups == firstItem.length) {
          firstItem = Arrays.copyOf(firstItem, groups * 2);
        }
        firstItem[groups] = item;
        slots[slot] = ++groups;
        return groups - 1;
      }
      if (slotHashes[slot] == hash && sameKey(firstItem[held - 1], item)) {
        return held - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Returns the group whose key hashes to {@code hash} and whose first item {@code matches} accepts.
   *
   * @param hash the hash of the key sought, as {@link #hash} computes it
   * @param matches whether a group's first item has the key sought
   * @return the group, or -1 if no item has the key
   */
  final int find(int hash, Matcher matches) {
    int spread = spread(hash);
    int slot = spread & mask;
    while (true) {
      int held = slots[slot];
      if (held == 0) {
        return -1;
      }
      if (slotHashes[slot] == spread && matches.test(firstItem[held - 1])) {
        return held - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** {@return the number of groups} */
  final int groups() {
    return groups;
  }

  /** {@return the index of the first item of a group} */
  final int firstItem(int group) {
    return firstItem[group];
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /** Whether an item has the key sought by {@link #find}. */
  @FunctionalInterface
  interface Matcher {
    boolean test(int item);
  }
}
