package io.github.casework.examples.stories;

import com.google.common.collect.ImmutableList;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.Ending;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachCommand;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerFeedback;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.AgencyId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A third story, of what the seed article's waiting lists lack: help that comes early. The housing corporation
 * signals rent arrears with an eviction near (a crisis signal under the Wgs, art. 2.2.1); the energy company signals
 * arrears of the same household two days later. The outreach worker bundles them into one outreach case, reaches the
 * family within the three working days and refers them on to the debt service; the corporation hears only that the
 * signal was taken up. Had nobody called, the check on the fourth working day would have raised the crisis signal.
 *
 * <p>Deterministic: fixed instants and ids.
 */
public final class EarlySignalStory {
  static final Agency WELFARE = Agency.of(AgencyId.of("welzijn-zuidoost"), "Welzijn Zuidoost", AgencyKind.WELFARE,
      List.of());
  static final OutreachId CASE = OutreachId.of("vz-bijlmer-48c");
  static final Resident FAMILY = Resident.atAddress("1102KL", 48, Optional.of("C"));

  /** Thursday 15 October 2026, 10:00: the corporation's crisis signal comes in. */
  public static final Instant RECEIVED_AT = Instant.parse("2026-10-15T08:00:00Z");

  /** Wednesday 21 October 2026, 10:00: the fourth working day, when the norm has passed. */
  public static final Instant CHECKED_AT = Instant.parse("2026-10-21T08:00:00Z");

  private EarlySignalStory() {}

  /**
   * What the story ended with.
   *
   * @param caseHandled the outreach case as it ended: reached in time, referred on, not null
   * @param inTime the findings of the check at {@link #CHECKED_AT} on the case as handled: none, not null
   * @param untouched the findings of the same check had nobody tried to reach the family: the crisis signal, not null
   */
  public record Result(OutreachCase caseHandled, ImmutableList<Finding> inTime, ImmutableList<Finding> untouched) {}

  /**
   * Runs the story, adding its timeline to {@code t}.
   *
   * @param t the timeline to tell it on, not null
   * @return what the story ended with
   */
  public static Result run(Timeline t) {
    t.name(WELFARE.id().value(), WELFARE.name(), WELFARE.name());
    t.heading("3. Caught in time: an early signal of rent arrears",
        "3. Op tijd erbij: een vroegsignaal van huurachterstand");
    t.step(RECEIVED_AT, "The housing corporation signals rent arrears with an eviction near: a crisis signal, owed a "
        + "contact attempt within three working days (Wgs). Two days later the energy company signals arrears of the "
        + "same household; Welzijn Zuidoost bundles both into one outreach case.",
        "De woningcorporatie meldt huurachterstand met een huisuitzetting in zicht: een crisissignaal, dat binnen "
        + "drie werkdagen een contactpoging krijgt (Wgs). Twee dagen later meldt het energiebedrijf achterstand van "
        + "hetzelfde huishouden; Welzijn Zuidoost bundelt beide in één vroegsignaalzaak.");
    EarlySignal rent = new EarlySignal(EarlySignalId.of("vs-woonstad-4471"), PartnerType.RENT, true, false, 1_860,
        LocalDate.of(2026, 8, 15), LocalDate.of(2026, 10, 15), FAMILY);
    OutreachCase received = OutreachCase.open(CASE, WELFARE.id(), List.of(rent), RECEIVED_AT).state();
    Instant energyAt = Instant.parse("2026-10-17T08:00:00Z");
    OutreachCase c = received.decide(new OutreachCommand.AddSignal(new EarlySignal(EarlySignalId.of(
        "vs-energie-9012"), PartnerType.ENERGY, false, false, 640, LocalDate.of(2026, 8, 17),
        LocalDate.of(2026, 10, 17), FAMILY), energyAt)).state();
    Instant visitAt = Instant.parse("2026-10-19T17:00:00Z");
    t.step(visitAt, "No answer by phone in the morning; in the evening the outreach worker rings the "
        + "doorbell and the family lets her in.",
        "'s Ochtends geen gehoor aan de telefoon; 's avonds belt de vroegsignaleerder aan en laat het gezin "
        + "haar binnen.");
    c = c.decide(new OutreachCommand.TakeUp(LocalDate.of(2026, 10, 19), visitAt)).state();
    c = c.decide(new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.PHONE, false,
        LocalDate.of(2026, 10, 19), PartOfDay.MORNING), visitAt)).state();
    c = c.decide(new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.HOME_VISIT, true,
        LocalDate.of(2026, 10, 19), PartOfDay.EVENING), visitAt)).state();
    CaseloadCheck check = CaseloadCheck.of(Stage.NORMS);
    ImmutableList<Finding> inTime = check.run(Caseload.builder().agencies(List.of(WELFARE)).outreach(List.of(c))
        .build(), CHECKED_AT);
    t.check(CHECKED_AT, inTime);
    ImmutableList<Finding> untouched = check.run(Caseload.builder().agencies(List.of(WELFARE))
        .outreach(List.of(received)).build(), CHECKED_AT);
    t.note("Had nobody called, the same check would have said:", "Had niemand gebeld, dan had dezelfde check gezegd:");
    t.check(CHECKED_AT, untouched);
    Instant referredAt = Instant.parse("2026-10-21T09:00:00Z");
    t.step(referredAt, "More than a quick fix: the case ends in a referral to the debt service.",
        "Meer dan een quick fix: de zaak eindigt in een verwijzing naar de schuldhulp.");
    c = c.decide(new OutreachCommand.Close(Ending.referred(EndResult.FOLLOW_UP_FINANCIAL,
        ReferralId.of("ref-waitlist")), referredAt)).state();
    boolean allTakenUp = c.partnerFeedback().stream().allMatch(f -> f.answer() == PartnerFeedback.Answer.TAKEN_UP);
    t.note("Feedback to the partners: " + (allTakenUp ? "taken up" : "not taken up") + ", nothing more.",
        "Terugkoppeling aan de partners: " + (allTakenUp ? "opgepakt" : "niet opgepakt") + ", verder niets.");
    return new Result(c, inTime, untouched);
  }
}
