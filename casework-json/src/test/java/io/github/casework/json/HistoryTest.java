package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.Decision;
import io.github.casework.InvalidValueException;
import io.github.casework.RuleViolationException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import io.github.casework.testing.Rejections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values the documents carry: {@link History}, shown on cases (the other aggregates in
 * {@link AggregateHistoryTest}), and {@link AgencyDirectory}.
 */
class HistoryTest {

  @Test
  void oneHistoryClassServesEveryAggregateAndHoldsItsAggregateType() {
    History<Case, CaseEvent> minimal = Scenarios.minimal();
    assertThat(minimal.type()).isSameAs(Case.TYPE);
    assertThat(ReferralScenarios.drafted().type()).isSameAs(Referral.TYPE);
    assertThat(EscalationScenarios.raised().type()).isSameAs(Escalation.TYPE);
    assertThat(SignalScenarios.raised().type()).isSameAs(Signal.TYPE);
    assertThat(minimal.as(Case.TYPE)).containsSame(minimal);
    assertThat(minimal.as(Referral.TYPE)).isEmpty();
    assertThat(DocumentKind.of(Case.TYPE)).isSameAs(DocumentKind.CASE);
    assertThat(DocumentKind.of(Signal.TYPE)).isSameAs(DocumentKind.SIGNAL);
    assertThat(DocumentKind.SIGNAL.aggregateType()).containsSame(Signal.TYPE);
    assertThat(DocumentKind.CASELOAD.aggregateType()).isEmpty();
    assertThat(EventStreamKind.of(Referral.TYPE)).isSameAs(EventStreamKind.REFERRAL_EVENTS);
    assertThat(EventStreamKind.CASELOAD_EVENTS.aggregateTypes()).isEqualTo(AggregateType.values());
  }

  @Test
  void eventsHeldAsCaseworkEventsReplayAsTheHistoryOfTheirFirstEventsAggregateType() {
    List<CaseworkEvent> events = List.copyOf(ReferralScenarios.closedLoop().events());
    History<?, ?> h = History.ofAny(events);
    assertThat(h.type()).isSameAs(Referral.TYPE);
    assertThat(h).isEqualTo(ReferralScenarios.closedLoop());
    List<CaseworkEvent> mixed = new java.util.ArrayList<>(events.subList(0, 2));
    mixed.add(Scenarios.minimal().events().get(0));
    assertThatThrownBy(() -> History.ofAny(mixed)).isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).code()).isEqualTo(Referral.TYPE.codes().wrongAggregate());
    // An earlier event the rules forbid is reported first, as a replay in order reports it.
    List<CaseworkEvent> twiceDrafted = List.of(events.get(0), events.get(0), Scenarios.minimal().events().get(0));
    assertThatThrownBy(() -> History.ofAny(twiceDrafted))
        .extracting(e -> ((RuleViolationException) e).code()).isEqualTo(Referral.TYPE.codes().alreadyStarted());
    assertThatThrownBy(() -> History.ofAny(List.of())).isInstanceOf(InvalidValueException.class)
        .extracting(Rejections::code).isEqualTo(JsonCodes.HISTORY_EMPTY);
  }

  @Test
  void aHistoryStartsFromTheDecisionThatStartedItsAggregateAndGrowsByDecisions() {
    Decision<Case, CaseEvent> opened = Case.open(Scenarios.CASE, Scenarios.CLIENT, Scenarios.WELFARE,
        Scenarios.MAARTJE, Scenarios.T0);
    History<Case, CaseEvent> h = History.of(opened);
    assertThat(h).isEqualTo(History.of(Case.TYPE, opened.events()));
    assertThat(h.state()).isEqualTo(opened.state());
    History<Case, CaseEvent> activated = h.append(h.state().decide(new CaseCommand.Activate(Scenarios.T0)));
    assertThat(activated.events()).hasSize(2);
    assertThat(activated.state().version()).isEqualTo(2);
    assertThat(h.events()).hasSize(1);
  }

  @Test
  void aHistoryIsItsEventsAndTheStateTheyReplayTo() {
    History<Case, CaseEvent> full = Scenarios.fullLifecycle();
    assertThat(full.state()).isEqualTo(Case.replay(full.events()));
    assertThat(History.of(Case.TYPE, full.events())).isEqualTo(full);
    assertThat(full.toString()).contains("case-mr-k").contains("events=17");
  }

  @Test
  void aHistoryTheRulesForbidCannotBeBuilt() {
    List<CaseEvent> events = Scenarios.fullLifecycle().events();
    assertThatThrownBy(() -> History.of(Case.TYPE, List.of())).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> History.of(Case.TYPE, events.subList(1, 3))).isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).code()).isEqualTo(CaseCodes.NOT_OPENED);
    History<Case, CaseEvent> two = History.of(Case.TYPE, events.subList(0, 2));
    assertThatThrownBy(() -> two.append(List.of(events.get(1)))).isInstanceOf(RuleViolationException.class);
    assertThat(two.events()).hasSize(2);
  }

  @Test
  void appendingNothingReturnsTheSameHistory() {
    History<Case, CaseEvent> h = Scenarios.minimal();
    assertThat(h.append(List.of())).isSameAs(h);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Scenarios.minimal(), Scenarios.minimal())
        .addEqualityGroup(Scenarios.fullLifecycle(), History.of(Case.TYPE, Scenarios.fullLifecycle().events()))
        .addEqualityGroup(Scenarios.openWithNeeds())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Scenarios.cityDirectory(), Scenarios.cityDirectory())
        .addEqualityGroup(Scenarios.emptyDirectory())
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester histories = new NullPointerTester().setDefault(AggregateType.class, Case.TYPE)
        .setDefault(Decision.class, Case.open(Scenarios.CASE, Scenarios.CLIENT, Scenarios.WELFARE, Scenarios.MAARTJE,
            Scenarios.T0));
    histories.testAllPublicStaticMethods(History.class);
    histories.testAllPublicInstanceMethods(Scenarios.minimal());
    new NullPointerTester().testAllPublicStaticMethods(AgencyDirectory.class);
    new NullPointerTester().testAllPublicInstanceMethods(Scenarios.cityDirectory());
    new NullPointerTester().testAllPublicStaticMethods(CaseworkJson.class);
    histories.testAllPublicStaticMethods(DocumentKind.class);
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
