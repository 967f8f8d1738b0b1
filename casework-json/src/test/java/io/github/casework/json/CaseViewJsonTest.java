package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.casework.privacy.CaseView;
import io.github.casework.privacy.PrivacyCodes;
import io.github.casework.referral.DataSharingBasis;
import org.junit.jupiter.api.Test;

/** The {@code case-view} document: what a vendor sends another agency instead of the case. */
class CaseViewJsonTest {
  @Test
  void theDebtServicesViewHoldsOnlyItsReferralWithTheConsentNarrowed() {
    CaseView view = Scenarios.debtServicesView();
    String json = STANDARD.writeString(DocumentKind.CASE_VIEW, view);

    assertThat(STRICT.read(DocumentKind.CASE_VIEW, json)).isEqualTo(view);
    JsonTesting.assertSchemaValid("case-view.schema.json", json);
    // The three referrals sent to debt services; its draft (ref-draft), not sent, stays out.
    assertThat(view.referrals()).extracting(r -> r.id().value())
        .containsExactlyInAnyOrder("ref-debt-1", "ref-debt-2", "ref-debt-3");
    assertThat(view.referrals()).allSatisfy(r -> {
      if (r.basis() instanceof DataSharingBasis.Consent c) {
        assertThat(c.recipients()).containsExactly(view.agency());
        assertThat(c.domains()).containsExactly(r.domain());
      }
      assertThat(r.accountable()).isPresent();
    });
    assertThat(view.referrals()).anyMatch(r -> r.basis() instanceof DataSharingBasis.Consent);
    // The referrals to other agencies and the agencies the consent also named are nowhere in the document.
    assertThat(json).doesNotContain("clinic-jellinek", "housing-service", "ref-draft", "\"housing\"");
  }

  @Test
  void aSharedReferralWhoseHistoryDoesNotStartWithItsDraftingIsRefusedWhereItIs() {
    String json = STANDARD.writeString(DocumentKind.CASE_VIEW, Scenarios.debtServicesView());
    int drafted = json.indexOf("{\"type\":\"referral.drafted\"");
    int next = json.indexOf("{\"type\":\"referral.basis-recorded\"");
    String broken = json.substring(0, drafted) + json.substring(next);

    CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class,
        () -> STANDARD.read(DocumentKind.CASE_VIEW, broken));
    assertThat(e.code()).isEqualTo(PrivacyCodes.VIEW_HISTORY_NOT_DRAFTED);
    assertThat(e.pointer()).startsWith("/data/referrals/0");
  }
}
