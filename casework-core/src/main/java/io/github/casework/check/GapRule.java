package io.github.casework.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.Need;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.Exclusion;
import io.github.casework.directory.Match;
import io.github.casework.directory.ServiceCapacity;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.ServiceMatcher;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.Verdict;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.signal.Area;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Regulatory and capacity gaps: each open, unreferred need of an open case with a recorded client profile is matched
 * against the caseload's service directory ({@link ServiceMatcher}, rules compiled once per run). No service admits
 * the client: a regulatory gap, whose next step escalates (reason regulatory-gap) to the agency whose rule excludes
 * most narrowly, or raises a signal when there is no candidate at all; eligible services all without room: a
 * capacity gap, whose next step asks the one with the shortest wait. A need with an open escalation is left to the
 * escalation rule, but its gap still counts as evidence: regulatory gaps of one shape (domain, area, excluding
 * literals) in at least the detector's threshold of cases give a proposal for a structural signal, unless a signal
 * of the caseload covers the domain and area in the current quarter.
 */
final class GapRule implements Rule {
  private static final Area UNKNOWN_AREA = Area.of("unknown");

  @Override
  public void check(CheckRun run) {
    Caseload caseload = run.caseload;
    if (caseload.profiles().isEmpty() || caseload.directory().listings().isEmpty()) {
      return;
    }
    ServiceMatcher matcher = ServiceMatcher.of(caseload.directory());
    Set<String> escalated = new HashSet<>();
    for (Escalation e : caseload.escalations()) {
      if (!e.isResolved()) {
        escalated.add(e.subject().caseId().value() + "/" + e.subject().need().value());
      }
    }
    Map<String, Shape> shapes = new TreeMap<>();
    for (Case c : caseload.cases()) {
      ClientProfile profile = caseload.profiles().get(c.id());
      if (profile == null || c.status() == CaseStatus.CLOSED) {
        continue;
      }
      for (Need n : c.openNeeds()) {
        if (n.isReferred() || matcher.verdict(n.domain(), profile) == Verdict.AVAILABLE) {
          continue;
        }
        Match m = matcher.match(n.domain(), profile);
        boolean open = escalated.contains(c.id().value() + "/" + n.id().value());
        if (m instanceof Match.RegulatoryGap g) {
          Area area = caseload.areas().getOrDefault(c.id(), profile.area().orElse(UNKNOWN_AREA));
          shapes.computeIfAbsent(key(n.domain(), area, g), k -> new Shape(n.domain(), area, literals(g)))
              .cases.add(c.id());
          if (!open) {
            regulatory(run, c, n, g);
          }
        } else if (m instanceof Match.CapacityGap g && !open) {
          capacity(run, c, n, g);
        }
      }
    }
    recurring(run, shapes.values());
  }

  private static void regulatory(CheckRun run, Case c, Need n, Match.RegulatoryGap gap) {
    List<Exclusion> sorted = new ArrayList<>(gap.exclusions());
    sorted.sort(Exclusion.NARROWEST_FIRST);
    ImmutableList<GapExclusion> exclusions = sorted.stream()
        .map(e -> new GapExclusion(agency(run, e.listing().agency()), e.listing().service(), e.literals()))
        .collect(ImmutableList.toImmutableList());
    List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(c.client()), SubjectRef.of(c.id()),
        SubjectRef.need(c.id(), n.id())));
    NextStep step;
    if (exclusions.isEmpty()) {
      step = new NextStep.RaiseSignal(ImmutableSortedSet.of(c.id()));
    } else {
      GapExclusion narrowest = exclusions.get(0);
      subjects.add(SubjectRef.of(narrowest.agency().id()));
      // The first rung is within every mandate (no mandate's highest direct level is below it), so the step is
      // direct under any policy: no professional needs the own manager to address a frontline official.
      step = new NextStep.Escalate(narrowest.agency(), LadderLevel.FRONTLINE_OFFICIAL,
          EscalationReason.REGULATORY_GAP, false);
    }
    run.add(Severity.ERROR, subjects, new Facts.RegulatoryGap(c.client(), c.id(), n.id(), n.domain(), exclusions),
        step);
  }

  private static void capacity(CheckRun run, Case c, Need n, Match.CapacityGap gap) {
    List<FullService> full = new ArrayList<>();
    for (ServiceListing l : gap.services()) {
      Optional<WaitlistBand> band = l.capacity().flatMap(cap -> cap instanceof ServiceCapacity.Waitlist w ? Optional.of(w.band()) : Optional.empty());
      full.add(new FullService(agency(run, l.agency()), l.service(), l.status(), band));
    }
    full.sort(Comparator.comparingInt(GapRule::wait));
    FullService first = full.get(0);
    run.add(Severity.WARNING, List.of(SubjectRef.client(c.client()), SubjectRef.of(c.id()),
        SubjectRef.need(c.id(), n.id()), SubjectRef.of(first.agency().id())),
        new Facts.CapacityGap(c.client(), c.id(), n.id(), n.domain(), ImmutableList.copyOf(full)),
        new NextStep.AskForPlace(first.agency(), first.service(), first.waitlist()));
  }

  /** Shortest wait first: a waiting-list band by its length, then full places, then a closed service. */
  private static int wait(FullService s) {
    if (s.status() == ServiceStatus.TEMPORARILY_CLOSED) {
      return WaitlistBand.values().length + 1;
    }
    return s.waitlist().map(Enum::ordinal).orElse(WaitlistBand.values().length);
  }

  private static void recurring(CheckRun run, Iterable<Shape> shapes) {
    int threshold = run.check.detector().threshold();
    Quarter quarter = Quarter.containing(run.at, run.norms.zone());
    Set<String> covered = new HashSet<>();
    for (Signal s : run.caseload.signals()) {
      if (s.observation().period().equals(quarter)) {
        covered.add(s.observation().area().code() + "|" + s.observation().topic().domain().code());
      }
    }
    for (Shape shape : shapes) {
      if (shape.cases.size() < threshold || covered.contains(shape.area.code() + "|" + shape.domain.code())) {
        continue;
      }
      ImmutableSortedSet<CaseId> cases = ImmutableSortedSet.copyOf(shape.cases);
      List<SubjectRef> subjects = new ArrayList<>();
      cases.forEach(id -> subjects.add(SubjectRef.of(id)));
      run.add(Severity.INFO, subjects, new Facts.RecurringGap(shape.domain, shape.area, shape.literals, cases),
          new NextStep.RaiseSignal(cases));
    }
  }

  private static AgencyRef agency(CheckRun run, AgencyId id) {
    return run.caseload.directory().agency(id).map(AgencyRef::of).orElseGet(() -> run.agency(id));
  }

  private static ImmutableList<Eligibility> literals(Match.RegulatoryGap gap) {
    TreeMap<String, Eligibility> byText = new TreeMap<>();
    gap.exclusions().forEach(e -> e.literals().forEach(l -> byText.put(l.toString(), l)));
    return ImmutableList.copyOf(byText.values());
  }

  private static String key(LifeDomain domain, Area area, Match.RegulatoryGap gap) {
    StringBuilder b = new StringBuilder(domain.code()).append('|').append(area.code());
    literals(gap).forEach(l -> b.append('|').append(l));
    return b.toString();
  }

  /** The regulatory gaps of one shape, by case. */
  private static final class Shape {
    final LifeDomain domain;
    final Area area;
    final ImmutableList<Eligibility> literals;
    final TreeSet<CaseId> cases = new TreeSet<>();

    Shape(LifeDomain domain, Area area, ImmutableList<Eligibility> literals) {
      this.domain = domain;
      this.area = area;
      this.literals = literals;
    }
  }
}
