package io.github.casework.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.casework.LifeDomain;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Role;
import io.github.casework.testing.Rejections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Net als al die andere gescheiden mannen": five divorced working men, each refused housing priority in the same
 * quarter and district, are no longer five incidents but one structural signal.
 */
class SignalDetectorTest {
  static final Quarter Q4 = Quarter.of(2026, 4);
  static final Area WEST = Area.of("wijk-west");
  static final IncidentShape PRIORITY_REFUSED =
      IncidentShape.refusal("not-eligible", LifeDomain.HOUSING, AgencyKind.HOUSING_SERVICE, WEST);

  /** The housing service refuses the n-th divorced working man priority, a week apart. */
  static Incident refusedPriority(int n) {
    return Incident.refusal(ReferralId.of("ref-man-" + n), CaseId.of("case-man-" + n), PRIORITY_REFUSED,
        Instant.parse("2026-10-05T10:00:00Z").plusSeconds(7L * 86_400 * n));
  }

  static List<Incident> men(int count) {
    List<Incident> out = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      out.add(refusedPriority(n));
    }
    return out;
  }

  @Test
  void fiveDivorcedWorkingMenRefusedHousingPriorityInOneQuarterAndAreaBecomeOneStructuralSignal() {
    // Noise: other shapes, other areas, other quarters.
    List<Incident> incidents = new ArrayList<>(men(5));
    incidents.add(Incident.refusal(ReferralId.of("ref-shelter-1"), CaseId.of("case-man-1"),
        IncidentShape.refusal("no-capacity", LifeDomain.HOUSING, AgencyKind.SHELTER, WEST),
        Instant.parse("2026-10-06T10:00:00Z")));
    incidents.add(Incident.refusal(ReferralId.of("ref-east-1"), CaseId.of("case-east-1"),
        IncidentShape.refusal("not-eligible", LifeDomain.HOUSING, AgencyKind.HOUSING_SERVICE, Area.of("wijk-oost")),
        Instant.parse("2026-10-07T10:00:00Z")));
    incidents.add(Incident.refusal(ReferralId.of("ref-man-0"), CaseId.of("case-man-0"), PRIORITY_REFUSED,
        Instant.parse("2027-01-04T10:00:00Z")));
    Collections.reverse(incidents);

    ImmutableList<SignalProposal> proposals = SignalDetector.of(5).detect(incidents, Q4);

    assertThat(proposals).hasSize(1);
    SignalProposal p = proposals.get(0);
    assertThat(p.shape()).isEqualTo(PRIORITY_REFUSED);
    assertThat(p.period()).isEqualTo(Q4);
    assertThat(p.trend()).isEqualTo(Trend.NEW);
    assertThat(p.incidents()).containsExactlyElementsOf(men(5));
    assertThat(p.refusalIds()).extracting(ReferralId::value)
        .containsExactly("ref-man-1", "ref-man-2", "ref-man-3", "ref-man-4", "ref-man-5");
    assertThat(p.evidence().caseCount()).isEqualTo(5);
    assertThat(p.evidence().refusalCount()).isEqualTo(5);
    assertThat(p.evidence().escalationCount()).isZero();

    // The vakgroep raises it, in its own words, to its manager.
    Signal signal = p.raise(SignalId.of("sig-divorced-men"),
        List.of(ProfessionalId.of("sw-maartje"), ProfessionalId.of("sw-roos")),
        Addressee.of(AgencyId.of("mokummerwijs"), Role.MANAGER), "divorced working men without housing",
        Instant.parse("2027-01-08T09:00:00Z")).state();
    assertThat(signal.observation().period()).isEqualTo(Q4);
    assertThat(signal.observation().area()).isEqualTo(WEST);
    assertThat(signal.observation().topic().domain()).isEqualTo(LifeDomain.HOUSING);
    assertThat(signal.observation().evidence().refusalIds()).hasSize(5);
    assertThat(signal.responseDue()).isEqualTo(Instant.parse("2027-04-08T09:00:00Z"));
  }

  @Test
  void fourDoNotReachAThresholdOfFive() {
    assertThat(SignalDetector.of(5).detect(men(4), Q4)).isEmpty();
    assertThat(SignalDetector.of(4).detect(men(4), Q4)).hasSize(1);
  }

  @Test
  void oneManRefusedFiveTimesIsNoPattern() {
    List<Incident> sameCase = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      sameCase.add(Incident.refusal(ReferralId.of("ref-k-" + n), CaseId.of("case-k"), PRIORITY_REFUSED,
          Instant.parse("2026-10-05T10:00:00Z").plusSeconds(86_400L * n)));
    }
    assertThat(SignalDetector.of(5).detect(sameCase, Q4)).isEmpty();
    assertThat(SignalDetector.of(1).detect(sameCase, Q4).get(0).incidents()).hasSize(5);
  }

  @Test
  void theTrendComparesDistinctCasesWithThePreviousQuarter() {
    List<Incident> incidents = new ArrayList<>(men(5));
    for (int n = 1; n <= 3; n++) {
      incidents.add(Incident.refusal(ReferralId.of("ref-q3-" + n), CaseId.of("case-q3-" + n), PRIORITY_REFUSED,
          Instant.parse("2026-08-01T10:00:00Z").plusSeconds(86_400L * n)));
    }
    SignalProposal p = SignalDetector.of(5).detect(incidents, Q4).get(0);
    assertThat(p.trend()).isEqualTo(Trend.INCREASING);
    assertThat(p.previousCases()).isEqualTo(3);
    assertThat(p.incidents()).hasSize(5);
  }

  @Test
  void proposalsAreOrderedByCasesThenShapeWhateverTheInputOrder() {
    IncidentShape escalated = IncidentShape.escalation(EscalationReason.RULE_CONFLICT, LifeDomain.HOUSING,
        AgencyKind.HOUSING_SERVICE, WEST);
    List<Incident> incidents = new ArrayList<>(men(3));
    for (int n = 1; n <= 4; n++) {
      incidents.add(Incident.escalation(EscalationId.of("esc-" + n), CaseId.of("case-esc-" + n), escalated,
          Instant.parse("2026-11-01T10:00:00Z")));
    }
    incidents.add(Incident.escalation(EscalationId.of("esc-9"), CaseId.of("case-man-1"),
        IncidentShape.escalation(EscalationReason.DEADLOCK, LifeDomain.HOUSING, AgencyKind.SHELTER, WEST),
        Instant.parse("2026-11-02T10:00:00Z")));
    ImmutableList<SignalProposal> forward = SignalDetector.of(1).detect(incidents, Q4);
    Collections.reverse(incidents);
    assertThat(SignalDetector.of(1).detect(incidents, Q4)).isEqualTo(forward);
    assertThat(forward).extracting(p -> p.cases().size()).containsExactly(4, 3, 1);
    assertThat(forward.get(0).incidents()).extracting(Incident::id)
        .containsExactly("esc-1", "esc-2", "esc-3", "esc-4");
    assertThat(forward.get(0).escalationIds()).hasSize(4);
  }

  @Test
  void anIncidentGivenTwiceCountsOnceAndConflictingIncidentsAreRejected() {
    List<Incident> twice = new ArrayList<>(men(4));
    twice.addAll(men(4));
    assertThat(SignalDetector.of(5).detect(twice, Q4)).isEmpty();
    List<Incident> conflicting = new ArrayList<>(men(2));
    conflicting.add(Incident.refusal(ReferralId.of("ref-man-1"), CaseId.of("case-other"), PRIORITY_REFUSED,
        Instant.parse("2026-10-05T10:00:00Z")));
    assertThatThrownBy(() -> SignalDetector.of(5).detect(conflicting, Q4))
        .extracting(Rejections::code).isEqualTo(SignalCodes.CONFLICTING_INCIDENT);
    assertThatThrownBy(() -> SignalDetector.of(0)).extracting(Rejections::code)
        .isEqualTo("signal-detector.threshold");
  }

  @Test
  void incidentsAndProposalsCheckTheirShape() {
    IncidentShape escalated = IncidentShape.escalation(EscalationReason.RULE_CONFLICT, LifeDomain.HOUSING,
        AgencyKind.HOUSING_SERVICE, WEST);
    assertThatThrownBy(() -> Incident.refusal(ReferralId.of("r"), CaseId.of("c"), escalated, Instant.EPOCH))
        .extracting(Rejections::code).isEqualTo("incident.reason-required");
    assertThatThrownBy(() -> Incident.escalation(EscalationId.of("e"), CaseId.of("c"), PRIORITY_REFUSED,
        Instant.EPOCH)).extracting(Rejections::code).isEqualTo("incident.reason-required");
    assertThatThrownBy(() -> IncidentShape.refusal("Not Eligible", LifeDomain.HOUSING, AgencyKind.SHELTER, WEST))
        .extracting(Rejections::code).isEqualTo("incident-shape.invalid-refusal-reason");
    assertThatThrownBy(() -> new Incident(IncidentKind.REFUSAL, "bad id", CaseId.of("c"), PRIORITY_REFUSED,
        Instant.EPOCH)).extracting(Rejections::code).isEqualTo("id.invalid-character");
    assertThatThrownBy(() -> new SignalProposal(escalated, Q4, Trend.NEW, 0, ImmutableList.of(refusedPriority(1))))
        .extracting(Rejections::code).isEqualTo("signal-proposal.mixed-shapes");
    assertThatThrownBy(() -> new SignalProposal(PRIORITY_REFUSED, Q4, Trend.NEW, 0, ImmutableList.of()))
        .extracting(Rejections::code).isEqualTo("signal-proposal.empty");
    assertThat(new SignalProposal(PRIORITY_REFUSED, Q4, Trend.NEW, 0,
        ImmutableList.of(refusedPriority(2), refusedPriority(1))).incidents())
        .containsExactly(refusedPriority(1), refusedPriority(2));
  }
}
