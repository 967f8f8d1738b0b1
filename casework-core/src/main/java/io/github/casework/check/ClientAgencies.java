package io.github.casework.check;

import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * A set of (client, agency) pairs in arrays: an open-addressing table of the pairs' hashes and their two ids, for the
 * open cases that {@link OrphanedNeed#find} asks about. A hash set of pair records made a record and a node per open
 * case, most of the accountability rule's allocation. Sized once for at most the given number of pairs; confined to
 * one call, not thread-safe.
 */
final class ClientAgencies {
  private final @Nullable ClientId[] clients;
  private final @Nullable AgencyId[] agencies;
  private final int[] hashes;
  private final int mask;

  /**
   * Makes an empty set for at most {@code capacity} pairs.
   *
   * @param capacity the most pairs it will hold, at least 0
   */
  ClientAgencies(int capacity) {
    // At most two-thirds full, as the referral network's tables.
    int keys = Math.max(4, capacity);
    int size = Integer.highestOneBit((keys + (keys >> 1)) * 2 - 1);
    clients = new ClientId[size];
    agencies = new AgencyId[size];
    hashes = new int[size];
    mask = size - 1;
  }

  /** Adds a pair; does nothing if the set holds it. */
  void add(ClientId client, AgencyId agency) {
    int hash = hash(client, agency);
    int slot = hash & mask;
    while (clients[slot] != null) {
      if (hashes[slot] == hash && client.equals(clients[slot]) && agency.equals(agencies[slot])) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    clients[slot] = client;
    agencies[slot] = agency;
    hashes[slot] = hash;
  }

  /** {@return whether the set holds the pair} */
  boolean contains(ClientId client, AgencyId agency) {
    int hash = hash(client, agency);
    int slot = hash & mask;
    while (clients[slot] != null) {
      if (hashes[slot] == hash && client.equals(clients[slot]) && agency.equals(agencies[slot])) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private static int hash(ClientId client, AgencyId agency) {
    int x = (31 * client.hashCode() + agency.hashCode()) * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
