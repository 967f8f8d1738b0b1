package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.Deadline;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.check.Caseload;
import io.github.casework.check.FindingCode;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.NeedId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.Findings;
import io.github.casework.json.History;
import io.github.casework.json.OutreachHistory;
import io.github.casework.json.ddas.DdasSummary;
import io.github.casework.party.Bsn;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.ConsentRegister;
import io.github.casework.referral.ConsentWithdrawal;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check FILE} and {@code export ddas FILE} over a caseload file that carries outreach cases of early signals
 * and consent withdrawals: the outreach and consent findings come from the file, in either format and language.
 */
class CaseloadFileOutreachTest {
  private static final String BSN = "111222333";
  private static final String AT = "2026-12-15T09:00:00Z";
  private static final AgencyId WELFARE = AgencyId.of("welfare-west");
  private static final AgencyId CLINIC = AgencyId.of("clinic-east");
  private static final ClientId CLIENT = ClientId.of("client-7f3a");
  private static final ProfessionalId MAARTJE = ProfessionalId.of("sw-maartje");

  @TempDir
  Path dir;

  /** A referral sent on the client's consent to share about substance use with the clinic. */
  private static History<Referral, ReferralEvent> referral() {
    Instant at = Instant.parse("2026-12-01T09:00:00Z");
    Decision<Referral, ReferralEvent> drafted = Referral.draft(ReferralId.of("ref-clinic-1"), CLIENT,
        CaseId.of("case-mr-k"), NeedId.of("need-health"), LifeDomain.SUBSTANCE_USE, WELFARE, MAARTJE, CLINIC,
        "detox", at);
    History<Referral, ReferralEvent> h = History.of(drafted);
    h = h.append(h.state().decide(new ReferralCommand.RecordBasis(DataSharingBasis.Consent.of(ConsentGiver.CLIENT,
        MAARTJE, at, List.of(CLINIC), List.of(LifeDomain.SUBSTANCE_USE)), at)));
    return h.append(h.state().decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(30)),
        Deadline.after(Duration.ofDays(60)), at.plusSeconds(60))));
  }

  /** A crisis signal of rent arrears, received on the 1st, with no contact attempt since. */
  private static OutreachHistory crisis(String id, String signal) {
    EarlySignal rent = new EarlySignal(EarlySignalId.of(signal), PartnerType.RENT, true, false, 2100,
        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1), Resident.of(Bsn.parse(BSN)));
    Decision<OutreachCase, OutreachEvent> opened = OutreachCase.open(OutreachId.of(id), WELFARE, List.of(rent),
        Instant.parse("2026-12-01T08:00:00Z"));
    return OutreachHistory.of(opened.events());
  }

  private static ConsentRegister withdrawn() {
    return ConsentRegister.of(List.of(ConsentWithdrawal.of(CLIENT, ConsentGiver.CLIENT, MAARTJE,
        Instant.parse("2026-12-05T10:00:00Z"), List.of(CLINIC), List.of(LifeDomain.SUBSTANCE_USE))));
  }

  private static CaseloadSnapshot snapshot(ConsentRegister consents, OutreachHistory... outreach) {
    return CaseloadSnapshot.of(List.of(referral()), Caseload.builder().build()).withOutreach(List.of(outreach))
        .withConsents(consents);
  }

  private Path document(String name, CaseloadSnapshot s) {
    return Cli.write(dir, name, CaseworkJson.standard().write(DocumentKind.CASELOAD, s));
  }

  private Path stream(String name, CaseloadSnapshot s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CaseworkJson.standard().writeCaseloadEvents(s, out);
    return Cli.write(dir, name, out.toByteArray());
  }

  private static List<FindingCode> codes(Cli.Run run) {
    Findings read = CaseworkJson.strict().read(DocumentKind.FINDINGS, run.out());
    List<FindingCode> codes = new ArrayList<>();
    read.findings().forEach(f -> codes.add(f.code()));
    return codes;
  }

  @Test
  void checkReportsTheOutreachAndConsentFindingsTheFileCarriesInEitherFormatAndLanguage() {
    CaseloadSnapshot s = snapshot(withdrawn(), crisis("vz-crisis", "vs-crisis"));
    for (Path file : List.of(document("caseload.json", s), stream("caseload.ndjson", s))) {
      for (String lang : List.of("nl", "en")) {
        Cli.Run json = Cli.run("check", file.toString(), "--at", AT, "--format", "json", "--lang", lang);
        assertThat(json.err()).as(file + " " + lang).isEmpty();
        assertThat(json.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(codes(json)).as(file + " " + lang).contains(FindingCode.REFERRAL_SHARED_AFTER_WITHDRAWAL,
            FindingCode.OUTREACH_CRISIS_ATTEMPT_OVERDUE);
        Cli.Run table = Cli.run("check", file.toString(), "--at", AT, "--lang", lang);
        assertThat(table.out()).as(file + " " + lang).contains("ref-clinic-1", "vz-crisis");
        // The resident's BSN is in the file, never in what the check prints.
        assertThat(json.out() + table.out() + table.err()).doesNotContain(BSN);
      }
    }
    // Without the withdrawal in the file, nothing is shared after one; the outreach finding stays.
    Cli.Run without = Cli.run("check", document("no-withdrawal.json", snapshot(ConsentRegister.empty(),
        crisis("vz-crisis", "vs-crisis"))).toString(), "--at", AT, "--format", "json");
    assertThat(codes(without)).doesNotContain(FindingCode.REFERRAL_SHARED_AFTER_WITHDRAWAL)
        .contains(FindingCode.OUTREACH_CRISIS_ATTEMPT_OVERDUE);
  }

  @Test
  void exportDdasExportsTheOutreachCasesOfAFileAndRefusesBadDataInOneLine() {
    Path file = document("caseload.json", snapshot(ConsentRegister.empty(), crisis("vz-crisis", "vs-crisis")));
    String[] period = {"--from", "2026-12-01", "--to", "2026-12-31", "--municipality", "0363", "--supplier", "S"};
    Cli.Run run = Cli.run(concat(new String[] {"export", "ddas", file.toString()}, period));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    DdasSummary.Delivery delivery = DdasSummary.read(run.out().getBytes(StandardCharsets.UTF_8)).deliveries().get(0);
    assertThat(delivery.cases()).isEqualTo(1);
    assertThat(delivery.signals()).isEqualTo(1);
    assertThat(run.out()).contains("\"burgerservicenummer\":\"" + BSN + "\"", "\"crisissignaal\":true");

    // Two cases of the file bundle one signal: a one-line error, exit 2, the resident not echoed.
    Path twice = document("twice.json", snapshot(ConsentRegister.empty(), crisis("vz-a", "vs-same"),
        crisis("vz-b", "vs-same")));
    Cli.Run bad = Cli.run(concat(new String[] {"export", "ddas", twice.toString()}, period));
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err().lines()).hasSize(1);
    assertThat(bad.err()).startsWith("casework export ddas: ").contains("[ddas.duplicate-signal]")
        .doesNotContain(BSN);

    // A file that is not a caseload is refused as check refuses it.
    Path notACaseload = Cli.write(dir, "directory.json",
        "{\"format\":\"casework\",\"version\":1,\"kind\":\"agency-directory\",\"data\":{}}\n");
    Cli.Run wrong = Cli.run(concat(new String[] {"export", "ddas", notACaseload.toString()}, period));
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(wrong.err().lines()).hasSize(1);

    assertThat(Cli.run("export", "ddas", "--help").out().replaceAll("\\s+", " ")).contains("FILE",
        "without FILE those of the built-in sample caseload");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
