package io.github.casework.benchmarks;

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
 * A seeded service directory and open needs for the gap benchmark: services of 100 agencies over the thirteen life
 * domains, half of them for every area and half for one of 20 areas, each with a rule of two or three predicates
 * (an age range, a household situation, an income band, a yes-or-no fact), a tenth without room; and needs with
 * profiles in which most facts are known.
 */
final class SyntheticDirectory {
  static final List<Area> AREAS = new ArrayList<>();
  private static final ProfileFact[] FLAGS = {ProfileFact.PREGNANCY, ProfileFact.REGISTERED_ADDRESS,
      ProfileFact.INSURANCE, ProfileFact.EMPLOYMENT, ProfileFact.ADDICTION, ProfileFact.PSYCHIATRIC_CONDITION};

  static {
    for (int i = 0; i < 20; i++) {
      AREAS.add(Area.of("wijk-" + i));
    }
  }

  private SyntheticDirectory() {}

  /** A need as the gap finder reads it: its life domain and the client's profile. */
  record OpenNeed(LifeDomain domain, ClientProfile profile) {}

  static ServiceDirectory directory(int services, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LifeDomain[] domains = LifeDomain.values();
    int agencies = 100;
    List<List<AgencyService>> catalogues = new ArrayList<>();
    for (int a = 0; a < agencies; a++) {
      catalogues.add(new ArrayList<>());
    }
    List<ServiceListing> listings = new ArrayList<>();
    Instant at = Instant.parse("2026-10-01T09:00:00Z");
    for (int i = 0; i < services; i++) {
      int a = i % agencies;
      EnumSet<LifeDomain> ds = EnumSet.of(domains[r.nextInt(domains.length)]);
      if (r.nextInt(4) == 0) {
        ds.add(domains[r.nextInt(domains.length)]);
      }
      String code = "service-" + i;
      catalogues.get(a).add(AgencyService.of(code, "Service " + i, ds));
      List<Area> served = r.nextBoolean() ? List.of() : List.of(AREAS.get(r.nextInt(AREAS.size())));
      Optional<ServiceCapacity> capacity = r.nextInt(10) == 0
          ? Optional.of(new ServiceCapacity.Waitlist(WaitlistBand.OVER_THREE_MONTHS, at))
          : Optional.of(new ServiceCapacity.Places(1 + r.nextInt(10), 10, at));
      listings.add(new ServiceListing(AgencyId.of("agency-" + a), code,
          ImmutableSortedSet.copyOf(served), ServiceStatus.ACTIVE, rule(r), capacity));
    }
    List<Agency> list = new ArrayList<>();
    for (int a = 0; a < agencies; a++) {
      list.add(Agency.of(AgencyId.of("agency-" + a), "Agency " + a, AgencyKind.WELFARE, catalogues.get(a)));
    }
    return ServiceDirectory.of(list, listings);
  }

  private static Eligibility rule(SplittableRandom r) {
    List<Eligibility> parts = new ArrayList<>();
    int n = 2 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(4)) {
        case 0: {
          int min = r.nextInt(60);
          parts.add(new Eligibility.AgeBetween(min, Math.min(130, min + 10 + r.nextInt(60))));
          break;
        }
        case 1: {
          EnumSet<HouseholdSituation> set = EnumSet.noneOf(HouseholdSituation.class);
          set.add(HouseholdSituation.values()[r.nextInt(HouseholdSituation.values().length)]);
          set.add(HouseholdSituation.values()[r.nextInt(HouseholdSituation.values().length)]);
          parts.add(Eligibility.HouseholdIn.of(set));
          break;
        }
        case 2: {
          EnumSet<IncomeBand> set = EnumSet.noneOf(IncomeBand.class);
          set.add(IncomeBand.values()[r.nextInt(IncomeBand.values().length)]);
          set.add(IncomeBand.values()[r.nextInt(IncomeBand.values().length)]);
          parts.add(Eligibility.IncomeIn.of(set));
          break;
        }
        default: {
          Eligibility flag = new Eligibility.Has(FLAGS[r.nextInt(FLAGS.length)]);
          parts.add(r.nextBoolean() ? flag : flag.negate());
        }
      }
    }
    return r.nextInt(5) == 0 ? Eligibility.anyOf(parts) : Eligibility.allOf(parts);
  }

  static OpenNeed[] needs(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LifeDomain[] domains = LifeDomain.values();
    OpenNeed[] out = new OpenNeed[count];
    for (int i = 0; i < count; i++) {
      ClientProfile.Builder b = ClientProfile.builder().age(r.nextInt(90))
          .household(HouseholdSituation.values()[r.nextInt(HouseholdSituation.values().length)])
          .income(IncomeBand.values()[r.nextInt(IncomeBand.values().length)])
          .area(AREAS.get(r.nextInt(AREAS.size())))
          .registeredAddress(r.nextInt(10) > 0).insured(r.nextInt(10) > 0).employed(r.nextBoolean())
          .addiction(r.nextInt(10) == 0).psychiatricCondition(r.nextInt(10) == 0);
      if (r.nextInt(5) == 0) {
        b.pregnant(r.nextBoolean());
      }
      out[i] = new OpenNeed(domains[r.nextInt(domains.length)], b.build());
    }
    return out;
  }
}
