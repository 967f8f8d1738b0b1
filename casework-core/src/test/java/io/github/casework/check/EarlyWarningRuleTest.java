package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.Ending;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachCommand;
import io.github.casework.earlywarning.OutreachNorms;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.NeedId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.norm.TimeLimit;
import io.github.casework.referral.Referral;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The early-warning findings of the caseload check, as stories. */
class EarlyWarningRuleTest {
  private static final CaseloadCheck CHECK = CaseloadCheck.of(ServiceNorms.dutchDefaults());
  private static final AgencyId TEAM = AgencyId.of("welzijn-zuidoost");
  private static final Resident FAMILY = Resident.atAddress("1102AB", 12, Optional.empty());
  /** Friday 9 January 2026, 10:00 in Amsterdam; three working days run to the end of Wednesday 14 January. */
  private static final Instant FRIDAY = Instant.parse("2026-01-09T09:00:00Z");
  private static final Instant THURSDAY_AFTER = Instant.parse("2026-01-15T09:00:00Z");

  private static EarlySignal signal(String id, PartnerType partner, boolean crisis, Resident resident) {
    return new EarlySignal(EarlySignalId.of(id), partner, crisis, false, 900, LocalDate.of(2025, 12, 1),
        LocalDate.of(2026, 1, 9), resident);
  }

  private static OutreachCase open(String id, EarlySignal... signals) {
    return OutreachCase.open(OutreachId.of(id), TEAM, List.of(signals), FRIDAY).state();
  }

  private static OutreachCase attempted(OutreachCase c, LocalDate on) {
    OutreachCase up = c.decide(new OutreachCommand.TakeUp(LocalDate.of(2026, 1, 9), FRIDAY.plusSeconds(60))).state();
    return up.decide(new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.HOME_VISIT, true, on,
        PartOfDay.AFTERNOON), FRIDAY.plusSeconds(120))).state();
  }

  private static ImmutableList<Finding> check(Instant at, OutreachCase... cases) {
    return CHECK.run(Caseload.builder().outreach(List.of(cases)).build(), at);
  }

  @Test
  void aCrisisSignalWithoutAnAttemptAfterThreeWorkingDaysIsCritical() {
    OutreachCase eviction = open("vz-1", signal("vs-1", PartnerType.RENT, true, FAMILY));
    assertThat(check(Instant.parse("2026-01-14T22:59:00Z"), eviction)).as("Wednesday evening: still in time")
        .isEmpty();
    ImmutableList<Finding> late = check(THURSDAY_AFTER, eviction);
    assertThat(late).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.OUTREACH_CRISIS_ATTEMPT_OVERDUE);
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.subjects()).containsExactly(SubjectRef.of(OutreachId.of("vz-1")));
      assertThat(f.facts()).isEqualTo(new Facts.CrisisAttemptNorm(OutreachId.of("vz-1"), EarlySignalId.of("vs-1"),
          PartnerType.RENT, LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 14), Optional.empty(),
          AgencyRef.unlisted(TEAM)));
      assertThat(f.nextStep()).isEqualTo(new NextStep.AttemptContact(AgencyRef.unlisted(TEAM), OutreachId.of("vz-1")));
    });
    assertThat(check(THURSDAY_AFTER, attempted(eviction, LocalDate.of(2026, 1, 14)))).as("caught in time").isEmpty();
    assertThat(check(THURSDAY_AFTER, attempted(eviction, LocalDate.of(2026, 1, 15)))).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.facts()).isInstanceOfSatisfying(Facts.CrisisAttemptNorm.class,
              n -> assertThat(n.attemptedOn()).contains(LocalDate.of(2026, 1, 15)));
        });
  }

  @Test
  void anOrdinarySignalHasTheHouseDefaultOfFiveWorkingDays() {
    OutreachCase energy = open("vz-2", signal("vs-2", PartnerType.ENERGY, false, FAMILY));
    assertThat(check(THURSDAY_AFTER, energy)).isEmpty();
    assertThat(check(Instant.parse("2026-01-17T09:00:00Z"), energy)).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(FindingCode.OUTREACH_FIRST_ATTEMPT_OVERDUE));
    CaseloadCheck patient = CHECK.withOutreachNorms(OutreachNorms.defaults().withFirstAttempt(TimeLimit.workingDays(10)));
    assertThat(patient.run(Caseload.builder().outreach(List.of(energy)).build(), Instant.parse("2026-01-17T09:00:00Z")))
        .isEmpty();
    assertThat(CHECK.withOutreachNorms(OutreachNorms.defaults())).isSameAs(CHECK);
  }

  @Test
  void anOutreachCaseWithoutAnEndResultAfterEightWeeksIsReportedUntilItCloses() {
    OutreachCase c = attempted(open("vz-3", signal("vs-3", PartnerType.WATER, false, FAMILY)),
        LocalDate.of(2026, 1, 12));
    Instant march = Instant.parse("2026-03-10T09:00:00Z");
    assertThat(check(Instant.parse("2026-03-05T09:00:00Z"), c)).isEmpty();
    assertThat(check(march, c)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.OUTREACH_END_RESULT_OVERDUE);
      assertThat(f.nextStep()).isInstanceOf(NextStep.RecordEndResult.class);
    });
    OutreachCase closed = c.decide(new OutreachCommand.Close(Ending.of(EndResult.BUDGET_ADVICE_OR_QUICK_FIX),
        march)).state();
    assertThat(check(march, closed)).isEmpty();
    assertThat(CHECK.withOutreachNorms(OutreachNorms.defaults().withEndResult(TimeLimit.of(Period.ofWeeks(12))))
        .run(Caseload.builder().outreach(List.of(c)).build(), march)).isEmpty();
  }

  @Test
  void signalsOfOneHouseholdFromSeveralPartnersInSeparateCasesShouldBeOne() {
    OutreachCase rent = attempted(open("vz-rent", signal("vs-r", PartnerType.RENT, false, FAMILY)),
        LocalDate.of(2026, 1, 12));
    OutreachCase energy = attempted(open("vz-energy", signal("vs-e", PartnerType.ENERGY, false, FAMILY)),
        LocalDate.of(2026, 1, 12));
    OutreachCase neighbour = attempted(open("vz-next", signal("vs-n", PartnerType.WATER, false,
        Resident.atAddress("1102AB", 14, Optional.empty()))), LocalDate.of(2026, 1, 12));
    ImmutableList<Finding> found = check(THURSDAY_AFTER, rent, energy, neighbour);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.OUTREACH_SIGNALS_NOT_BUNDLED);
      assertThat(f.subjects()).containsExactly(SubjectRef.of(OutreachId.of("vz-energy")),
          SubjectRef.of(OutreachId.of("vz-rent")));
      assertThat(FindingText.english().explanation(f)).doesNotContain("1102");
    });
    // The same partner twice is a repeated signal, not one to bundle; a closed case is done.
    OutreachCase rentAgain = attempted(open("vz-rent-2", signal("vs-r2", PartnerType.RENT, false, FAMILY)),
        LocalDate.of(2026, 1, 12));
    assertThat(check(THURSDAY_AFTER, rent, rentAgain)).isEmpty();
    OutreachCase energyClosed = energy.decide(new OutreachCommand.Close(Ending.of(EndResult.ALREADY_PAID),
        THURSDAY_AFTER)).state();
    assertThat(check(THURSDAY_AFTER, rent, energyClosed)).isEmpty();
    // Bundled, the household is one case.
    OutreachCase bundled = rent.decide(new OutreachCommand.AddSignal(signal("vs-e", PartnerType.ENERGY, false,
        FAMILY), FRIDAY.plusSeconds(300))).state();
    assertThat(check(THURSDAY_AFTER, bundled)).isEmpty();
  }

  @Test
  void anOutreachCaseHandedOnToAReferralTheCaseloadDoesNotHoldIsAnError() {
    OutreachCase c = attempted(open("vz-4", signal("vs-4", PartnerType.RENT, false, FAMILY)),
        LocalDate.of(2026, 1, 12));
    ReferralId debtHelp = ReferralId.of("ref-debt-help");
    Instant closedAt = Instant.parse("2026-01-20T09:00:00Z");
    OutreachCase handedOn = c.decide(new OutreachCommand.Close(Ending.referred(EndResult.FOLLOW_UP_FINANCIAL,
        debtHelp), closedAt)).state();
    Instant later = Instant.parse("2026-01-21T09:00:00Z");
    ImmutableList<Finding> lost = check(later, handedOn);
    assertThat(lost).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.OUTREACH_REFERRAL_MISSING);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subjects()).containsExactlyInAnyOrder(SubjectRef.of(OutreachId.of("vz-4")), SubjectRef.of(debtHelp));
      assertThat(f.facts()).isEqualTo(new Facts.MissingFollowUpReferral(OutreachId.of("vz-4"),
          EndResult.FOLLOW_UP_FINANCIAL, debtHelp, AgencyRef.unlisted(TEAM)));
      assertThat(f.nextStep()).isEqualTo(new NextStep.RecordFollowUpReferral(AgencyRef.unlisted(TEAM),
          OutreachId.of("vz-4"), debtHelp));
      assertThat(FindingText.english().explanation(f)).contains("vz-4", "ref-debt-help",
          "financial follow-up help or a referral").doesNotContain("1102AB");
      assertThat(FindingText.dutch().explanation(f)).contains("financiële vervolghulp");
    });
    Referral referral = Referral.draft(debtHelp, ClientId.of("client-vz-4"), CaseId.of("case-vz-4"),
        NeedId.of("need-debts"), LifeDomain.FINANCES, TEAM, ProfessionalId.of("sw-vz"),
        AgencyId.of("schuldhulp-zuidoost"), "debt-assistance", closedAt).state();
    assertThat(CHECK.run(Caseload.builder().outreach(List.of(handedOn)).referrals(List.of(referral)).build(), later)
        .stream().map(Finding::code)).as("the referral is there: its own loop is followed")
        .doesNotContain(FindingCode.OUTREACH_REFERRAL_MISSING);
    OutreachCase concluded = c.decide(new OutreachCommand.Close(Ending.of(EndResult.BUDGET_ADVICE_OR_QUICK_FIX),
        closedAt)).state();
    assertThat(check(later, concluded)).as("no referral named, none missing").isEmpty();
  }

  @Test
  void missingReferralFactsNeedAReferralEndResult() {
    assertThatThrownBy(() -> new Facts.MissingFollowUpReferral(OutreachId.of("vz-4"), EndResult.ALREADY_PAID,
        ReferralId.of("ref-x"), AgencyRef.unlisted(TEAM)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(CheckCodes.FINDING_FACTS_INVALID));
  }
}
