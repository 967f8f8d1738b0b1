package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.LifeDomain;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one-sentence explanation of an orphaned need says why nobody holds it, for each reason. */
class OrphanedNeedExplanationTest {

  private static OrphanedNeed orphan(OrphanedNeed.Reason reason, Optional<ReferralId> via) {
    return new OrphanedNeed(ClientId.of("client-k"), CaseId.of("case-k"), NeedId.of("need-1"), LifeDomain.HOUSING,
        ProfessionalId.of("sw-gone"), reason, via);
  }

  @Test
  void aProfessionalWithoutARoleAndOneWithoutAnOpenCaseAreExplainedApart() {
    assertThat(orphan(OrphanedNeed.Reason.NO_AGENCY_ROLE, Optional.empty()).explanation())
        .isEqualTo("Need need-1 (housing) of case case-k is held by professional sw-gone, who no longer holds an "
            + "agency role.");
    assertThat(orphan(OrphanedNeed.Reason.NO_OPEN_CASE, Optional.of(ReferralId.of("ref-1"))).explanation())
        .isEqualTo("Need need-1 (housing) of case case-k (handed over through referral ref-1) is held by "
            + "professional sw-gone, who holds no open case of client client-k at their agency.");
  }
}
