package io.github.casework.check;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.Ending;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachStatus;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.ReceivedSignal;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.Referral;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Early warning of payment arrears: a crisis signal without a first contact attempt within the Wgs urgent-threat
 * norm (three working days), another signal without one within the outreach norm, an outreach case without an end
 * result after the outreach norm, open outreach cases of one household holding signals of several partners
 * that should be one case, and an outreach case carried on by a casework referral that the caseload does not hold
 * (the loop it handed on is followed by nobody).
 */
final class EarlyWarningRule implements Rule {
  @Override
  public void check(CheckRun run) {
    Map<Resident, List<OutreachCase>> open = new LinkedHashMap<>();
    Set<ReferralId> referrals = run.caseload.outreach().isEmpty() ? Set.of()
        : run.caseload.referrals().stream().map(Referral::id).collect(Collectors.toUnmodifiableSet());
    for (OutreachCase c : run.caseload.outreach()) {
      AgencyRef agency = run.agency(c.agency());
      for (ReceivedSignal s : c.signals()) {
        attempt(run, c, s, agency);
      }
      if (c.ending().orElse(null) instanceof Ending.Referred referred) {
        if (!referrals.contains(referred.referral())) {
          run.add(FindingCode.OUTREACH_REFERRAL_MISSING.usualSeverity(),
              List.of(SubjectRef.of(c.id()), SubjectRef.of(referred.referral())),
              new Facts.MissingFollowUpReferral(c.id(), referred.result(), referred.referral(), agency),
              new NextStep.RecordFollowUpReferral(agency, c.id(), referred.referral()));
        }
      }
      if (c.status() != OutreachStatus.CLOSED) {
        open.computeIfAbsent(c.resident(), r -> new ArrayList<>()).add(c);
        Instant due = run.norms.deadline(run.check.outreachNorms().endResult()).dueFrom(c.openedAt());
        if (run.at.isAfter(due)) {
          run.add(FindingCode.OUTREACH_END_RESULT_OVERDUE.usualSeverity(), List.of(SubjectRef.of(c.id())),
              new Facts.EndResultOverdue(c.id(), c.status(), run.date(c.openedAt()), run.dueDate(due), agency),
              new NextStep.RecordEndResult(agency, c.id()));
        }
      }
    }
    for (List<OutreachCase> household : open.values()) {
      ImmutableSortedSet<PartnerType> partners = household.stream()
          .flatMap(c -> c.signals().stream()).map(s -> s.signal().partner())
          .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
      if (household.size() < 2 || partners.size() < 2) {
        continue;
      }
      OutreachCase first = household.stream()
          .min(Comparator.comparing(OutreachCase::openedAt).thenComparing(OutreachCase::id)).orElseThrow();
      AgencyRef agency = run.agency(first.agency());
      ImmutableSortedSet<OutreachId> ids = household.stream().map(OutreachCase::id)
          .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
      run.add(FindingCode.OUTREACH_SIGNALS_NOT_BUNDLED.usualSeverity(), ids.stream().map(SubjectRef::of).toList(),
          new Facts.UnbundledSignals(ids, partners, agency), new NextStep.BundleSignals(agency, first.id()));
    }
  }

  /** The first-attempt norm of one signal: pending while the case is open, or met late. */
  private static void attempt(CheckRun run, OutreachCase c, ReceivedSignal s, AgencyRef agency) {
    Instant due = OutreachCase.firstAttemptDue(s, run.norms, run.check.outreachNorms());
    LocalDate receivedOn = run.date(s.receivedAt());
    LocalDate dueDate = run.dueDate(due);
    Optional<LocalDate> first = c.attempts().stream().map(ContactAttempt::on).filter(d -> !d.isBefore(receivedOn))
        .min(Comparator.naturalOrder());
    boolean crisis = s.signal().crisis();
    FindingCode code = crisis ? FindingCode.OUTREACH_CRISIS_ATTEMPT_OVERDUE : FindingCode.OUTREACH_FIRST_ATTEMPT_OVERDUE;
    if (first.isEmpty() && c.status() != OutreachStatus.CLOSED && run.at.isAfter(due)) {
      run.add(code.usualSeverity(), List.of(SubjectRef.of(c.id())), facts(crisis, c, s, receivedOn, dueDate,
          Optional.empty(), agency), new NextStep.AttemptContact(agency, c.id()));
    } else if (first.isPresent() && first.get().isAfter(dueDate)) {
      run.add(crisis ? Severity.WARNING : Severity.INFO, List.of(SubjectRef.of(c.id())), facts(crisis, c, s,
          receivedOn, dueDate, first, agency), new NextStep.ReportLateConversation(agency));
    }
  }

  private static Facts facts(boolean crisis, OutreachCase c, ReceivedSignal s, LocalDate receivedOn,
      LocalDate dueDate, Optional<LocalDate> attemptedOn, AgencyRef agency) {
    return crisis
        ? new Facts.CrisisAttemptNorm(c.id(), s.signal().id(), s.signal().partner(), receivedOn, dueDate, attemptedOn,
            agency)
        : new Facts.FirstAttemptNorm(c.id(), s.signal().id(), s.signal().partner(), receivedOn, dueDate, attemptedOn,
            agency);
  }
}
