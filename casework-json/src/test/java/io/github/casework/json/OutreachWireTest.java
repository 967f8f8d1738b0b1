package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.casefile.CaseEvent;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.referral.ConsentRegister;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code outreach} and {@code withdrawals} members of a caseload and the {@code outreach.*} lines of a
 * caseload-events stream: what is written reads back equal in both modes, old documents read as before, and the
 * resident's identifiers never reach a message.
 */
class OutreachWireTest {
  private static final CaseworkJson STANDARD = CaseworkJson.standard();
  private static final CaseworkJson STRICT = CaseworkJson.strict();

  private static byte[] stream(CaseloadSnapshot s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    STANDARD.writeCaseloadEvents(s, out);
    return out.toByteArray();
  }

  @Test
  void aCaseloadWithOutreachCasesAndWithdrawalsReadsBackEqualAsADocumentAndAsAStream() {
    CaseloadSnapshot s = OutreachScenarios.caseload();
    byte[] doc = STANDARD.write(DocumentKind.CASELOAD, s);
    for (CaseworkJson json : List.of(STANDARD, STRICT)) {
      CaseloadSnapshot read = json.read(DocumentKind.CASELOAD, doc);
      assertThat(read).isEqualTo(s);
      assertThat(read.outreach()).hasSize(2);
      assertThat(read.consents()).isEqualTo(OutreachScenarios.withdrawals());
      assertThat(read.caseload().outreach()).containsExactly(s.outreach().get(0).state(), s.outreach().get(1).state());
      CaseloadSnapshot fromStream = json.readCaseloadEvents(new ByteArrayInputStream(stream(s)));
      assertThat(fromStream).isEqualTo(s);
      CheckInput input = json.readCheckInput(new ByteArrayInputStream(stream(s)));
      assertThat(input).isEqualTo(CheckInput.of(s));
      assertThat(json.readCaseloadState(new ByteArrayInputStream(stream(s)))).isEqualTo(s.caseload());
    }
  }

  @Test
  void outreachLinesMayComeAnywhereAmongTheAggregatesLinesAndAreNotReturnedAsEvents() {
    CaseloadSnapshot city = Scenarios.cityCaseload().withOutreach(OutreachScenarios.caseload().outreach());
    List<String> lines = new String(stream(city), StandardCharsets.UTF_8).lines().toList();
    List<String> outreach = lines.stream().filter(l -> l.startsWith("{\"type\":\"outreach.")).toList();
    List<String> others = lines.subList(1, lines.size() - outreach.size());
    // Interleave: one outreach line after every aggregate line, each case's lines keeping their order.
    List<String> mixed = new ArrayList<>(List.of(lines.get(0)));
    for (int i = 0; i < Math.max(others.size(), outreach.size()); i++) {
      if (i < others.size()) {
        mixed.add(others.get(i));
      }
      if (i < outreach.size()) {
        mixed.add(outreach.get(i));
      }
    }
    byte[] bytes = (String.join("\n", mixed) + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(STRICT.readCaseloadEvents(new ByteArrayInputStream(bytes))).isEqualTo(city);
    try (EventStreamReader<?, ?> r = STRICT.newEventReader(EventStreamKind.CASELOAD_EVENTS,
        new ByteArrayInputStream(bytes))) {
      long n = 0;
      while (r.hasNext()) {
        assertThat(r.next()).isNotInstanceOf(OutreachEvent.class);
        n++;
      }
      assertThat(n).isEqualTo(others.size());
      assertThat(r.outreach()).isEqualTo(city.outreach());
    }
  }

  @Test
  void onlyACaseloadStreamCarriesOutreachEvents() {
    OutreachEvent opened = OutreachScenarios.referred().events().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventStreamWriter<CaseEvent> w = STANDARD.newEventWriter(EventStreamKind.CASE_EVENTS, out)) {
      assertThatThrownBy(() -> w.writeOutreach(opened)).isInstanceOf(IllegalStateException.class);
      assertThat(w.count()).isZero();
    }
    String line = new String(stream(CaseloadSnapshot.empty().withOutreach(List.of(OutreachScenarios.referred()))),
        StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
    byte[] caseStream = ("{\"format\":\"casework\",\"version\":1,\"kind\":\"case-events\"}\n" + line + "\n")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> {
      try (EventStreamReader<?, ?> r = STRICT.newEventReader(EventStreamKind.CASE_EVENTS,
          new ByteArrayInputStream(caseStream))) {
        r.forEachRemaining(e -> { });
      }
    }).isInstanceOf(CaseworkJsonException.class);
  }

  @Test
  void aSnapshotWithoutTheNewPartsWritesAsBeforeAndItsWithersKeepTheRest() {
    CaseloadSnapshot roster = Scenarios.rosterOnly();
    assertThat(roster.outreach()).isEmpty();
    assertThat(roster.consents()).isEqualTo(ConsentRegister.empty());
    assertThat(roster.withOutreach(List.of())).isSameAs(roster);
    assertThat(roster.withConsents(ConsentRegister.empty())).isSameAs(roster);
    assertThat(new String(STANDARD.write(DocumentKind.CASELOAD, roster), StandardCharsets.UTF_8))
        .doesNotContain("outreach", "withdrawals");
    CaseloadSnapshot s = OutreachScenarios.caseload();
    assertThat(s.withConsents(ConsentRegister.empty()).outreach()).isEqualTo(s.outreach());
    assertThat(s.withOutreach(List.of()).consents()).isEqualTo(s.consents());
  }

  @Test
  void theResidentsIdentifiersNeverReachAMessageOrAToString() {
    String doc = new String(STANDARD.write(DocumentKind.CASELOAD, OutreachScenarios.caseload()),
        StandardCharsets.UTF_8);
    assertThat(doc).contains("111222333", "1102AB");
    String badBsn = doc.replace("111222333", "111222334");
    assertThatThrownBy(() -> STRICT.read(DocumentKind.CASELOAD, badBsn)).isInstanceOf(CaseworkJsonException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("111222334", "11122233"));
    String badPostcode = doc.replace("1102AB", "0102AB");
    assertThatThrownBy(() -> STRICT.read(DocumentKind.CASELOAD, badPostcode)).satisfies(e ->
        assertThat(e.getMessage()).doesNotContain("0102AB", "1102"));
    CaseloadSnapshot s = OutreachScenarios.caseload();
    assertThat(s.outreach().toString() + s.consents() + s.caseload().outreach()).doesNotContain("111222333",
        "1102AB", "client-7f3a");
  }
}
