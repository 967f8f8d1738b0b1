package io.github.casework.json.ddas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casework.InvalidValueException;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignalStatus;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each member a delivery carries holds the case's value, whether or not the published schema is at hand to
 * validate against; the request's codes at their length limits; and the reader's refusals of members of the wrong
 * shape, with where they are.
 */
class DdasFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final DdasRequest JANUARY = new DdasRequest("CASEWORK", "0363", "Welzijn Zuidoost",
      LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Instant.parse("2026-02-05T10:15:30.789Z"), AMSTERDAM);

  private static JsonNode delivery() throws IOException {
    return JSON.readTree(DdasExport.toBytes(JANUARY, DdasExportTest.cases()));
  }

  private static JsonNode byId(JsonNode array, String id) {
    for (JsonNode n : array) {
      if (n.path("ID").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no " + id);
  }

  @Test
  void theHeaderAndTheLeveringNameTheRequest() throws IOException {
    JsonNode d = delivery();
    assertThat(d.path("codeGegevensleverancier").textValue()).isEqualTo("CASEWORK");
    assertThat(d.path("startdatumLevering").textValue()).isEqualTo("2026-01-01");
    assertThat(d.path("einddatumLevering").textValue()).isEqualTo("2026-01-31");
    assertThat(d.path("aanleverdatumEnTijd").textValue()).isEqualTo("2026-02-05T10:15:30Z");
    assertThat(d.path("leveringen")).hasSize(1);
    JsonNode levering = d.path("leveringen").get(0);
    assertThat(levering.path("teller").intValue()).isOne();
    assertThat(levering.path("gemeentecode").textValue()).isEqualTo("0363");
    assertThat(levering.path("aanleverendeOrganisatie").path("naam").textValue()).isEqualTo("Welzijn Zuidoost");
  }

  @Test
  void everySignalCarriesItsFactsItsStatusAndItsResident() throws IOException {
    JsonNode signals = delivery().path("leveringen").get(0).path("vroegsignalen");
    // vs-1: a crisis rent signal of the family at 1102AB 12 B, in a case taken up and referred on.
    JsonNode rent = byId(signals, "vs-1");
    assertThat(rent.path("crisissignaal").booleanValue()).isTrue();
    assertThat(rent.path("warmeOverdracht").booleanValue()).isFalse();
    assertThat(rent.path("bedrag").longValue()).isEqualTo(300);
    assertThat(rent.path("ontstaansdatum").textValue()).isEqualTo("2025-11-05");
    assertThat(rent.path("signaaldatum").textValue()).isEqualTo("2026-01-05");
    assertThat(rent.path("status").textValue()).isEqualTo(DdasVocabulary.STATUS.get(EarlySignalStatus.TAKEN_UP));
    assertThat(rent.path("signaalpartner").path("type").textValue())
        .isEqualTo(DdasVocabulary.PARTNER.get(PartnerType.RENT));
    JsonNode family = rent.path("client");
    assertThat(family.path("postcode").textValue()).isEqualTo("1102AB");
    assertThat(family.path("huisnummer").textValue()).isEqualTo("12");
    assertThat(family.path("huisnummertoevoeging").textValue()).isEqualTo("B");
    assertThat(family.has("burgerservicenummer")).isFalse();
    // vs-3: a resident known by BSN.
    JsonNode single = byId(signals, "vs-3").path("client");
    assertThat(single.path("burgerservicenummer").textValue()).isEqualTo("111222333");
    assertThat(single.has("postcode")).isFalse();
    // vs-4: at an address without an addition, closed as not taken up.
    JsonNode water = byId(signals, "vs-4");
    assertThat(water.path("client").has("huisnummertoevoeging")).isFalse();
    assertThat(water.path("warmeOverdracht").booleanValue()).isTrue();
    assertThat(water.path("status").textValue())
        .isEqualTo(DdasVocabulary.STATUS.get(EarlySignalStatus.NOT_TAKEN_UP_UNJUSTIFIED));
  }

  @Test
  void everyCaseCarriesItsResultTakeUpSignalsAndAttempts() throws IOException {
    JsonNode cases = delivery().path("leveringen").get(0).path("vroegsignaalzaken");
    JsonNode first = null;
    JsonNode untaken = null;
    JsonNode open = null;
    for (JsonNode c : cases) {
      String signal = c.path("vroegsignalen").get(0).path("ID").textValue();
      if (signal.equals("vs-1")) {
        first = c;
      } else if (signal.equals("vs-4")) {
        untaken = c;
      } else if (signal.equals("vs-6")) {
        open = c;
      }
    }
    assertThat(first).isNotNull();
    assertThat(first.path("resultaat").textValue())
        .isEqualTo(DdasVocabulary.END_RESULT.get(EndResult.FOLLOW_UP_FINANCIAL));
    assertThat(first.path("datumOpgepakt").textValue()).isEqualTo("2026-01-06");
    assertThat(first.path("vroegsignalen")).extracting(n -> n.path("ID").textValue()).containsExactly("vs-1", "vs-2");
    JsonNode attempts = first.path("contactpogingen");
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(0).path("soort").textValue()).isEqualTo(DdasVocabulary.CONTACT.get(ContactKind.PHONE));
    assertThat(attempts.get(0).path("bereikt").booleanValue()).isFalse();
    assertThat(attempts.get(0).path("datum").textValue()).isEqualTo("2026-01-06");
    assertThat(attempts.get(0).has("dagdeel")).isFalse();
    assertThat(attempts.get(1).path("bereikt").booleanValue()).isTrue();
    assertThat(attempts.get(1).path("dagdeel").textValue())
        .isEqualTo(DdasVocabulary.PART_OF_DAY.get(PartOfDay.MORNING));
    assertThat(untaken.has("datumOpgepakt")).isFalse();
    assertThat(untaken.path("contactpogingen")).isEmpty();
    assertThat(open.has("resultaat")).isFalse();
  }

  @Test
  void theRequestsCodesAtTheirLengthLimits() {
    assertThat(new DdasRequest("x".repeat(64), "0363", "o".repeat(200), JANUARY.from(), JANUARY.from(),
        JANUARY.deliveredAt(), AMSTERDAM).supplier()).hasSize(64);
    for (Executable bad : new Executable[] {
        () -> new DdasRequest("x".repeat(65), "0363", "o", JANUARY.from(), JANUARY.to(), JANUARY.deliveredAt(),
            AMSTERDAM),
        () -> new DdasRequest("x", "0363", "o".repeat(201), JANUARY.from(), JANUARY.to(), JANUARY.deliveredAt(),
            AMSTERDAM)}) {
      assertThatThrownBy(bad::execute).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.code()).isEqualTo(JsonCodes.DDAS_CODE_INVALID));
    }
  }

  private static void refused(String json, String code, String pointer) {
    assertThatThrownBy(() -> DdasSummary.read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(CaseworkJsonException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.pointer()).isEqualTo(pointer);
        });
  }

  @Test
  void theReaderRefusesMembersOfTheWrongShapeWhereTheyAre() {
    String head = "{\"codeGegevensleverancier\":\"X\",\"startdatumLevering\":\"2026-01-01\","
        + "\"einddatumLevering\":\"2026-01-31\",";
    String levering = "{\"gemeentecode\":\"0363\",\"teller\":1,\"aanleverendeOrganisatie\":{},";
    refused(head + "\"leveringen\":{}}", JsonCodes.WRONG_TYPE, "/leveringen");
    refused(head + "\"leveringen\":[" + levering + "\"vroegsignalen\":{}}]}", JsonCodes.WRONG_TYPE,
        "/leveringen/0/vroegsignalen");
    refused(head + "\"leveringen\":[" + levering + "\"vroegsignaalzaken\":[{\"contactpogingen\":[{\"soort\":"
        + "\"Duif\"}]}]}]}", JsonCodes.DDAS_UNKNOWN_VALUE, "/leveringen/0/vroegsignaalzaken/0/contactpogingen/0/soort");
    String known = DdasVocabulary.CONTACT.get(ContactKind.LETTER);
    assertThat(DdasSummary.read((head + "\"leveringen\":[" + levering + "\"vroegsignaalzaken\":[{\"contactpogingen\":"
        + "[{\"soort\":\"" + known + "\"},{}]}]}]}").getBytes(StandardCharsets.UTF_8)).deliveries().get(0).attempts())
        .isEqualTo(2);
    assertThatThrownBy(() -> DdasSummary.read("{\n  \"a\": }".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(CaseworkJsonException.class, e -> {
          assertThat(e.code()).isEqualTo(JsonCodes.SYNTAX);
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isPositive();
        });
  }
}
