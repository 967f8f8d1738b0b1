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
  /**
   * Up to this many keys the groups' hashes are scanned and no table is made: the network groups each client's few
   * referrals with one index, {@link #reset} for every client.
   */
  private static final int SCANNED = 8;
  private static final int[] NONE = {};

  /**
   * The table: 0 for an empty slot, else the group plus one in the bits of {@link #groupMask} and above them the high
   * bits of the key's spread hash, compared first so that a probe rarely reads an item of another key. (A second
   * array of whole hashes, as before, was a third of each table: 20 B a case of the caseload check per table.) The
   * slot is chosen by the low bits, so the two never overlap.
   */
  private int[] slots = NONE;
  private int mask;
  private int groupMask;
  /** The spread hash of each group's key, while scanning. */
  private int[] groupHashes = NONE;
  private boolean scanning;
  private int[] firstItem = NONE;
  private int groups;

  /**
   * Makes an index for at most {@code capacity} keys.
   *
   * @param capacity the most keys it will hold, at least 0
   */
  KeyIndex(int capacity) {
    reset(capacity);
  }

  /**
   * Empties the index for at most {@code capacity} keys, keeping its arrays where they fit: O(capacity) time.
   *
   * @param capacity the most keys it will hold, at least 0
   */
  final void reset(int capacity) {
    groups = 0;
    int keys = Math.max(4, capacity);
    if (firstItem.length < keys) {
      firstItem = new int[keys];
    }
    if (capacity <= SCANNED) {
      scanning = true;
      if (groupHashes.length < keys) {
        groupHashes = new int[Math.max(SCANNED, keys)];
      }
      return;
    }
    scanning = false;
    // The least power of two at least 1.5 times the keys: the table stays at most two-thirds full. (Twice the next
    // power of two, as before, left the tables a quarter to a half full; at the caseload check's 300,000
    // referrals they were a fifth of its allocation.)
    int size = Integer.highestOneBit((keys + (keys >> 1)) * 2 - 1);
    if (slots.length == size) {
      Arrays.fill(slots, 0);
    } else {
      slots = new int[size];
    }
    mask = size - 1;
    // A table of size slots holds at most size groups: group + 1 fits in one bit more than the slot's.
    groupMask = size * 2 - 1;
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
    if (scanning) {
      for (int g = 0; g < groups; g++) {
        if (groupHashes[g] == hash && sameKey(firstItem[g], item)) {
          return g;
        }
      }
      if (groups == groupHashes.length) {
        groupHashes = Arrays.copyOf(groupHashes, groups * 2);
      }
      groupHashes[groups] = hash;
      return newGroup(item);
    }
    int tag = hash & ~groupMask;
    int slot = hash & mask;
    while (true) {
      int held = slots[slot];
      if (held == 0) {
        int group = newGroup(item);
        slots[slot] = tag | (group + 1);
        return group;
      }
      if ((held & ~groupMask) == tag && sameKey(firstItem[(held & groupMask) - 1], item)) {
        return (held & groupMask) - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int newGroup(int item) {
    if (groups == firstItem.length) {
      firstItem = Arrays.copyOf(firstItem, groups * 2);
    }
    firstItem[groups] = item;
    return groups++;
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
    if (scanning) {
      for (int g = 0; g < groups; g++) {
        if (groupHashes[g] == spread && matches.test(firstItem[g])) {
          return g;
        }
      }
      return -1;
    }
    int tag = spread & ~groupMask;
    int slot = spread & mask;
    while (true) {
      int held = slots[slot];
      if (held == 0) {
        return -1;
      }
      if ((held & ~groupMask) == tag && matches.test(firstItem[(held & groupMask) - 1])) {
        return (held & groupMask) - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** {@return the number of groups} */
  final int groups() {
    return groups;
  }

  /** {@return the index of the item that stands for a group's key: its first item, unless {@link #represent} chose} */
  final int firstItem(int group) {
    return firstItem[group];
  }

  /**
   * Lets another item of a group stand for its key (any item of a group has its key): the network, adding a client's
   * referrals from the last, keeps each client's first referral this way.
   */
  final void represent(int group, int item) {
    firstItem[group] = item;
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
