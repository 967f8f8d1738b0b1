package io.github.casework.check;

import com.google.common.collect.ImmutableList;
import io.github.casework.casefile.Case;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One run of the check: the snapshot, the instant, the check's settings, lookups by id, the local dates of
 * instants in the norms' zone, and the findings the rules add. Confined to one call of {@link CaseloadCheck#run}.
 */
final class CheckRun {
  final Caseload caseload;
  final Instant at;
  final CaseloadCheck check;
  final ServiceNorms norms;
  private final Map<AgencyId, AgencyRef> agencyRefs = new HashMap<>();
  private final Map<AgencyId, Agency> agencies = new HashMap<>();
  private final Map<ProfessionalId, Professional> roster = new HashMap<>();
  /**
   * The cases by id, in arrays: an open-addressing table of case indexes (plus one; 0 is an empty slot) and their ids'
   * spread hashes. A hash map made a node per case on every run. The caseload's case ids are distinct.
   */
  private final int[] caseSlots;
  private final int[] caseHashes;
  /** The most periods between zone transitions {@link #offset} keeps. */
  private static final int MAX_PERIODS = 64;
  private final long[] periodStart = new long[MAX_PERIODS];
  private final long[] periodEnd = new long[MAX_PERIODS];
  private final ZoneOffset[] periodOffset = new ZoneOffset[MAX_PERIODS];
  private int periods;
  private int lastPeriod;
  private final List<Finding> out = new ArrayList<>();
  /** The subject references of agencies, made once per run: a caseload names few agencies in many findings. */
  private final Map<AgencyId, SubjectRef> agencySubjects = new HashMap<>();
  private @Nullable SubjectRef lastClient;
  /** The local dates the run has made, by day from {@link #firstDay}: findings of a year share a few hundred. */
  private static final int DAYS = 4096;
  private final LocalDate[] days = new LocalDate[DAYS];
  private long firstDay = Long.MIN_VALUE;

  CheckRun(CaseloadCheck check, Caseload caseload, Instant at) {
    this.check = check;
    this.norms = check.norms();
    this.caseload = caseload;
    this.at = at;
    caseload.agencies().forEach(a -> {
      agencies.put(a.id(), a);
      agencyRefs.put(a.id(), AgencyRef.of(a));
    });
    caseload.professionals().forEach(p -> roster.put(p.id(), p));
    int keys = Math.max(4, caseload.cases().size());
    // At most two-thirds full, as the referral network's tables.
    int size = Integer.highestOneBit((keys + (keys >> 1)) * 2 - 1);
    caseSlots = new int[size];
    caseHashes = new int[size];
    for (int i = 0; i < caseload.cases().size(); i++) {
      int hash = spread(caseload.cases().get(i).id().hashCode());
      int slot = hash & (size - 1);
      while (caseSlots[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      caseSlots[slot] = i + 1;
      caseHashes[slot] = hash;
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /** Runs the rules and returns what they found, in {@link Finding#ORDER}. */
  ImmutableList<Finding> run(List<Rule> rules) {
    rules.forEach(r -> r.check(this));
    return ImmutableList.sortedCopyOf(Finding.ORDER, out);
  }

  void add(Severity severity, Collection<SubjectRef> subjects, Facts facts, NextStep nextStep) {
    out.add(Finding.of(severity, subjects, facts, nextStep));
  }

  /** Adds a finding whose subjects are already distinct and sorted (the finding's constructor checks it). */
  void addSorted(Severity severity, ImmutableList<SubjectRef> subjects, Facts facts, NextStep nextStep) {
    out.add(new Finding(severity, subjects, facts, nextStep));
  }

  /** {@return the subject reference of an agency, one per agency and run} */
  SubjectRef subject(AgencyId id) {
    SubjectRef ref = agencySubjects.get(id);
    if (ref == null) {
      ref = SubjectRef.of(id);
      agencySubjects.put(id, ref);
    }
    return ref;
  }

  /** {@return the subject reference of a client, shared with the last finding's when it names the same client} */
  SubjectRef subject(ClientId id) {
    SubjectRef ref = lastClient;
    if (ref == null || !ref.id().equals(id.value())) {
      ref = SubjectRef.client(id);
      lastClient = ref;
    }
    return ref;
  }

  /** {@return the agency as findings name it: with its name when the caseload lists it} */
  AgencyRef agency(AgencyId id) {
    AgencyRef ref = agencyRefs.get(id);
    return ref != null ? ref : AgencyRef.unlisted(id);
  }

  Optional<Agency> listedAgency(AgencyId id) {
    return Optional.ofNullable(agencies.get(id));
  }

  Optional<Professional> professional(ProfessionalId id) {
    return Optional.ofNullable(roster.get(id));
  }

  Optional<Case> findCase(CaseId id) {
    int hash = spread(id.hashCode());
    int mask = caseSlots.length - 1;
    for (int slot = hash & mask; caseSlots[slot] != 0; slot = (slot + 1) & mask) {
      if (caseHashes[slot] == hash) {
        Case c = caseload.cases().get(caseSlots[slot] - 1);
        if (c.id().equals(id)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** {@return the local date of an instant in the norms' zone} */
  LocalDate date(Instant instant) {
    return day(Math.floorDiv(instant.getEpochSecond() + offset(instant).getTotalSeconds(), 86_400));
  }

  /** {@return the last day of a deadline: one that ends at local midnight ends with the day before} */
  LocalDate dueDate(Instant due) {
    long local = due.getEpochSecond() + offset(due).getTotalSeconds();
    boolean midnight = Math.floorMod(local, 86_400) == 0 && due.getNano() == 0;
    return day(Math.floorDiv(local, 86_400) - (midnight ? 1 : 0));
  }

  /** {@return the date of an epoch day, one instance per day within {@link #DAYS} days of the first asked for} */
  private LocalDate day(long epochDay) {
    if (firstDay == Long.MIN_VALUE) {
      firstDay = epochDay - DAYS / 2;
    }
    long i = epochDay - firstDay;
    if (i < 0 || i >= DAYS) {
      return LocalDate.ofEpochDay(epochDay);
    }
    LocalDate d = days[(int) i];
    if (d == null) {
      d = LocalDate.ofEpochDay(epochDay);
      days[(int) i] = d;
    }
    return d;
  }

  /**
   * The zone offset at an instant. Looking it up in the zone rules dominated the check's profile on large caseloads,
   * and a cache per hour was a boxed hash map as large as the spread of the dates; so the run keeps the periods
   * between the zone's transitions it has met (a year of dates meets two or three), each from the earliest second
   * it was asked for to the next transition, and scans them. Past {@link #MAX_PERIODS} periods it asks the rules.
   */
  private ZoneOffset offset(Instant instant) {
    long second = instant.getEpochSecond();
    if (periods > 0 && second >= periodStart[lastPeriod] && second < periodEnd[lastPeriod]) {
      return periodOffset[lastPeriod];
    }
    for (int i = 0; i < periods; i++) {
      if (second >= periodStart[i] && second < periodEnd[i]) {
        lastPeriod = i;
        return periodOffset[i];
      }
    }
    ZoneRules rules = norms.zone().getRules();
    ZoneOffset offset = rules.getOffset(instant);
    ZoneOffsetTransition next = rules.nextTransition(instant);
    long end = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    for (int i = 0; i < periods; i++) {
      if (periodEnd[i] == end) {
        // No transition lies between this second and the period's known start: the period reaches back to here.
        periodStart[i] = Math.min(periodStart[i], second);
        lastPeriod = i;
        return periodOffset[i];
      }
    }
    if (periods < MAX_PERIODS) {
      periodStart[periods] = second;
      periodEnd[periods] = end;
      periodOffset[periods] = offset;
      lastPeriod = periods++;
    }
    return offset;
  }
}
