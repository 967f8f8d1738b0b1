package io.github.casework.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.testing.Rejections;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A shared referral holds the history of that one referral, from its drafting on, and nothing else. */
class SharedReferralTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final ReferralId ID = ReferralId.of("ref-1");
  private static final NeedId NEED = NeedId.of("need-1");
  private static final AgencyId FROM = AgencyId.of("welfare");
  private static final DataSharingBasis BASIS = new DataSharingBasis.LegalBasis(LegalGround.LEGAL_OBLIGATION, "Wgs 1");

  private static ReferralEvent.Drafted drafted(ReferralId id) {
    return new ReferralEvent.Drafted(id, ClientId.of("client-1"), CaseId.of("case-1"), NEED, LifeDomain.HOUSING,
        FROM, ProfessionalId.of("sw-1"), AgencyId.of("housing"), "night-shelter", AT);
  }

  private static SharedReferral shared(List<ReferralEvent> history) {
    return new SharedReferral(ID, NEED, LifeDomain.HOUSING, FROM, "night-shelter", BASIS, Optional.empty(),
        ImmutableList.copyOf(history));
  }

  private static void rejected(List<ReferralEvent> history, String code) {
    assertThatThrownBy(() -> shared(history)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(Rejections.code(e)).isEqualTo(code);
      assertThat(e.field()).isEqualTo("SharedReferral.history");
    });
  }

  @Test
  void aSharedHistoryStartsWithTheDraftingAndNamesOnlyThisReferral() {
    ReferralEvent.Accepted accepted = new ReferralEvent.Accepted(ID, AT.plusSeconds(60));
    assertThat(shared(List.of(drafted(ID))).history()).containsExactly(drafted(ID));
    assertThat(shared(List.of(drafted(ID), accepted)).history()).containsExactly(drafted(ID), accepted);

    rejected(List.of(), PrivacyCodes.VIEW_HISTORY_NOT_DRAFTED);
    rejected(List.of(accepted, drafted(ID)), PrivacyCodes.VIEW_HISTORY_NOT_DRAFTED);
    ReferralId other = ReferralId.of("ref-2");
    rejected(List.of(drafted(other)), PrivacyCodes.VIEW_HISTORY_OTHER_REFERRAL);
    rejected(List.of(drafted(ID), new ReferralEvent.Accepted(other, AT)), PrivacyCodes.VIEW_HISTORY_OTHER_REFERRAL);
  }
}
