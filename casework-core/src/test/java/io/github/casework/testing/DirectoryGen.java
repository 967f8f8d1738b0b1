package io.github.casework.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.LifeDomain;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.HouseholdSituation;
import io.github.casework.directory.IncomeBand;
import io.github.casework.directory.ProfileFact;
import io.github.casework.directory.ServiceCapacity;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.id.AgencyId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.signal.Area;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generators of eligibility rules, client profiles and service directories, built through the public factories
 * only. Areas come from a small pool so that rules, listings and profiles meet.
 */
public final class DirectoryGen {
  /** The areas rules, listings and profiles draw from. */
  public static final List<Area> AREAS = List.of(Area.of("west"), Area.of("noord"), Area.of("K24"), Area.of("1055"));
  private static final List<ProfileFact> FLAGS = List.of(ProfileFact.PREGNANCY, ProfileFact.REGISTERED_ADDRESS,
      ProfileFact.INSURANCE, ProfileFact.EMPLOYMENT, ProfileFact.ADDICTION, ProfileFact.PSYCHIATRIC_CONDITION);

  private DirectoryGen() {}

  /** {@return rules of at most the given depth (1: a predicate or a constant)} */
  public static Gen<Eligibility> rules(int depth) {
    return r -> rule(r, depth);
  }

  private static Eligibility rule(SplittableRandom r, int depth) {
    int pick = depth <= 1 ? 4 + r.nextInt(7) : r.nextInt(11);
    switch (pick) {
      case 0:
      case 1: {
        List<Eligibility> parts = new ArrayList<>();
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
          parts.add(rule(r, depth - 1));
        }
        return pick == 0 ? Eligibility.allOf(parts) : Eligibility.anyOf(parts);
      }
      case 2:
      case 3:
        return rule(r, depth - 1).negate();
      case 4: {
        int min = r.nextInt(80);
        int max = min + r.nextInt(131 - min);
        if (min == 0 && max == 130) {
          max = 64;
        }
        return new Eligibility.AgeBetween(min, max);
      }
      case 5:
        return Eligibility.HouseholdIn.of(subset(r, HouseholdSituation.class));
      case 6:
        return Eligibility.IncomeIn.of(subset(r, IncomeBand.class));
      case 7: {
        List<Area> areas = new ArrayList<>();
        AREAS.forEach(a -> {
          if (r.nextBoolean()) {
            areas.add(a);
          }
        });
        return Eligibility.AreaIn.of(areas.isEmpty() ? List.of(AREAS.get(0)) : areas);
      }
      case 8:
        return r.nextInt(8) == 0 ? (r.nextBoolean() ? Eligibility.everyone() : Eligibility.Constant.NOBODY)
            : new Eligibility.Has(FLAGS.get(r.nextInt(FLAGS.size())));
      default:
        return new Eligibility.Has(FLAGS.get(r.nextInt(FLAGS.size())));
    }
  }

  private static <E extends Enum<E>> EnumSet<E> subset(SplittableRandom r, Class<E> type) {
    EnumSet<E> out = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (r.nextInt(3) == 0) {
        out.add(e);
      }
    }
    if (out.isEmpty()) {
      E[] all = type.getEnumConstants();
      out.add(all[r.nextInt(all.length)]);
    }
    return out;
  }

  /** {@return profiles in which each fact is known with the given chance in percent} */
  public static Gen<ClientProfile> profiles(int knownPercent) {
    return r -> {
      ClientProfile.Builder b = ClientProfile.builder();
      if (r.nextInt(100) < knownPercent) {
        b.age(r.nextInt(100));
      }
      if (r.nextInt(100) < knownPercent) {
        HouseholdSituation[] all = HouseholdSituation.values();
        b.household(all[r.nextInt(all.length)]);
      }
      if (r.nextInt(100) < knownPercent) {
        IncomeBand[] all = IncomeBand.values();
        b.income(all[r.nextInt(all.length)]);
      }
      if (r.nextInt(100) < knownPercent) {
        b.area(AREAS.get(r.nextInt(AREAS.size())));
      }
      if (r.nextInt(100) < knownPercent) {
        b.pregnant(r.nextBoolean());
      }
      if (r.nextInt(100) < knownPercent) {
        b.registeredAddress(r.nextBoolean());
      }
      if (r.nextInt(100) < knownPercent) {
        b.insured(r.nextBoolean());
      }
      if (r.nextInt(100) < knownPercent) {
        b.employed(r.nextBoolean());
      }
      if (r.nextInt(100) < knownPercent) {
        b.addiction(r.nextBoolean());
      }
      if (r.nextInt(100) < knownPercent) {
        b.psychiatricCondition(r.nextBoolean());
      }
      return b.build();
    };
  }

  /**
   * {@return directories of the given number of services, each of one agency, addressing one or two domains among
   * the first {@code domains}, serving every area or some, with random status, rules and capacity}
   */
  public static Gen<ServiceDirectory> directories(int services, int domains, int ruleDepth) {
    return r -> {
      List<Agency> agencies = new ArrayList<>();
      List<ServiceListing> listings = new ArrayList<>();
      LifeDomain[] all = LifeDomain.values();
      Instant at = Instant.parse("2026-10-01T09:00:00Z");
      for (int i = 0; i < services; i++) {
        AgencyId id = AgencyId.of("agency-" + i);
        EnumSet<LifeDomain> ds = EnumSet.of(all[r.nextInt(domains)]);
        if (r.nextInt(4) == 0) {
          ds.add(all[r.nextInt(domains)]);
        }
        agencies.add(Agency.of(id, "Agency " + i, AgencyKind.values()[r.nextInt(AgencyKind.values().length)],
            List.of(AgencyService.of("service-" + i, "Service " + i, ds))));
        List<Area> served = new ArrayList<>();
        if (r.nextBoolean()) {
          served.add(AREAS.get(r.nextInt(AREAS.size())));
        }
        ServiceStatus status = r.nextInt(10) == 0 ? ServiceStatus.INACTIVE
            : r.nextInt(10) == 0 ? ServiceStatus.TEMPORARILY_CLOSED : ServiceStatus.ACTIVE;
        Optional<ServiceCapacity> capacity;
        switch (r.nextInt(3)) {
          case 0:
            capacity = Optional.empty();
            break;
          case 1: {
            int max = 1 + r.nextInt(20);
            capacity = Optional.of(new ServiceCapacity.Places(r.nextInt(max + 1), max, at));
            break;
          }
          default:
            capacity = Optional.of(new ServiceCapacity.Waitlist(
                WaitlistBand.values()[r.nextInt(WaitlistBand.values().length)], at));
        }
        listings.add(new ServiceListing(id, "service-" + i, ImmutableSortedSet.copyOf(served), status, rule(r, ruleDepth), capacity));
      }
      return ServiceDirectory.of(ImmutableList.copyOf(agencies), listings);
    };
  }
}
