package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralLoop;
import io.github.casework.referral.Refusal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding names every record it is about, so that a team can find them: each referral of a ping-pong, and the
 * referral through which an orphaned need was handed over.
 */
class FindingSubjectsTest {

  @Test
  void aPingPongNamesTheClientBothAgenciesAndEachReferral() {
    List<Referral> rs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      AgencyId from = i % 2 == 0 ? CaseloadCheckTest.WELFARE.id() : CaseloadCheckTest.CLINIC.id();
      AgencyId to = i % 2 == 0 ? CaseloadCheckTest.CLINIC.id() : CaseloadCheckTest.WELFARE.id();
      rs.add(CaseloadCheckTest.apply(CaseloadCheckTest.sent("r-" + i, CaseloadCheckTest.CLIENT, "case-" + i, from, to,
          LifeDomain.SUBSTANCE_USE, i * 3), new ReferralCommand.Refuse(new Refusal.NoCapacity(),
          CaseloadCheckTest.day(i * 3 + 1))));
    }
    List<Finding> findings = CaseloadCheckTest.run(CaseloadCheckTest.world().referrals(rs).build(),
        CaseloadCheckTest.day(10));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.REFERRAL_PING_PONG);
      assertThat(f.subjects()).containsExactlyInAnyOrder(SubjectRef.client(CaseloadCheckTest.CLIENT),
          SubjectRef.of(CaseloadCheckTest.WELFARE.id()), SubjectRef.of(CaseloadCheckTest.CLINIC.id()),
          SubjectRef.of(ReferralId.of("r-0")), SubjectRef.of(ReferralId.of("r-1")),
          SubjectRef.of(ReferralId.of("r-2")));
    });
  }

  @Test
  void aNeedOrphanedAfterAHandoverNamesTheReferralItCameThrough() {
    ReferralLoop loop = ReferralLoop.draft(OrphanedNeedTest.openCase("case-x", OrphanedNeedTest.WELFARE,
            OrphanedNeedTest.COLLEAGUE, LifeDomain.HOUSING, OrphanedNeedTest.MONDAY), NeedId.of("need-housing"),
        ReferralId.of("r-house"), OrphanedNeedTest.COLLEAGUE, OrphanedNeedTest.HOUSING, "housing-priority",
        OrphanedNeedTest.day(1)).loop();
    for (ReferralCommand command : List.of(new ReferralCommand.RecordBasis(OrphanedNeedTest.BASIS,
            OrphanedNeedTest.day(1)),
        new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(28)),
            OrphanedNeedTest.day(1)),
        new ReferralCommand.Accept(OrphanedNeedTest.day(2)),
        new ReferralCommand.AcceptAccountability(OrphanedNeedTest.OFFICIAL, OrphanedNeedTest.day(3)))) {
      loop = loop.decide(command).loop();
    }
    Case closed = loop.caseFile().decide(new CaseCommand.Close(ClosureReason.TRANSFERRED, OrphanedNeedTest.day(4)))
        .state();
    Caseload caseload = OrphanedNeedTest.caseload(List.of(closed), List.of(loop));
    List<Finding> orphaned = CaseloadCheckTest.CHECK.run(caseload, OrphanedNeedTest.day(5)).stream()
        .filter(f -> f.facts() instanceof Facts.Orphaned).toList();
    assertThat(orphaned).singleElement().satisfies(f -> assertThat(f.subjects()).containsExactlyInAnyOrder(
        SubjectRef.client(OrphanedNeedTest.CLIENT), SubjectRef.of(CaseId.of("case-x")),
        SubjectRef.need(CaseId.of("case-x"), NeedId.of("need-housing")), SubjectRef.of(OrphanedNeedTest.OFFICIAL),
        SubjectRef.of(ReferralId.of("r-house"))));
  }
}
