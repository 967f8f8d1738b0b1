package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCommand;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Route;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An escalation that stalls at the top of the ladder has no step left to climb: the next step is a signal about the
 * gap, raised from the raiser's own agency as the roster lists it — or from no agency when the raiser holds no role.
 */
class StalledAtTheTopTest {

  private static Escalation atTheMunicipality() {
    Mandate wide = Mandate.of(CaseloadCheckTest.WELFARE.id(), Role.SOCIAL_WORKER, LadderLevel.MUNICIPALITY);
    Escalation e = CaseloadCheckTest.escalation("esc-top", wide, Route.DIRECT);
    int day = 1;
    for (LadderLevel level : LadderLevel.values()) {
      e = e.decide(new EscalationCommand.Climb(level, ProfessionalId.of("p-" + level.code()),
          CaseloadCheckTest.day(day++))).state();
    }
    assertThat(e.currentLevel()).contains(LadderLevel.MUNICIPALITY);
    return e;
  }

  @Test
  void aStalledEscalationAtTheTopAsksForAGapSignalFromTheRaisersAgency() {
    Escalation e = atTheMunicipality();
    List<Finding> found = CaseloadCheckTest.run(CaseloadCheckTest.world().escalations(List.of(e)).build(),
        CaseloadCheckTest.day(60));
    assertThat(found).filteredOn(f -> f.code() == FindingCode.ESCALATION_STALLED).singleElement()
        .extracting(Finding::nextStep).isEqualTo(new NextStep.RaiseGapSignal(
            Optional.of(AgencyRef.of(CaseloadCheckTest.WELFARE)), EscalationId.of("esc-top")));

    Caseload withoutRoster = Caseload.builder().agencies(List.of(CaseloadCheckTest.WELFARE, CaseloadCheckTest.HOUSING))
        .escalations(List.of(e)).build();
    assertThat(CaseloadCheckTest.run(withoutRoster, CaseloadCheckTest.day(60)))
        .filteredOn(f -> f.code() == FindingCode.ESCALATION_STALLED).singleElement()
        .extracting(Finding::nextStep)
        .isEqualTo(new NextStep.RaiseGapSignal(Optional.empty(), EscalationId.of("esc-top")));
  }
}
