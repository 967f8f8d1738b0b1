package io.github.casework.json;

import com.google.common.collect.ImmutableList;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.Ending;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachCommand;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.Bsn;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.ConsentRegister;
import io.github.casework.referral.ConsentWithdrawal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outreach cases and consent withdrawals behind the vectors of the optional {@code outreach} and
 * {@code withdrawals} members of format version 1: every outreach event type, both kinds of resident, both kinds of
 * ending, an attempt with and one without its part of the day. Built only through the public API.
 */
final class OutreachScenarios {
  private OutreachScenarios() {}

  static final AgencyId AGENCY = AgencyId.of("welzijn-zuidoost");

  /** A household by BSN: rent and energy arrears, bundled, taken up, reached, referred to debt services. */
  static OutreachHistory referred() {
    Resident resident = Resident.of(Bsn.parse("111222333"));
    EarlySignal rent = new EarlySignal(EarlySignalId.of("VS-2026-0001"), PartnerType.RENT, true, false, 1450,
        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-02"), resident);
    EarlySignal energy = new EarlySignal(EarlySignalId.of("VS-2026-0002"), PartnerType.ENERGY, false, true, 380,
        LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-03"), resident);
    EarlySignal water = new EarlySignal(EarlySignalId.of("VS-2026-0003"), PartnerType.WATER, false, false, 0,
        LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-04"), resident);
    Decision<OutreachCase, OutreachEvent> d = OutreachCase.open(OutreachId.of("VZ-2026-0001"), AGENCY,
        List.of(rent, energy), Instant.parse("2026-03-03T08:00:00Z"));
    List<OutreachEvent> events = new ArrayList<>(d.events());
    OutreachCase c = d.state();
    for (OutreachCommand command : List.of(
        new OutreachCommand.AddSignal(water, Instant.parse("2026-03-04T08:00:00Z")),
        new OutreachCommand.TakeUp(LocalDate.parse("2026-03-04"), Instant.parse("2026-03-04T09:00:00Z")),
        new OutreachCommand.RecordAttempt(new ContactAttempt(ContactKind.PHONE, false, LocalDate.parse("2026-03-04"),
            Optional.empty()), Instant.parse("2026-03-04T10:00:00Z")),
        new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.HOME_VISIT, true,
            LocalDate.parse("2026-03-05"), PartOfDay.AFTERNOON), Instant.parse("2026-03-05T15:00:00Z")),
        new OutreachCommand.Close(Ending.referred(EndResult.FOLLOW_UP_FINANCIAL, ReferralId.of("ref-debt-1")),
            Instant.parse("2026-03-06T09:00:00Z")))) {
      Decision<OutreachCase, OutreachEvent> next = c.decide(command);
      events.addAll(next.events());
      c = next.state();
    }
    return OutreachHistory.of(events);
  }

  /** A household by address, with an addition: a repeated signal, closed without a take-up. */
  static OutreachHistory notTakenUp() {
    Resident resident = Resident.atAddress("1102AB", 12, Optional.of("A"));
    EarlySignal health = new EarlySignal(EarlySignalId.of("VS-2026-0004"), PartnerType.HEALTH_INSURANCE, false,
        false, 220, LocalDate.parse("2025-12-01"), LocalDate.parse("2026-03-10"), resident);
    Decision<OutreachCase, OutreachEvent> d = OutreachCase.open(OutreachId.of("VZ-2026-0002"), AGENCY,
        List.of(health), Instant.parse("2026-03-10T08:00:00Z"));
    Decision<OutreachCase, OutreachEvent> closed = d.state().decide(new OutreachCommand.Close(
        Ending.of(EndResult.NOT_TAKEN_UP_REPEATED), Instant.parse("2026-03-11T08:00:00Z")));
    return OutreachHistory.of(ImmutableList.<OutreachEvent>builder().addAll(d.events()).addAll(closed.events())
        .build());
  }

  /** A withdrawal naming two agencies and two domains, given out of their sorted order. */
  static ConsentRegister withdrawals() {
    return ConsentRegister.of(List.of(ConsentWithdrawal.of(ClientId.of("client-7f3a"), ConsentGiver.CLIENT,
        ProfessionalId.of("sw-maartje"), Instant.parse("2026-03-20T09:00:00Z"),
        List.of(AgencyId.of("housing-service"), AgencyId.of("debt-services")),
        List.of(LifeDomain.HOUSING, LifeDomain.FINANCES))));
  }

  /** The roster of the city, its two outreach cases, and the withdrawal. */
  static CaseloadSnapshot caseload() {
    return Scenarios.rosterOnly().withOutreach(List.of(referred(), notTakenUp())).withConsents(withdrawals());
  }

  /** The caseload's header context: the roster and the withdrawal. */
  static CaseloadSnapshot context() {
    return Scenarios.rosterOnly().withConsents(withdrawals());
  }

  /** The outreach events, case after case, as {@code writeCaseloadEvents} writes them after the aggregates'. */
  static List<Object> events() {
    List<Object> out = new ArrayList<>();
    caseload().outreach().forEach(h -> out.addAll(h.events()));
    return List.copyOf(out);
  }
}
