package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.NullPointerTester;
import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orphaned needs are a question about the caseload: its cases, the handovers of its referrals and its roster. */
class OrphanedNeedTest {
  static final Instant MONDAY = Instant.parse("2026-09-07T09:00:00Z");
  static final DataSharingBasis BASIS = new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wmo 2015 art. 5.1.1");
  static final ClientId CLIENT = ClientId.of("client-a");
  static final AgencyId WELFARE = AgencyId.of("welfare-west");
  static final AgencyId HOUSING = AgencyId.of("dienst-wonen");
  static final ProfessionalId COLLEAGUE = ProfessionalId.of("sw-colleague");
  static final ProfessionalId LEAVER = ProfessionalId.of("sw-left");
  static final ProfessionalId OFFICIAL = ProfessionalId.of("dw-official");
  static final List<Professional> ROSTER = List.of(new Professional(COLLEAGUE, WELFARE, Role.SOCIAL_WORKER),
      new Professional(OFFICIAL, HOUSING, Role.CIVIL_SERVANT));

  static Instant day(int n) {
    return MONDAY.plus(Duration.ofDays(n));
  }

  static Case openCase(String id, AgencyId agency, ProfessionalId owner, LifeDomain domain, Instant at) {
    return Case.open(CaseId.of(id), CLIENT, agency, owner, at).state()
        .decide(new CaseCommand.RegisterNeed(NeedId.of("need-" + domain.code()), domain, Urgency.URGENT, owner, at))
        .state().decide(new CaseCommand.Activate(at)).state();
  }

  static Caseload caseload(List<Case> cases, List<ReferralLoop> loops) {
    return Caseload.builder().cases(cases).referrals(loops.stream().map(ReferralLoop::referral).toList())
        .professionals(ROSTER).build();
  }

  @Test
  void orphanedNeedsAreHeldBySomeoneWithoutARoleOrWithoutAnOpenCase() {
    Case c = openCase("case-w", WELFARE, COLLEAGUE, LifeDomain.HOUSING, MONDAY)
        .decide(new CaseCommand.RegisterNeed(NeedId.of("need-debts"), LifeDomain.FINANCES, Urgency.ROUTINE, LEAVER,
            MONDAY)).state()
        .decide(new CaseCommand.RegisterNeed(NeedId.of("need-work"), LifeDomain.WORK_AND_EDUCATION, Urgency.ROUTINE,
            COLLEAGUE, MONDAY)).state()
        .decide(new CaseCommand.TransferAccountability(NeedId.of("need-work"), OFFICIAL, day(1))).state();
    assertThat(caseload(List.of(c), List.of()).orphanedNeeds())
        .extracting(OrphanedNeed::need, OrphanedNeed::reason)
        .containsExactly(
            tuple(NeedId.of("need-debts"), OrphanedNeed.Reason.NO_AGENCY_ROLE),
            tuple(NeedId.of("need-work"), OrphanedNeed.Reason.NO_OPEN_CASE));
    // Once the housing service holds an open case of the client, its official's need is held.
    Case housingCase = Case.open(CaseId.of("case-dw"), CLIENT, HOUSING, OFFICIAL, day(2)).state();
    assertThat(caseload(List.of(c, housingCase), List.of()).orphanedNeeds()).extracting(OrphanedNeed::need)
        .containsExactly(NeedId.of("need-debts"));
  }

  @Test
  void aNeedHandedOverThroughAReferralInProgressIsHeldByTheReceiversAgency() {
    ReferralLoop loop = ReferralLoop.draft(openCase("case-x", WELFARE, COLLEAGUE, LifeDomain.HOUSING, MONDAY),
        NeedId.of("need-housing"), ReferralId.of("r-house"), COLLEAGUE, HOUSING, "housing-priority", day(1)).loop();
    for (ReferralCommand command : List.of(new ReferralCommand.RecordBasis(BASIS, day(1)),
        new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(28)), day(1)),
        new ReferralCommand.Accept(day(2)), new ReferralCommand.AcceptAccountability(OFFICIAL, day(3)))) {
      loop = loop.decide(command).loop();
    }
    Case closed = loop.caseFile().decide(new CaseCommand.Close(ClosureReason.TRANSFERRED, day(4))).state();
    assertThat(caseload(List.of(closed), List.of(loop)).orphanedNeeds()).singleElement().satisfies(o -> {
      assertThat(o.reason()).isEqualTo(OrphanedNeed.Reason.NO_OPEN_CASE);
      assertThat(o.referral()).contains(ReferralId.of("r-house"));
      assertThat(o.accountable()).isEqualTo(OFFICIAL);
      assertThat(o.caseId()).isEqualTo(CaseId.of("case-x"));
      assertThat(o.explanation()).contains("handed over through referral r-house");
    });
    Case housingCase = Case.open(CaseId.of("case-dw"), CLIENT, HOUSING, OFFICIAL, day(2)).state();
    assertThat(caseload(List.of(closed, housingCase), List.of(loop)).orphanedNeeds()).isEmpty();
  }

  @Test
  void reasonsHaveStableCodesAndTheRecordRejectsNulls() {
    assertThat(OrphanedNeed.Reason.NO_OPEN_CASE.code()).isEqualTo("no-open-case");
    assertThat(OrphanedNeed.Reason.NO_AGENCY_ROLE.code()).isEqualTo("no-agency-role");
    new NullPointerTester().setDefault(CaseId.class, CaseId.of("c")).setDefault(NeedId.class, NeedId.of("n"))
        .setDefault(ClientId.class, CLIENT).setDefault(ProfessionalId.class, OFFICIAL)
        .testAllPublicConstructors(OrphanedNeed.class);
  }
}
