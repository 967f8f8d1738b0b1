package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.InvalidValueException;
import io.github.casework.casefile.Case;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.id.CaseId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.referral.Referral;
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
  void aMixedStreamKeysStatesByKindAndIdAndCarriesItsContextInTheHeader() {
    try (EventStreamReader<Object, Object> r =
        STRICT.newEventReader(EventStreamKind.CASELOAD_EVENTS, new ByteArrayInputStream(CITY_STREAM))) {
      assertThat(r.context()).contains(Scenarios.contextOf(Scenarios.cityCaseload()));
      r.forEachRemaining(e -> { });
      assertThat(r.stateOf("case:case-mr-k")).containsInstanceOf(Case.class);
      assertThat(r.stateOf("referral:ref-debt-1")).containsInstanceOf(Referral.class);
      assertThat(r.stateOf("case-mr-k")).isEmpty();
      assertThat(r.aggregateCount()).isEqualTo(3 + 7 + 4 + 4);
    }
  }

  @Test
  void aMixedWriterTakesEventsOfEveryKindButNothingElse() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventStreamWriter<Object> w = STANDARD.newEventWriter(EventStreamKind.CASELOAD_EVENTS, out)) {
      w.write(Scenarios.minimal().events().get(0));
      w.write(ReferralScenarios.drafted().events().get(0));
      assertThatThrownBy(() -> w.write("case.opened")).isInstanceOf(IllegalArgumentException.class);
      assertThat(w.count()).isEqualTo(2);
    }
  }

  @Test
  void aHeaderMayBeLongerThanALineButNotThanADocument() {
    Agency big = Agency.of(Scenarios.WELFARE, "x".repeat(150), AgencyKind.WELFARE, List.of());
    CaseloadSnapshot.Builder many = CaseloadSnapshot.builder();
    List<Agency> agencies = new java.util.ArrayList<>();
    for (int i = 0; i < 12_000; i++) {
      agencies.add(Agency.of(io.github.casework.id.AgencyId.of("agency-" + i), big.name(), big.kind(), List.of()));
    }
    CaseloadSnapshot context = many.agencies(agencies).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventStreamWriter<Object> w = STANDARD.newCaseloadWriter(context, out)) {
      w.write(Scenarios.minimal().events().get(0));
    }
    assertThat(out.size()).isGreaterThan(CaseworkJson.MAX_LINE_BYTES);
    CaseloadSnapshot back = STANDARD.readCaseloadEvents(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.agencies()).hasSize(12_000);
    assertThat(back.cases()).containsExactly(Scenarios.minimal());
  }

  @Test
  void idsAreDistinctWithinEachList() {
    assertThatThrownBy(() -> CaseloadSnapshot.builder().cases(List.of(Scenarios.minimal(), Scenarios.minimal()))
        .build()).isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("caseload.duplicate-id");
    assertThatThrownBy(() -> CaseloadSnapshot.builder().areas(ImmutableMap.of(Scenarios.CASE, Area.of("a")))
        .areas(ImmutableMap.of(Scenarios.CASE, Area.of("b"))).build())
        .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("caseload.duplicate-id");
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Scenarios.cityCaseload(), Scenarios.cityCaseload())
        .addEqualityGroup(CaseloadSnapshot.empty(), CaseloadSnapshot.builder().build())
        .addEqualityGroup(Scenarios.rosterOnly())
        .testEquals();
    NullPointerTester t = new NullPointerTester()
        .setDefault(CaseloadSnapshot.class, CaseloadSnapshot.empty())
        .setDefault(DocumentKind.class, DocumentKind.CASE)
        .setDefault(EventStreamKind.class, EventStreamKind.CASE_EVENTS);
    t.testAllPublicStaticMethods(CaseloadSnapshot.class);
    t.testAllPublicInstanceMethods(CaseloadSnapshot.builder());
    t.testAllPublicInstanceMethods(STANDARD);
  }
}
