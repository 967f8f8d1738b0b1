package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.RuleViolationException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values the documents carry: {@link CaseHistory} and {@link AgencyDirectory}. */
class CaseHistoryTest {

  @Test
  void aHistoryIsItsEventsAndTheStateTheyReplayTo() {
    CaseHistory full = Scenarios.fullLifecycle();
    assertThat(full.state()).isEqualTo(Case.replay(full.events()));
    assertThat(CaseHistory.of(full.events())).isEqualTo(full);
    assertThat(full.toString()).contains("case-mr-k").contains("events=17");
  }

  @Test
  void aHistoryTheRulesForbidCannotBeBuilt() {
    List<CaseEvent> events = Scenarios.fullLifecycle().events();
    assertThatThrownBy(() -> CaseHistory.of(List.of())).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> CaseHistory.of(events.subList(1, 3))).isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).code()).isEqualTo(CaseCodes.NOT_OPENED);
    CaseHistory two = CaseHistory.of(events.subList(0, 2));
    assertThatThrownBy(() -> two.append(List.of(events.get(1)))).isInstanceOf(RuleViolationException.class);
    assertThat(two.events()).hasSize(2);
  }

  @Test
  void appendingNothingReturnsTheSameHistory() {
    CaseHistory h = Scenarios.minimal();
    assertThat(h.append(List.of())).isSameAs(h);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Scenarios.minimal(), Scenarios.minimal())
        .addEqualityGroup(Scenarios.fullLifecycle(), CaseHistory.of(Scenarios.fullLifecycle().events()))
        .addEqualityGroup(Scenarios.openWithNeeds())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Scenarios.cityDirectory(), Scenarios.cityDirectory())
        .addEqualityGroup(Scenarios.emptyDirectory())
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().testAllPublicStaticMethods(CaseHistory.class);
    new NullPointerTester().testAllPublicInstanceMethods(Scenarios.minimal());
    new NullPointerTester().testAllPublicStaticMethods(AgencyDirectory.class);
    new NullPointerTester().testAllPublicInstanceMethods(Scenarios.cityDirectory());
    new NullPointerTester().testAllPublicStaticMethods(CaseworkJson.class);
    new NullPointerTester().testAllPublicStaticMethods(DocumentKind.class);
  }

  @Test
  void aDirectoryListsEachAgencyAndProfessionalOnceAndOnlyProfessionalsOfListedAgencies() {
    AgencyDirectory city = Scenarios.cityDirectory();
    Agency welfare = city.agency(Scenarios.WELFARE).orElseThrow();
    assertThat(city.professional(Scenarios.MAARTJE)).map(Professional::role).contains(Role.SOCIAL_WORKER);
    assertThat(city.agency(AgencyId.of("nowhere"))).isEmpty();
    assertThatThrownBy(() -> AgencyDirectory.of(List.of(welfare, welfare), List.of()))
        .hasMessageContaining(Scenarios.WELFARE.value())
        .extracting(e -> ((io.github.casework.CaseworkException) e).code())
        .isEqualTo(JsonCodes.DIRECTORY_DUPLICATE_AGENCY);
    Professional p = new Professional(ProfessionalId.of("p"), Scenarios.WELFARE, Role.MANAGER);
    assertThatThrownBy(() -> AgencyDirectory.of(List.of(welfare), List.of(p, p)))
        .extracting(e -> ((io.github.casework.CaseworkException) e).code())
        .isEqualTo(JsonCodes.DIRECTORY_DUPLICATE_PROFESSIONAL);
    Agency other = Agency.of(AgencyId.of("other"), "Other", AgencyKind.CLINIC, List.of());
    assertThatThrownBy(() -> AgencyDirectory.of(List.of(other), List.of(p)))
        .extracting(e -> ((io.github.casework.CaseworkException) e).code())
        .isEqualTo(JsonCodes.DIRECTORY_UNKNOWN_AGENCY);
  }
}
