package io.github.casework.json.ddas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.EarlySignalStatus;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.Ending;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachCommand;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.AgencyId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ReferralId;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import io.github.casework.party.Bsn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The DDAS delivery: it validates against the published Uitwisselmodel v1.2 schema (read from the reference folder
 * {@code ../shared/ref/ddas/} next to the clone, or from {@code -Dcasework.ddas.ref=DIR} or
 * {@code CASEWORK_DDAS_REF}; the tests that need it skip with a message when it is absent), its counts per end
 * result match the cases, and the example deliveries published with the schema read back.
 */
class DdasExportTest {
  private static final AgencyId TEAM = AgencyId.of("welzijn-zuidoost");
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final DdasRequest JANUARY = new DdasRequest("CASEWORK", "0363", "Welzijn Zuidoost",
      LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Instant.parse("2026-02-05T10:15:30Z"), AMSTERDAM);

  static Path referenceFolder() {
    String override = System.getProperty("casework.ddas.ref", System.getenv("CASEWORK_DDAS_REF"));
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String basedir = System.getProperty("basedir");
    Path module = basedir == null || basedir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(basedir);
    return module.resolve("../../shared/ref/ddas").normalize();
  }

  private static Path reference(String file) {
    Path path = referenceFolder().resolve(file);
    assumeTrue(Files.isRegularFile(path), "the DDAS reference data is not at " + path
        + " (set -Dcasework.ddas.ref=DIR or CASEWORK_DDAS_REF to the folder with v1.2/ and v1.2-draft/)");
    return path;
  }

  private static Schema uitwisselmodel() throws IOException {
    String text = Files.readString(reference("v1.2/json_schema_Uitwisselmodel.json"), StandardCharsets.UTF_8);
    String id = new ObjectMapper().readTree(text).get("$id").textValue();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
            .schemas(iri -> iri.equals(id) ? text : null));
    return registry.getSchema(SchemaLocation.of(id));
  }

  private static EarlySignal signal(String id, PartnerType partner, boolean crisis, Resident resident, int day) {
    return new EarlySignal(EarlySignalId.of(id), partner, crisis, !crisis, 250 + day * 10,
        LocalDate.of(2025, 11, day), LocalDate.of(2026, 1, day), resident);
  }

  private static Instant jan(int day) {
    return Instant.parse(String.format("2026-01-%02dT09:00:00Z", day));
  }

  private static OutreachCase open(String id, int day, EarlySignal... signals) {
    return OutreachCase.open(OutreachId.of(id), TEAM, List.of(signals), jan(day)).state();
  }

  private static OutreachCase attempt(OutreachCase c, int day, boolean reached) {
    OutreachCase up = c.takenUpOn().isPresent() ? c
        : c.decide(new OutreachCommand.TakeUp(LocalDate.of(2026, 1, day), c.lastChangedAt())).state();
    return up.decide(new OutreachCommand.RecordAttempt(new ContactAttempt(ContactKind.PHONE, reached,
        LocalDate.of(2026, 1, day), reached ? Optional.of(PartOfDay.MORNING) : Optional.empty()),
        up.lastChangedAt())).state();
  }

  private static OutreachCase close(OutreachCase c, Ending ending) {
    return c.decide(new OutreachCommand.Close(ending, c.lastChangedAt().plusSeconds(3600))).state();
  }

  /** A month of one district: every kind of resident, take-up, attempt and ending, and cases outside the month. */
  static List<OutreachCase> cases() {
    Resident family = Resident.atAddress("1102AB", 12, Optional.of("B"));
    Resident single = Resident.of(Bsn.parse("111222333"));
    Resident other = Resident.atAddress("1103CD", 7, Optional.empty());
    List<OutreachCase> out = new ArrayList<>();
    out.add(close(attempt(attempt(open("vz-1", 5, signal("vs-1", PartnerType.RENT, true, family, 5),
        signal("vs-2", PartnerType.ENERGY, false, family, 5)), 6, false), 7, true),
        Ending.referred(EndResult.FOLLOW_UP_FINANCIAL, ReferralId.of("ref-debt-1"))));
    out.add(close(attempt(open("vz-2", 8, signal("vs-3", PartnerType.HEALTH_INSURANCE, false, single, 8)), 9, true),
        Ending.of(EndResult.BUDGET_ADVICE_OR_QUICK_FIX)));
    out.add(close(open("vz-3", 12, signal("vs-4", PartnerType.WATER, false, other, 12)),
        Ending.of(EndResult.NOT_TAKEN_UP_UNJUSTIFIED)));
    out.add(attempt(open("vz-4", 20, signal("vs-5", PartnerType.TAX, false, other, 20)), 21, false));
    out.add(open("vz-5", 28, signal("vs-6", PartnerType.MORTGAGE, false, single, 28)));
    out.add(close(attempt(open("vz-6", 14, signal("vs-7", PartnerType.CAK_HEALTH_INSURANCE, false, other, 14)), 15,
        false), Ending.of(EndResult.NO_CONTACT_POSSIBLE)));
    // Outside January: opened in February, and closed in December.
    out.add(OutreachCase.open(OutreachId.of("vz-feb"), TEAM, List.of(signal("vs-8", PartnerType.RENT, false, family,
        30)), Instant.parse("2026-02-01T09:00:00Z")).state().decide(new OutreachCommand.TakeUp(
        LocalDate.of(2026, 2, 2), Instant.parse("2026-02-02T09:00:00Z"))).state());
    OutreachCase december = OutreachCase.open(OutreachId.of("vz-dec"), TEAM, List.of(new EarlySignal(
        EarlySignalId.of("vs-9"), PartnerType.ENERGY, false, false, 80, LocalDate.of(2025, 10, 1),
        LocalDate.of(2025, 12, 1), other)), Instant.parse("2025-12-02T09:00:00Z")).state();
    out.add(december.decide(new OutreachCommand.Close(Ending.of(EndResult.NOT_TAKEN_UP_REPEATED),
        Instant.parse("2025-12-03T09:00:00Z"))).state());
    return out;
  }

  @Test
  void theDeliveryOfAMonthValidatesAgainstTheUitwisselmodelSchema() throws IOException {
    byte[] delivery = DdasExport.toBytes(JANUARY, cases());
    List<Error> errors = uitwisselmodel().validate(new String(delivery, StandardCharsets.UTF_8), InputFormat.JSON);
    assertThat(errors).as("schema errors").isEmpty();
    // And a delivery of nothing, too.
    assertThat(uitwisselmodel().validate(new String(DdasExport.toBytes(JANUARY, List.of()), StandardCharsets.UTF_8),
        InputFormat.JSON)).isEmpty();
  }

  @Test
  void countsPerEndResultMatchTheCasesOfThePeriod() throws IOException {
    List<OutreachCase> cases = cases();
    byte[] delivery = DdasExport.toBytes(JANUARY, cases);
    DdasSummary read = DdasSummary.read(delivery);

    // Counted here from the cases themselves, apart from the library: January's are vz-1 to vz-6.
    Map<EndResult, Integer> expected = new EnumMap<>(EndResult.class);
    Map<EarlySignalStatus, Integer> statuses = new EnumMap<>(EarlySignalStatus.class);
    int signals = 0;
    for (OutreachCase c : cases) {
      if (c.id().value().matches("vz-[0-9]")) {
        c.ending().ifPresent(e -> expected.merge(e.result(), 1, Integer::sum));
        for (var s : c.signals()) {
          statuses.merge(c.statusOf(s.signal().id()).orElseThrow(), 1, Integer::sum);
          signals++;
        }
      }
    }
    assertThat(read.deliveries()).singleElement().satisfies(d -> {
      assertThat(d.municipality()).isEqualTo("0363");
      assertThat(d.cases()).isEqualTo(6);
      assertThat(d.endResults()).isEqualTo(expected).containsEntry(EndResult.FOLLOW_UP_FINANCIAL, 1);
      assertThat(d.statuses()).isEqualTo(statuses);
    });
    assertThat(read.deliveries().get(0).signals()).isEqualTo(signals).isEqualTo(7);
    assertThat(read).isEqualTo(DdasSummary.of(JANUARY, DdasExport.inPeriod(JANUARY, cases)));

    JsonNode root = new ObjectMapper().readTree(delivery);
    JsonNode levering = root.get("leveringen").get(0);
    assertThat(levering.get("vroegsignaalzaken").findValuesAsText("resultaat")).containsExactlyInAnyOrder(
        "Vervolghulp en/of verwijzing financieel", "(Budget)advies en/of quick fix", "Niet opgepakt: onterecht signaal",
        "Definitief geen contact kunnen krijgen");
    assertThat(levering.get("vroegsignalen").get(2).get("client").get("burgerservicenummer").textValue())
        .isEqualTo("111222333");
    assertThat(levering.get("vroegsignalen").get(0).get("client").get("huisnummertoevoeging").textValue())
        .isEqualTo("B");
    assertThat(root.get("aanleverdatumEnTijd").textValue()).isEqualTo("2026-02-05T10:15:30Z");
  }

  @Test
  void theExampleDeliveriesReadBackWithTheCountsATreeWalkFinds() throws IOException {
    for (String example : List.of("enkelvoudigVoorbeeld", "meervoudigVoorbeeld", "uitgebreidVoorbeeld")) {
      byte[] bytes = Files.readAllBytes(reference("v1.2-draft/" + example + ".json"));
      DdasSummary summary = DdasSummary.read(bytes);
      JsonNode root = new ObjectMapper().readTree(bytes);
      assertThat(summary.supplier()).isEqualTo(root.get("codeGegevensleverancier").textValue());
      assertThat(summary.deliveries()).as(example).hasSize(root.get("leveringen").size());
      for (int i = 0; i < summary.deliveries().size(); i++) {
        JsonNode levering = root.get("leveringen").get(i);
        DdasSummary.Delivery d = summary.deliveries().get(i);
        assertThat(d.municipality()).isEqualTo(levering.get("gemeentecode").textValue());
        assertThat(d.signals()).isEqualTo(levering.path("vroegsignalen").size());
        assertThat(d.cases()).isEqualTo(levering.path("vroegsignaalzaken").size());
        assertThat(d.endResults().values().stream().mapToInt(Integer::intValue).sum()).as(example)
            .isEqualTo(levering.path("vroegsignaalzaken").findValues("resultaat").size());
        assertThat(d.attempts()).isEqualTo(levering.path("vroegsignaalzaken").findValues("soort").size());
      }
    }
  }

  @Test
  void aDeliveryIsRefusedWhereItWouldBeWrong() {
    List<OutreachCase> twice = List.of(open("vz-a", 5, signal("vs-1", PartnerType.RENT, false,
        Resident.atAddress("1102AB", 1, Optional.empty()), 5)), open("vz-b", 6, signal("vs-1", PartnerType.ENERGY,
        false, Resident.atAddress("1102AB", 2, Optional.empty()), 6)));
    assertThatThrownBy(() -> DdasExport.toBytes(JANUARY, twice)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.code()).isEqualTo(JsonCodes.DDAS_DUPLICATE_SIGNAL));
    assertThatThrownBy(() -> new DdasRequest("X", "363", "Org", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
        Instant.EPOCH, AMSTERDAM)).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(JsonCodes.DDAS_CODE_INVALID));
    assertThatThrownBy(() -> new DdasRequest("X", "0363", "Org", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1),
        Instant.EPOCH, AMSTERDAM)).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(JsonCodes.DDAS_PERIOD_REVERSED));
    for (String[] bad : new String[][] {{"{", JsonCodes.SYNTAX}, {"[]", JsonCodes.WRONG_TYPE},
        {"{\"startdatumLevering\":\"2026-01-01\"}", JsonCodes.MISSING_MEMBER},
        {"{\"codeGegevensleverancier\":\"X\",\"startdatumLevering\":\"2026-13-01\",\"einddatumLevering\":\"2026-01-31\"}",
            JsonCodes.INVALID_DATE},
        {"{\"leveringen\":[{\"teller\":1,\"gemeentecode\":\"0363\",\"aanleverendeOrganisatie\":{},\"vroegsignaalzaken\":"
            + "[{\"resultaat\":\"Opgelost 1102AB\"}]}]}", JsonCodes.DDAS_UNKNOWN_VALUE},
        {"{\"a\":1,\"a\":2}", JsonCodes.SYNTAX}}) {
      assertThatThrownBy(() -> DdasSummary.read(bad[0].getBytes(StandardCharsets.UTF_8))).as(bad[0])
          .isInstanceOfSatisfying(CaseworkJsonException.class, e -> {
            assertThat(e.code()).isEqualTo(bad[1]);
            assertThat(e.getMessage()).doesNotContain("1102AB", "Opgelost");
          });
    }
  }
}
