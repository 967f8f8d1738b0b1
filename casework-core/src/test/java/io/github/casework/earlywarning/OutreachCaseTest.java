package io.github.casework.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.CaseworkException;
import io.github.casework.ErrorCatalogue;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.VersionConflictException;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.id.AgencyId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ReferralId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Bsn;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Example stories of early signals and outreach cases. */
class OutreachCaseTest {
  private static final OutreachId ID = OutreachId.of("VZ-1");
  private static final AgencyId TEAM = AgencyId.of("welzijn-zuidoost");
  private static final Resident FAMILY = Resident.atAddress("1102AB", 12, Optional.of("B"));
  /** Friday 9 January 2026, 10:00 in Amsterdam. */
  private static final Instant FRIDAY = Instant.parse("2026-01-09T09:00:00Z");
  private static final LocalDate MONDAY = LocalDate.of(2026, 1, 12);

  private static EarlySignal rent(boolean crisis) {
    return new EarlySignal(EarlySignalId.of("VS-rent"), PartnerType.RENT, crisis, false, 1_840,
        LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 8), FAMILY);
  }

  private static EarlySignal energy() {
    return new EarlySignal(EarlySignalId.of("VS-energy"), PartnerType.ENERGY, false, false, 612,
        LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 9), FAMILY);
  }

  private static OutreachCase received() {
    return OutreachCase.open(ID, TEAM, List.of(rent(false)), FRIDAY).state();
  }

  private static OutreachCase takenUp() {
    return received().decide(new OutreachCommand.TakeUp(MONDAY, FRIDAY.plusSeconds(3 * 86_400))).state();
  }

  private static OutreachCase attempted(boolean reached) {
    return takenUp().decide(new OutreachCommand.RecordAttempt(
        ContactAttempt.of(ContactKind.PHONE, reached, MONDAY, PartOfDay.MORNING), FRIDAY.plusSeconds(4 * 86_400)))
        .state();
  }

  private static Executable close(OutreachCase c, Ending ending) {
    return () -> c.decide(new OutreachCommand.Close(ending, c.lastChangedAt()));
  }

  private static void rejected(Executable command, String code) {
    assertThatThrownBy(command::execute).isInstanceOfSatisfying(CaseworkException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(ErrorCatalogue.find(code)).isPresent();
    });
  }

  @Test
  void anEndResultNeedsAContactAttemptUnlessItsKindSaysOtherwise() {
    rejected(close(takenUp(), Ending.of(EndResult.NO_CONTACT_POSSIBLE)), EarlyWarningCodes.END_RESULT_NEEDS_ATTEMPT);
    assertThat(attempted(false).decide(new OutreachCommand.Close(Ending.of(EndResult.NO_CONTACT_POSSIBLE),
        FRIDAY.plusSeconds(5 * 86_400))).state().status()).isEqualTo(OutreachStatus.CLOSED);

    rejected(close(attempted(false), Ending.of(EndResult.BUDGET_ADVICE_OR_QUICK_FIX)),
        EarlyWarningCodes.END_RESULT_NEEDS_CONTACT);
    OutreachCase advised = attempted(true).decide(new OutreachCommand.Close(
        Ending.of(EndResult.BUDGET_ADVICE_OR_QUICK_FIX), FRIDAY.plusSeconds(5 * 86_400))).state();
    assertThat(advised.ending()).contains(Ending.of(EndResult.BUDGET_ADVICE_OR_QUICK_FIX));
    assertThat(advised.statusOf(EarlySignalId.of("VS-rent"))).contains(EarlySignalStatus.TAKEN_UP);

    // Known to debt services already: no attempt needed, not even a take-up.
    OutreachCase known = received().decide(new OutreachCommand.Close(
        Ending.of(EndResult.ALREADY_KNOWN_TO_DEBT_SERVICES), FRIDAY)).state();
    assertThat(known.statusOf(EarlySignalId.of("VS-rent"))).contains(EarlySignalStatus.ALREADY_KNOWN_TO_DEBT_SERVICES);
    rejected(close(received(), Ending.of(EndResult.RESIDENT_ARRANGES_IT)), EarlyWarningCodes.END_RESULT_NEEDS_TAKE_UP);
    rejected(close(takenUp(), Ending.of(EndResult.NOT_TAKEN_UP_REPEATED)),
        EarlyWarningCodes.END_RESULT_AFTER_TAKE_UP);
  }

  @Test
  void followUpHelpNamesTheReferralThatCarriesItOn() {
    ReferralId referral = ReferralId.of("R-debt-1");
    OutreachCase referred = attempted(true).decide(new OutreachCommand.Close(
        Ending.referred(EndResult.FOLLOW_UP_FINANCIAL, referral), FRIDAY.plusSeconds(5 * 86_400))).state();
    assertThat(referred.ending()).get().isInstanceOfSatisfying(Ending.Referred.class,
        e -> assertThat(e.referral()).isEqualTo(referral));
    assertThatThrownBy(() -> Ending.of(EndResult.FOLLOW_UP)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.code()).isEqualTo(EarlyWarningCodes.REFERRAL_REQUIRED));
    assertThatThrownBy(() -> Ending.referred(EndResult.ALREADY_PAID, referral))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(EarlyWarningCodes.REFERRAL_NOT_ALLOWED));
    assertThat(Arrays.stream(EndResult.values()).filter(EndResult::isReferral)).containsExactly(
        EndResult.FOLLOW_UP, EndResult.FOLLOW_UP_FINANCIAL, EndResult.FOLLOW_UP_NON_FINANCIAL,
        EndResult.REFERRAL_WITHOUT_RESIDENT);
  }

  @Test
  void thePartnerLearnsTakenUpOrNotTakenUpAndNothingElse() {
    assertThat(Arrays.stream(PartnerFeedback.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactly("signal", "partner", "answer");
    assertThat(PartnerFeedback.Answer.values())
        .containsExactly(PartnerFeedback.Answer.TAKEN_UP, PartnerFeedback.Answer.NOT_TAKEN_UP);

    assertThat(received().partnerFeedback()).as("nothing while undecided").isEmpty();
    OutreachCase bundled = received().decide(new OutreachCommand.AddSignal(energy(), FRIDAY.plusSeconds(60)))
        .state();
    OutreachCase unjustified = bundled.decide(new OutreachCommand.Close(
        Ending.of(EndResult.NOT_TAKEN_UP_UNJUSTIFIED), FRIDAY.plusSeconds(120))).state();
    assertThat(unjustified.partnerFeedback()).containsExactly(
        new PartnerFeedback(EarlySignalId.of("VS-rent"), PartnerType.RENT, PartnerFeedback.Answer.NOT_TAKEN_UP),
        new PartnerFeedback(EarlySignalId.of("VS-energy"), PartnerType.ENERGY, PartnerFeedback.Answer.NOT_TAKEN_UP));
    assertThat(unjustified.partnerFeedback().toString()).doesNotContain("unjustified", "1102", "1840", "612");
    assertThat(attempted(true).partnerFeedback())
        .extracting(PartnerFeedback::answer).containsExactly(PartnerFeedback.Answer.TAKEN_UP);
  }

  @Test
  void aCrisisSignalIsAnUrgentThreatDueWithinThreeWorkingDays() {
    ServiceNorms norms = ServiceNorms.dutchDefaults();
    OutreachCase crisis = OutreachCase.open(ID, TEAM, List.of(rent(true)), FRIDAY).state();
    // Friday: Monday, Tuesday, Wednesday; due at the end of Wednesday 14 January in Amsterdam.
    assertThat(OutreachCase.firstAttemptDue(crisis.signals().get(0), norms, OutreachNorms.defaults()))
        .isEqualTo(Instant.parse("2026-01-14T23:00:00Z"));
    assertThat(rent(true).urgentThreat()).contains(UrgentThreat.EVICTION);
    assertThat(rent(false).urgentThreat()).isEmpty();
    // Not a crisis: the house default of five working days, to the end of Friday 16 January.
    assertThat(OutreachCase.firstAttemptDue(received().signals().get(0), norms, OutreachNorms.defaults()))
        .isEqualTo(Instant.parse("2026-01-16T23:00:00Z"));
  }

  @Test
  void signalsOfOneHouseholdAreBundledOnceEach() {
    rejected(() -> received().decide(new OutreachCommand.AddSignal(rent(false), FRIDAY)),
        EarlyWarningCodes.DUPLICATE_SIGNAL);
    EarlySignal neighbour = new EarlySignal(EarlySignalId.of("VS-2"), PartnerType.WATER, false, false, 90,
        LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 9), Resident.atAddress("1102AB", 14, Optional.empty()));
    rejected(() -> received().decide(new OutreachCommand.AddSignal(neighbour, FRIDAY)),
        EarlyWarningCodes.OTHER_HOUSEHOLD);
    rejected(() -> OutreachCase.open(ID, TEAM, List.of(), FRIDAY), EarlyWarningCodes.NO_SIGNALS);
    rejected(() -> OutreachCase.open(ID, TEAM, List.of(rent(false), neighbour), FRIDAY),
        EarlyWarningCodes.OTHER_HOUSEHOLD);
  }

  @Test
  void aHistoryStartsWithItsOpeningAndNamesOneCase() {
    OutreachEvent.Opened opened = (OutreachEvent.Opened) OutreachCase.open(ID, TEAM, List.of(rent(false)), FRIDAY)
        .event();
    rejected(() -> OutreachCase.replay(List.of()), EarlyWarningCodes.NOT_OPENED);
    rejected(() -> OutreachCase.replay(List.of(new OutreachEvent.TakenUp(ID, MONDAY, FRIDAY))),
        EarlyWarningCodes.NOT_OPENED);
    rejected(() -> OutreachCase.replay(List.of(opened, opened)), EarlyWarningCodes.ALREADY_OPENED);
    rejected(() -> OutreachCase.replay(List.of(opened, new OutreachEvent.TakenUp(OutreachId.of("VZ-2"), MONDAY,
        FRIDAY))), EarlyWarningCodes.WRONG_CASE);
    rejected(() -> received().decide(new OutreachCommand.TakeUp(MONDAY, FRIDAY), ExpectedVersion.exactly(2)),
        VersionConflictException.CODE);
    rejected(() -> received().decide(new OutreachCommand.TakeUp(LocalDate.of(2026, 1, 7), FRIDAY)),
        EarlyWarningCodes.TAKEN_UP_BEFORE_SIGNAL);
    rejected(() -> received().decide(new OutreachCommand.RecordAttempt(
        ContactAttempt.of(ContactKind.LETTER, false, MONDAY, PartOfDay.MORNING), FRIDAY)),
        EarlyWarningCodes.NOT_TAKEN_UP);
    assertThat(OutreachCase.replay(List.of(opened))).isEqualTo(received());
  }

  @Test
  void personalDataNeverReachesToStringOrMessages() {
    Bsn bsn = Bsn.parse("111222333");
    EarlySignal signal = new EarlySignal(EarlySignalId.of("VS-9"), PartnerType.HEALTH_INSURANCE, true, true, 4_321,
        LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 2), Resident.of(bsn));
    OutreachCase c = OutreachCase.open(ID, TEAM, List.of(signal), FRIDAY).state();
    for (String text : List.of(signal.toString(), c.toString(), Resident.of(bsn).toString(), FAMILY.toString(),
        c.signals().toString(), OutreachCase.open(ID, TEAM, List.of(signal), FRIDAY).event().toString())) {
      assertThat(text).doesNotContain("111222333", "2333", "4321", "1102", "12");
    }
    for (String bad : List.of("0123AB", "1102ab", "1102 AB", "ABCDEF")) {
      assertThatThrownBy(() -> Resident.atAddress(bad, 1, Optional.empty()))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo(EarlyWarningCodes.POSTCODE_INVALID);
            assertThat(e.getMessage()).doesNotContain(bad);
          });
    }
    assertThatThrownBy(() -> Resident.atAddress("1102AB", 0, Optional.empty()))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(EarlyWarningCodes.HOUSE_NUMBER_OUT_OF_RANGE));
    assertThatThrownBy(() -> Resident.atAddress("1102AB", 1, Optional.of("bis-2")))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(EarlyWarningCodes.HOUSE_NUMBER_ADDITION_INVALID));
    assertThatThrownBy(() -> new EarlySignal(EarlySignalId.of("VS-9"), PartnerType.RENT, false, false, -1, MONDAY,
        MONDAY, FAMILY)).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(EarlyWarningCodes.AMOUNT_OUT_OF_RANGE));
    assertThatThrownBy(() -> new EarlySignal(EarlySignalId.of("VS-9"), PartnerType.RENT, false, false, 1,
        MONDAY.plusDays(1), MONDAY, FAMILY)).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(EarlyWarningCodes.ARREARS_AFTER_SIGNAL));
  }

  @Test
  void equalityAndNullHostility() {
    new EqualsTester()
        .addEqualityGroup(rent(false), rent(false))
        .addEqualityGroup(rent(true))
        .addEqualityGroup(energy())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(received(), OutreachCase.open(ID, TEAM, List.of(rent(false)), FRIDAY).state())
        .addEqualityGroup(takenUp())
        .addEqualityGroup(attempted(true))
        .addEqualityGroup(attempted(false))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester().setDefault(Resident.class, FAMILY)
        .setDefault(EarlySignalId.class, EarlySignalId.of("VS-x")).setDefault(LocalDate.class, MONDAY)
        .setDefault(ServiceNorms.class, ServiceNorms.dutchDefaults())
        .setDefault(OutreachNorms.class, OutreachNorms.defaults())
        .setDefault(ExpectedVersion.class, ExpectedVersion.any())
        .setDefault(OutreachCommand.class, new OutreachCommand.TakeUp(MONDAY, FRIDAY))
        .setDefault(OutreachEvent.class, new OutreachEvent.TakenUp(ID, MONDAY, FRIDAY))
        .setDefault(AgencyId.class, TEAM).setDefault(OutreachId.class, ID)
        .setDefault(ReceivedSignal.class, received().signals().get(0));
    nulls.testAllPublicStaticMethods(OutreachCase.class);
    nulls.testAllPublicInstanceMethods(received());
    nulls.testAllPublicConstructors(EarlySignal.class);
    nulls.testAllPublicConstructors(ContactAttempt.class);
  }
}
