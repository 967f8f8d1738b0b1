package io.github.casework.json.ddas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.casework.Decision;
import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.EarlySignalStatus;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.Ending;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachCommand;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.AgencyId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.OutreachId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.OutreachHistory;
import io.github.casework.party.Bsn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The DDAS delivery of outreach cases read from a caseload file: the sample files validate against the Uitwisselmodel
 * v1.2 schema, and a case is reported as it stood at the end of the period, not as it stands when exported.
 */
class DdasFileExportTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final DdasRequest AUTUMN = new DdasRequest("CASEWORK", "0363", "Welzijn Zuidoost",
      LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), Instant.parse("2027-01-05T10:00:00Z"), AMSTERDAM);
  private static final DdasRequest JANUARY = new DdasRequest("CASEWORK", "0363", "Welzijn Zuidoost",
      LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Instant.parse("2026-03-05T10:00:00Z"), AMSTERDAM);

  private static Path sample(String name) {
    String basedir = System.getProperty("basedir");
    Path module = basedir == null || basedir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(basedir);
    Path file = module.resolve("../samples").resolve(name).normalize();
    assumeTrue(Files.isRegularFile(file), "the sample caseload is not at " + file);
    return file;
  }

  /**
   * The Uitwisselmodel v1.2 schema, from where {@code DdasExportTest} finds it (that test is casework-json's own:
   * it reads JSON with Jackson, so the Jackson 3 twin does not derive it; this one it does).
   */
  private static Schema uitwisselmodel() throws IOException {
    String override = System.getProperty("casework.ddas.ref", System.getenv("CASEWORK_DDAS_REF"));
    String basedir = System.getProperty("basedir");
    Path module = basedir == null || basedir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(basedir);
    Path folder = override != null && !override.isBlank() ? Path.of(override)
        : module.resolve("../../shared/ref/ddas").normalize();
    Path file = folder.resolve("v1.2/json_schema_Uitwisselmodel.json");
    assumeTrue(Files.isRegularFile(file), "the DDAS reference data is not at " + file
        + " (set -Dcasework.ddas.ref=DIR or CASEWORK_DDAS_REF to the folder with v1.2/)");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Matcher id = Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
    assertThat(id.find()).as("the schema names its $id").isTrue();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
            .schemas(iri -> iri.equals(id.group(1)) ? text : null));
    return registry.getSchema(SchemaLocation.of(id.group(1)));
  }

  @Test
  void theDeliveryOfTheSampleFilesValidatesAgainstTheUitwisselmodelSchema() throws IOException {
    CaseloadSnapshot snapshot;
    CaseloadSnapshot stream;
    try (InputStream in = Files.newInputStream(sample("caseload.json"))) {
      snapshot = CaseworkJson.strict().read(DocumentKind.CASELOAD, in);
    }
    try (InputStream in = Files.newInputStream(sample("caseload.ndjson"))) {
      stream = CaseworkJson.strict().readCaseloadEvents(in);
    }
    assertThat(snapshot.outreach()).as("the sample file carries outreach cases").isNotEmpty()
        .isEqualTo(stream.outreach());
    ImmutableList<OutreachCase> cases = DdasExport.atPeriodEnd(AUTUMN, snapshot.outreach());
    byte[] delivery = DdasExport.toBytes(AUTUMN, cases);
    assertThat(uitwisselmodel().validate(new String(delivery, StandardCharsets.UTF_8), InputFormat.JSON))
        .as("schema errors").isEmpty();
    assertThat(DdasSummary.read(delivery)).isEqualTo(DdasSummary.of(AUTUMN, cases));
    assertThat(DdasSummary.read(delivery).deliveries().get(0).cases()).isEqualTo(snapshot.outreach().size());
  }

  /** A case opened on the 10th of January, taken up and reached in January, closed with advice in February. */
  private static OutreachHistory closedInFebruary() {
    EarlySignal rent = new EarlySignal(EarlySignalId.of("vs-late"), PartnerType.RENT, false, false, 900,
        LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 9), Resident.of(Bsn.parse("111222333")));
    Decision<OutreachCase, OutreachEvent> d = OutreachCase.open(OutreachId.of("vz-late"),
        AgencyId.of("welzijn-zuidoost"), List.of(rent), Instant.parse("2026-01-10T09:00:00Z"));
    List<OutreachEvent> events = new ArrayList<>(d.events());
    OutreachCase c = d.state();
    for (OutreachCommand command : List.of(
        new OutreachCommand.TakeUp(LocalDate.of(2026, 1, 12), Instant.parse("2026-01-12T09:00:00Z")),
        new OutreachCommand.RecordAttempt(new ContactAttempt(ContactKind.PHONE, true, LocalDate.of(2026, 1, 31),
            Optional.empty()), Instant.parse("2026-01-31T23:30:00Z")),
        new OutreachCommand.RecordAttempt(new ContactAttempt(ContactKind.HOME_VISIT, true, LocalDate.of(2026, 2, 2),
            Optional.empty()), Instant.parse("2026-02-02T09:00:00Z")),
        new OutreachCommand.Close(Ending.of(EndResult.BUDGET_ADVICE_OR_QUICK_FIX),
            Instant.parse("2026-02-10T09:00:00Z")))) {
      Decision<OutreachCase, OutreachEvent> next = c.decide(command);
      events.addAll(next.events());
      c = next.state();
    }
    return OutreachHistory.of(events);
  }

  @Test
  void aCaseIsReportedAsItStoodAtTheEndOfThePeriodNotAsItStandsWhenExported() {
    OutreachHistory late = closedInFebruary();
    OutreachCase atEnd = DdasExport.atPeriodEnd(JANUARY, List.of(late)).get(0);
    // Recorded at 23:30 UTC on the 31st, already February in Amsterdam: after the period's end, whatever its day.
    assertThat(atEnd.ending()).isEmpty();
    assertThat(atEnd.attempts()).isEmpty();
    assertThat(atEnd.takenUpOn()).contains(LocalDate.of(2026, 1, 12));
    DdasSummary.Delivery delivery = DdasSummary.read(DdasExport.toBytes(JANUARY, List.of(atEnd))).deliveries().get(0);
    assertThat(delivery.endResults()).isEmpty();
    assertThat(delivery.attempts()).isZero();
    assertThat(delivery.statuses()).containsEntry(EarlySignalStatus.TAKEN_UP, 1);
    // As the case stands now, it would report February's end result in January's delivery.
    assertThat(DdasSummary.of(JANUARY, DdasExport.inPeriod(JANUARY, List.of(late.state()))).deliveries().get(0)
        .endResults()).containsEntry(EndResult.BUDGET_ADVICE_OR_QUICK_FIX, 1);
    // A period that ends before the case opened leaves it out; one after its close shows it closed.
    DdasRequest december = new DdasRequest("CASEWORK", "0363", "Welzijn Zuidoost", LocalDate.of(2025, 12, 1),
        LocalDate.of(2025, 12, 31), JANUARY.deliveredAt(), AMSTERDAM);
    assertThat(DdasExport.atPeriodEnd(december, List.of(late))).isEmpty();
    DdasRequest february = new DdasRequest("CASEWORK", "0363", "Welzijn Zuidoost", LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 2, 28), JANUARY.deliveredAt(), AMSTERDAM);
    assertThat(DdasExport.atPeriodEnd(february, List.of(late))).containsExactly(late.state());
  }

  @Test
  void aHistoryAsOfAnInstantIsTheReplayOfItsEventsUntilThen() {
    OutreachHistory late = closedInFebruary();
    assertThat(late.asOf(Instant.parse("2026-01-10T08:59:59Z"))).isEmpty();
    assertThat(late.asOf(Instant.parse("2026-01-10T09:00:00Z"))).contains(OutreachCase.replay(
        late.events().subList(0, 1)));
    assertThat(late.asOf(Instant.parse("2026-02-02T09:00:00Z")).orElseThrow().version()).isEqualTo(4);
    assertThat(late.asOf(Instant.MAX)).contains(late.state());
    assertThat(late.toString()).doesNotContain("111222333", "vs-late");
  }
}
