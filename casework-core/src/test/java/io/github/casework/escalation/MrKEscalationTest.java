package io.github.casework.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.signal.Area;
import io.github.casework.signal.Incident;
import io.github.casework.signal.IncidentKind;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.SignalDetector;
import io.github.casework.testing.Rejections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The story of Mr. K. from the seed article, end to end: 58, divorced, works at the flower auction; the housing
 * service refuses him priority because the age rule was dropped; the shelter (HVO) is full; his social worker
 * Maartje goes "er op af" — first to the refusing official, then, beyond her mandate and without waiting for her
 * manager, to a senior official — and priority is granted. An incident with an incidental solution: the escalation
 * is marked as one. Going beyond the mandate is recorded, and she owes her manager word of it within two working
 * days; under a strict mandate the same step is refused.
 */
class MrKEscalationTest {
  static final AgencyId WELFARE = AgencyId.of("mokummerwijs");
  static final Agency DIENST_WONEN = Agency.of(AgencyId.of("dienst-wonen"), "Dienst Wonen",
      AgencyKind.HOUSING_SERVICE, List.of(AgencyService.of("housing-priority", "Priority for housing",
          List.of(LifeDomain.HOUSING))));
  static final Agency HVO = Agency.of(AgencyId.of("hvo"), "Hulp voor Onbehuisden", AgencyKind.SHELTER,
      List.of(AgencyService.of("night-shelter", "Night shelter", List.of(LifeDomain.HOUSING))));
  static final Professional MAARTJE =
      new Professional(ProfessionalId.of("sw-maartje"), WELFARE, Role.SOCIAL_WORKER);
  static final ProfessionalId OFFICIAL = ProfessionalId.of("dw-official");
  static final ProfessionalId SENIOR_OFFICIAL = ProfessionalId.of("dw-senior-official");
  static final CaseId CASE = CaseId.of("case-mr-k");
  static final NeedId HOUSING = NeedId.of("need-housing");
  static final ReferralId PRIORITY_REQUEST = ReferralId.of("ref-k-housing-priority");
  static final ReferralId SHELTER_REQUEST = ReferralId.of("ref-k-shelter");
  static final Area WEST = Area.of("wijk-west");
  /** The welfare organisation lets its social workers address a frontline official on their own. */
  static final Mandates MANDATES = Mandates.of(List.of(
      Mandate.of(WELFARE, Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL),
      Mandate.of(WELFARE, Role.TEAM_LEAD, LadderLevel.MANAGEMENT)));

  static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void mrKIsGrantedPriorityAfterEscalatingToSeniorOfficial() {
    // His case: the housing need is urgent, and Maartje is accountable for it.
    Case mrK = Case.open(CASE, ClientId.of("client-k"), WELFARE, MAARTJE.id(), at("2026-10-05T09:00:00Z")).state()
        .decide(new CaseCommand.RegisterNeed(HOUSING, LifeDomain.HOUSING, Urgency.URGENT, MAARTJE.id(),
            at("2026-10-05T10:00:00Z"))).state()
        .decide(new CaseCommand.Activate(at("2026-10-05T10:00:00Z"))).state();

    // The refusals, as the signal detector will see them: no priority (the age rule was dropped), shelter full.
    Incident priorityRefused = Incident.refusal(PRIORITY_REQUEST, CASE, IncidentShape.refusal("not-eligible",
        LifeDomain.HOUSING, AgencyKind.HOUSING_SERVICE, WEST), at("2026-10-12T11:00:00Z"));
    Incident shelterFull = Incident.refusal(SHELTER_REQUEST, CASE, IncidentShape.refusal("no-capacity",
        LifeDomain.HOUSING, AgencyKind.SHELTER, WEST), at("2026-10-14T15:00:00Z"));
    assertThat(HVO.kind()).isEqualTo(shelterFull.shape().targetKind());

    // Maartje disputes the refusal and goes at it directly.
    List<EscalationEvent> history = new ArrayList<>();
    Decision<Escalation, EscalationEvent> d = Escalation.raise(EscalationId.of("esc-k"),
        EscalationSubject.need(CASE, HOUSING, LifeDomain.HOUSING).blockedBy(PRIORITY_REQUEST),
        EscalationReason.DISPUTED_REFUSAL, Target.of(DIENST_WONEN), MAARTJE, MANDATES.mandateOf(MAARTJE),
        Route.DIRECT, at("2026-10-21T09:00:00Z"));
    history.addAll(d.events());
    Escalation e = d.state();

    // First to the refusing official, within her mandate.
    d = e.decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, at("2026-10-21T10:00:00Z")));
    history.addAll(d.events());
    e = d.state();

    // He hides behind his superior and the rules; "who says A must dare to say B". Going via her own manager "may
    // take much longer, or vanish under other priorities": she takes the risk and goes higher herself, beyond her
    // mandate, the same day.
    d = e.decide(EscalationCommand.Climb.beyondMandate(LadderLevel.SUPERVISOR, SENIOR_OFFICIAL,
        BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW, at("2026-10-21T14:00:00Z")));
    history.addAll(d.events());
    e = d.state();
    assertThat(e.beyondMandateSteps()).singleElement().satisfies(b -> {
      assertThat(b.level()).isEqualTo(LadderLevel.SUPERVISOR);
      assertThat(b.mandate()).isEqualTo(MANDATES.mandateOf(MAARTJE));
      assertThat(b.reason()).isEqualTo(BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW);
    });
    // Two working days to tell her manager: Wednesday 21 October, so by the end of Friday 23 October.
    assertThat(e.informManagerDueDate(ServiceNorms.dutchDefaults())).contains(LocalDate.of(2026, 10, 23));

    // Priority is granted.
    d = e.decide(new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, at("2026-11-03T16:00:00Z")));
    history.addAll(d.events());
    e = d.state();
    assertThat(e.isInformManagerOverdue(ServiceNorms.dutchDefaults(), at("2026-11-03T16:00:00Z"))).isTrue();
    // Accountability after the fact: she tells her manager, the escalation resolved already.
    d = e.decide(new EscalationCommand.InformManager(at("2026-11-04T09:00:00Z")));
    history.addAll(d.events());
    e = d.state();

    assertThat(e.steps()).extracting(Step::level, Step::addressed).containsExactly(
        tuple(LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL),
        tuple(LadderLevel.SUPERVISOR, SENIOR_OFFICIAL));
    assertThat(e.route()).isEqualTo(Route.DIRECT);
    assertThat(e.managerInformedAt()).contains(at("2026-11-04T09:00:00Z"));
    assertThat(e.isInformManagerOverdue(ServiceNorms.dutchDefaults(), at("2026-11-04T09:00:00Z"))).isFalse();
    assertThat(e.outcome()).contains(Outcome.PRIORITY_GRANTED);
    assertThat(e.resolvedAt()).contains(at("2026-11-03T16:00:00Z"));
    // "This is an incident with an incidental solution": marked as needing a structural answer.
    assertThat(e.isIncident()).isTrue();
    assertThat(history).extracting(EscalationEvent::type).containsExactly("escalation.raised",
        "escalation.climbed", "escalation.climbed", "escalation.resolved", "escalation.manager-informed");
    assertThat(Escalation.replay(history)).isEqualTo(e);
    Escalation resolved = e;
    assertThatThrownBy(() -> resolved.decide(new EscalationCommand.Resolve(Outcome.REFUSED,
        at("2026-11-04T10:00:00Z")))).extracting(Rejections::code).isEqualTo(EscalationCodes.RESOLVED);

    // The senior official accepts accountability for the housing need (a warm handover); the case can close.
    mrK = mrK.decide(new CaseCommand.DisposeNeed(HOUSING, new Disposition.HandedOver(SENIOR_OFFICIAL,
        DIENST_WONEN.id(), at("2026-11-10T14:00:00Z")))).state()
        .decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, at("2026-11-12T09:00:00Z"))).state();
    assertThat(mrK.status()).isEqualTo(CaseStatus.CLOSED);

    // The incident, with the refusals, is what the signal detector looks at; one client alone is no pattern.
    Incident escalated = Incident.of(e, WEST);
    assertThat(escalated.kind()).isEqualTo(IncidentKind.ESCALATION);
    assertThat(escalated.escalationId()).contains(EscalationId.of("esc-k"));
    assertThat(escalated.shape()).isEqualTo(IncidentShape.escalation(EscalationReason.DISPUTED_REFUSAL,
        LifeDomain.HOUSING, AgencyKind.HOUSING_SERVICE, WEST));
    assertThat(SignalDetector.of(1).detect(List.of(priorityRefused, shelterFull, escalated), Quarter.of(2026, 4)))
        .hasSize(3)
        .allSatisfy(p -> assertThat(p.cases()).isEqualTo(Set.of(CASE)));
    assertThat(SignalDetector.of(2).detect(List.of(priorityRefused, shelterFull, escalated), Quarter.of(2026, 4)))
        .isEmpty();
  }

  @Test
  void whereTheOrganisationHoldsAStrictMandateMaartjeCannotGoAboveItWithoutTellingHerManagerFirst() {
    Mandate strict = MANDATES.mandateOf(MAARTJE).withPolicy(MandatePolicy.STRICT);
    Escalation e = Escalation.raise(EscalationId.of("esc-k"),
        EscalationSubject.need(CASE, HOUSING, LifeDomain.HOUSING).blockedBy(PRIORITY_REQUEST),
        EscalationReason.DISPUTED_REFUSAL, Target.of(DIENST_WONEN), MAARTJE, strict,
        Route.DIRECT, at("2026-10-21T09:00:00Z")).state()
        .decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, at("2026-10-21T10:00:00Z")))
        .state();
    for (EscalationCommand.Climb climb : List.of(
        new EscalationCommand.Climb(LadderLevel.SUPERVISOR, SENIOR_OFFICIAL, at("2026-10-21T14:00:00Z")),
        EscalationCommand.Climb.beyondMandate(LadderLevel.SUPERVISOR, SENIOR_OFFICIAL,
            BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW, at("2026-10-21T14:00:00Z")))) {
      assertThatThrownBy(() -> e.decide(climb)).extracting(Rejections::code)
          .isEqualTo(EscalationCodes.BEYOND_MANDATE);
    }
    assertThat(e.currentLevel()).contains(LadderLevel.FRONTLINE_OFFICIAL);
    // Today's behaviour: she informs her manager first, then goes higher; nothing is beyond the mandate.
    Escalation up = e.decide(new EscalationCommand.InformManager(at("2026-10-21T13:00:00Z"))).state()
        .decide(new EscalationCommand.Climb(LadderLevel.SUPERVISOR, SENIOR_OFFICIAL, at("2026-10-21T14:00:00Z")))
        .state();
    assertThat(up.currentLevel()).contains(LadderLevel.SUPERVISOR);
    assertThat(up.beyondMandateSteps()).isEmpty();
    assertThat(up.informManagerDue(ServiceNorms.dutchDefaults())).isEmpty();
  }
}
