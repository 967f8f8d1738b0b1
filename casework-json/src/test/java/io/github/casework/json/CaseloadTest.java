package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.id.CaseId;
import io.github.casework.id.ReferralId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Area;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caseload snapshot, its document and its mixed stream, mapped exactly onto the check's {@link Caseload}. */
class CaseloadTest {

  static final byte[] CITY_STREAM = JsonTesting.bytes(JsonTesting.VECTORS.resolve("caseload-events/city.ndjson"));

  @Test
  void aSnapshotGivesTheChecksCaseloadPartForPart() {
    CaseloadSnapshot city = Scenarios.cityCaseload();
    Caseload c = city.caseload();
    assertThat(c.cases()).containsExactly(Scenarios.fullLifecycle().state(), Scenarios.openWithNeeds().state(),
        Scenarios.referralsAndThreats().state());
    assertThat(c.referrals()).map(Referral::id).containsExactlyElementsOf(
        city.referrals().stream().map(h -> h.state().id()).toList());
    assertThat(c.escalations()).hasSize(4);
    assertThat(c.signals()).hasSize(4);
    assertThat(c.agencies()).isEqualTo(Scenarios.cityDirectory().agencies());
    assertThat(c.professionals()).isEqualTo(Scenarios.cityDirectory().professionals());
    assertThat(c.mandates()).isEqualTo(EscalationScenarios.MANDATES);
    assertThat(c.areas()).containsEntry(CaseId.of("case-wgs"), Area.of("1055")).hasSize(3);
  }

  @Test
  void theCheckRunsOnACaseloadReadFromEitherForm() {
    CaseloadSnapshot fromDocument = STRICT.read(DocumentKind.CASELOAD,
        JsonTesting.bytes(JsonTesting.VECTORS.resolve("caseload/city.json")));
    CaseloadSnapshot fromStream = STRICT.readCaseloadEvents(new ByteArrayInputStream(CITY_STREAM));
    assertThat(fromStream).isEqualTo(fromDocument).isEqualTo(Scenarios.cityCaseload());
    Instant at = Instant.parse("2026-09-01T09:00:00Z");
    List<Finding> findings = CaseloadCheck.of(ServiceNorms.dutchDefaults()).run(fromDocument.caseload(), at);
    assertThat(findings).isNotEmpty();
    // The check's output travels as a findings document.
    Findings report = Findings.of(at, findings);
    String json = STANDARD.writeString(DocumentKind.FINDINGS, report);
    assertThat(STRICT.read(DocumentKind.FINDINGS, json)).isEqualTo(report);
    JsonTesting.assertSchemaValid("findings.schema.json", json);
  }

  @Test
  void writingACaseloadAsAStreamGivesTheCanonicalVector() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    STANDARD.writeCaseloadEvents(Scenarios.cityCaseload(), out);
    assertThat(out.toByteArray()).isEqualTo(CITY_STREAM);
  }

  @Test
  void aMixedStreamKeysStatesByAggregateIdAndCarriesItsContextInTheHeader() {
    try (EventStreamReader<CaseworkEvent, Aggregate<?, ?, ?>> r =
        STRICT.newEventReader(EventStreamKind.CASELOAD_EVENTS, new ByteArrayInputStream(CITY_STREAM))) {
      assertThat(r.context()).contains(Scenarios.contextOf(Scenarios.cityCaseload()));
      r.forEachRemaining(e -> { });
      assertThat(r.stateOf(CaseId.of("case-mr-k"))).containsInstanceOf(Case.class);
      assertThat(r.stateOf(ReferralId.of("ref-debt-1"))).containsInstanceOf(Referral.class);
      // Ids of different kinds are never equal, even with the same text.
      assertThat(r.stateOf(ReferralId.of("case-mr-k"))).isEmpty();
      assertThat(r.aggregateCount()).isEqualTo(3 + 7 + 4 + 4);
    }
  }

  @Test
  void aMixedWriterTakesEventsOfEveryKind() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventStreamWriter<CaseworkEvent> w = STANDARD.newEventWriter(EventStreamKind.CASELOAD_EVENTS, out)) {
      w.write(Scenarios.minimal().events().get(0));
      w.write(ReferralScenarios.drafted().events().get(0));
      assertThat(w.count()).isEqualTo(2);
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aSingleKindWriterRejectsAnotherKindsEventSmuggledPastTheCompiler() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventStreamWriter<CaseEvent> w = STANDARD.newEventWriter(EventStreamKind.CASE_EVENTS, out)) {
      EventStreamWriter raw = w;
      assertThatThrownBy(() -> raw.write(ReferralScenarios.drafted().events().get(0)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("ref-");
      assertThat(w.count()).isZero();
    }
  }

  @Test
  void aHeaderMayBeLongerThanALineButNotThanADocument() {
    Agency big = Agency.of(Scenarios.WELFARE, "x".repeat(150), AgencyKind.WELFARE, List.of());
    List<Agency> agencies = new java.util.ArrayList<>();
    for (int i = 0; i < 12_000; i++) {
      agencies.add(Agency.of(io.github.casework.id.AgencyId.of("agency-" + i), big.name(), big.kind(), List.of()));
    }
    CaseloadSnapshot context = CaseloadSnapshot.of(List.of(), Caseload.builder().agencies(agencies).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventStreamWriter<CaseworkEvent> w = STANDARD.newCaseloadWriter(context, out)) {
      w.write(Scenarios.minimal().events().get(0));
    }
    assertThat(out.size()).isGreaterThan(CaseworkJson.MAX_LINE_BYTES);
    CaseloadSnapshot back = STANDARD.readCaseloadEvents(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.agencies()).hasSize(12_000);
    assertThat(back.cases()).containsExactly(Scenarios.minimal());
  }

  @Test
  void idsAreDistinctWithinEachList() {
    Caseload none = Caseload.builder().build();
    assertThatThrownBy(() -> CaseloadSnapshot.of(List.of(Scenarios.minimal(), Scenarios.minimal()), none))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("caseload.duplicate-id");
    // A case and a referral may share an id text: they are in different lists.
    History<Referral, ReferralEvent> sameText = ReferralScenarios.draft(Scenarios.CASE.value(),
        Scenarios.DEBT_SERVICES, "debt-rescheduling", LifeDomain.FINANCES, 0);
    assertThat(CaseloadSnapshot.of(List.of(Scenarios.minimal(), sameText), none).histories())
        .containsExactly(Scenarios.minimal(), sameText);
  }

  @Test
  void ofSortsHistoriesByKindKeepingEachKindsOrderAndTakesOnlyTheContextOfTheCaseload() {
    CaseloadSnapshot city = Scenarios.cityCaseload();
    List<History<?, ?>> reversed = new java.util.ArrayList<>(city.histories());
    java.util.Collections.reverse(reversed);
    CaseloadSnapshot back = CaseloadSnapshot.of(reversed, city.caseload());
    assertThat(back.cases()).containsExactlyElementsOf(city.cases().reverse());
    assertThat(back.signals()).containsExactlyElementsOf(city.signals().reverse());
    assertThat(back.caseload().agencies()).isEqualTo(city.agencies());
    assertThat(CaseloadSnapshot.of(List.of(), city.caseload())).isEqualTo(Scenarios.contextOf(city));
    assertThat(CaseloadSnapshot.of(List.of(), city.caseload()).cases()).isEmpty();
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Scenarios.cityCaseload(), Scenarios.cityCaseload())
        .addEqualityGroup(CaseloadSnapshot.empty(), CaseloadSnapshot.of(List.of(), Caseload.builder().build()))
        .addEqualityGroup(Scenarios.rosterOnly())
        .testEquals();
    NullPointerTester t = new NullPointerTester()
        .setDefault(CaseloadSnapshot.class, CaseloadSnapshot.empty())
        .setDefault(Caseload.class, Caseload.builder().build())
        .setDefault(DocumentKind.class, DocumentKind.CASE)
        .setDefault(EventStreamKind.class, EventStreamKind.CASE_EVENTS)
        .setDefault(AggregateType.class, Case.TYPE);
    t.testAllPublicStaticMethods(CaseloadSnapshot.class);
    t.testAllPublicInstanceMethods(Scenarios.cityCaseload());
    t.testAllPublicInstanceMethods(STANDARD);
  }
}
