package io.github.casework.directory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.LifeDomain;
import io.github.casework.party.AgencyService;
import io.github.casework.signal.Area;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A directory prepared for matching: every rule compiled once, and the services indexed by life domain and area,
 * so that matching a need reads only the services of its domain that serve the client's area. The candidates of a
 * need are the active or temporarily closed services whose catalogue entry addresses its domain and which serve the
 * client's area (or every area, or the client's area is unknown); inactive services are never candidates.
 *
 * <p>{@link #verdict} allocates nothing; {@link #match} adds the details. Building is linear in the directory;
 * matching is linear in the candidates of the need. Immutable and thread-safe.
 */
public final class ServiceMatcher {
  private static final Entry[] NONE = new Entry[0];

  private final ServiceDirectory directory;
  /** Per domain: services for every area. */
  private final Entry[][] everywhere;
  /** Per domain: services for some areas, by area. */
  private final List<Map<Area, Entry[]>> byArea;
  /** Per domain: every candidate, for a client whose area is unknown. */
  private final Entry[][] all;

  private record Entry(int index, ServiceListing listing, CompiledRule rule, boolean room) {}

  private ServiceMatcher(ServiceDirectory directory) {
    this.directory = directory;
    int n = LifeDomain.values().length;
    List<List<Entry>> every = new ArrayList<>();
    List<Map<Area, List<Entry>>> areas = new ArrayList<>();
    List<List<Entry>> any = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      every.add(new ArrayList<>());
      areas.add(new HashMap<>());
      any.add(new ArrayList<>());
    }
    ImmutableList<ServiceListing> listings = directory.listings();
    for (int i = 0; i < listings.size(); i++) {
      ServiceListing l = listings.get(i);
      if (l.status() == ServiceStatus.INACTIVE) {
        continue;
      }
      AgencyService service = directory.serviceOf(l);
      Entry e = new Entry(i, l, CompiledRule.compile(l.eligibility()), l.hasRoom());
      for (LifeDomain d : service.domains()) {
        any.get(d.ordinal()).add(e);
        if (l.areas().isEmpty()) {
          every.get(d.ordinal()).add(e);
        } else {
          l.areas().forEach(a -> areas.get(d.ordinal()).computeIfAbsent(a, k -> new ArrayList<>()).add(e));
        }
      }
    }
    this.everywhere = new Entry[n][];
    this.all = new Entry[n][];
    this.byArea = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      everywhere[i] = every.get(i).toArray(NONE);
      all[i] = any.get(i).toArray(NONE);
      Map<Area, Entry[]> m = new HashMap<>();
      areas.get(i).forEach((a, list) -> m.put(a, list.toArray(NONE)));
      byArea.add(m);
    }
  }

  /**
   * Prepares a directory for matching.
   *
   * @param directory the directory, not null
   * @return the matcher
   */
  public static ServiceMatcher of(ServiceDirectory directory) {
    return new ServiceMatcher(requireNonNull(directory, "directory"));
  }

  /** {@return the directory it matches against} */
  public ServiceDirectory directory() {
    return directory;
  }

  /**
   * Judges whether the directory offers a client something for a need, without details.
   *
   * @param domain the need's life domain, not null
   * @param profile the client's profile, not null
   * @return the verdict
   */
  public Verdict verdict(LifeDomain domain, ClientProfile profile) {
    int d = domain.ordinal();
    Area area = profile.area;
    boolean eligible = false;
    if (area == null) {
      for (Entry e : all[d]) {
        if (e.rule.eval(profile) != ClientProfile.NO) {
          if (e.room) {
            return Verdict.AVAILABLE;
          }
          eligible = true;
        }
      }
    } else {
      for (Entry e : everywhere[d]) {
        if (e.rule.eval(profile) != ClientProfile.NO) {
          if (e.room) {
            return Verdict.AVAILABLE;
          }
          eligible = true;
        }
      }
      Entry[] local = byArea.get(d).get(area);
      if (local != null) {
        for (Entry e : local) {
          if (e.rule.eval(profile) != ClientProfile.NO) {
            if (e.room) {
              return Verdict.AVAILABLE;
            }
            eligible = true;
          }
        }
      }
    }
    return eligible ? Verdict.CAPACITY_GAP : Verdict.REGULATORY_GAP;
  }

  /**
   * Matches a need against the directory, with the services that may take the client, the full ones, or why each
   * candidate excludes the client.
   *
   * @param domain the need's life domain, not null
   * @param profile the client's profile, not null
   * @return the match
   */
  public Match match(LifeDomain domain, ClientProfile profile) {
    requireNonNull(domain, "domain");
    requireNonNull(profile, "profile");
    List<Entry> candidates = new ArrayList<>();
    if (profile.area == null) {
      candidates.addAll(Arrays.asList(all[domain.ordinal()]));
    } else {
      candidates.addAll(Arrays.asList(everywhere[domain.ordinal()]));
      candidates.addAll(Arrays.asList(byArea.get(domain.ordinal()).getOrDefault(profile.area, NONE)));
      candidates.sort(Comparator.comparingInt(Entry::index));
    }
    ImmutableList.Builder<ServiceListing> room = ImmutableList.builder();
    ImmutableList.Builder<ServiceListing> full = ImmutableList.builder();
    ImmutableList.Builder<Exclusion> excluded = ImmutableList.builder();
    for (Entry e : candidates) {
      if (e.rule.eval(profile) == ClientProfile.NO) {
        List<Eligibility> literals = new ArrayList<>();
        CompiledRule.literals(e.listing.eligibility(), profile, ClientProfile.NO, literals);
        if (literals.isEmpty()) {
          literals.add(e.listing.eligibility());
        }
        excluded.add(new Exclusion(e.listing, literals.stream().distinct()
            .sorted(Comparator.comparing(Eligibility::toString)).collect(ImmutableList.toImmutableList())));
      } else if (e.room) {
        room.add(e.listing);
      } else {
        full.add(e.listing);
      }
    }
    ImmutableList<ServiceListing> available = room.build();
    if (!available.isEmpty()) {
      return new Match.Available(available);
    }
    ImmutableList<ServiceListing> eligible = full.build();
    if (!eligible.isEmpty()) {
      return new Match.CapacityGap(eligible);
    }
    return new Match.RegulatoryGap(excluded.build());
  }
}
