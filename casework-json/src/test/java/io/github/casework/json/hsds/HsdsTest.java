package io.github.casework.json.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casework.LifeDomain;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.ServiceCapacity;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.id.AgencyId;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.signal.Area;
import io.github.casework.testing.DirectoryGen;
import io.github.casework.testing.Property;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HSDS 3.1 in and out: the example export reads into the directory with every kept member and note, writing it
 * back and reading again gives the same directory and kept members (and the same bytes on a second write), any
 * directory survives a write and a read, and bad input is rejected with a pointer and code, never quoted.
 */
class HsdsTest {
  static byte[] example() throws IOException {
    try (InputStream in = HsdsTest.class.getResourceAsStream("/hsds/example.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void theExampleReadsIntoTheDirectoryWithWhatItKeptAndNoted() throws IOException {
    HsdsDirectory hsds = Hsds.read(example());
    ServiceDirectory d = hsds.directory();
    assertThat(d.agencies()).extracting(a -> a.id().value()).containsExactly("hvo", "dienst-wonen");
    assertThat(d.agency(AgencyId.of("hvo")).orElseThrow().kind()).isEqualTo(AgencyKind.SHELTER);
    assertThat(d.agency(AgencyId.of("dienst-wonen")).orElseThrow().kind()).isEqualTo(AgencyKind.WELFARE);
    ServiceListing youth = d.listing(AgencyId.of("hvo"), "youth-shelter").orElseThrow();
    assertThat(youth.eligibility()).isEqualTo(Eligibility.parse(
        "age 18..23 and household in (single, with-parents) and not pregnant"));
    assertThat(youth.areas()).containsExactly(Area.of("noord"));
    assertThat(youth.capacity()).contains(new ServiceCapacity.Places(0, 12, Instant.parse("2026-10-01T08:00:00.5Z")));
    assertThat(d.serviceOf(youth).domains()).containsExactly(LifeDomain.HOUSING);
    ServiceListing night = d.listing(AgencyId.of("hvo"), "night-shelter").orElseThrow();
    assertThat(night.eligibility()).isEqualTo(Eligibility.everyone());
    assertThat(night.capacity()).contains(new ServiceCapacity.Waitlist(WaitlistBand.UNDETERMINED,
        Instant.parse("2026-10-01T08:00:00Z")));
    ServiceListing priority = d.listing(AgencyId.of("dienst-wonen"), "housing-priority").orElseThrow();
    assertThat(priority.status()).isEqualTo(ServiceStatus.TEMPORARILY_CLOSED);
    assertThat(priority.eligibility()).isEqualTo(Eligibility.parse("age 23.."));
    assertThat(d.listing(AgencyId.of("hvo"), "day-centre")).isEmpty();

    assertThat(hsds.kept().get("organization/hvo")).containsOnlyKeys("description", "website", "x_local_register");
    assertThat(hsds.kept().get("organization/hvo").get("x_local_register")).isEqualTo("{\"kvk_listed\":true}");
    assertThat(hsds.kept().get("service/hvo/youth-shelter")).containsOnlyKeys("description",
        "eligibility_description", "languages", "attributes");
    assertThat(hsds.kept().get("service/hvo/youth-shelter").get("attributes")).contains("open-eligibility");
    assertThat(hsds.notes()).contains(
        new HsdsNote("/contents/0/x_local_register", HsdsNote.Kind.MEMBER_KEPT),
        new HsdsNote("/contents/0/services/0/service_areas/0/extent_type", HsdsNote.Kind.NESTED_MEMBER_DROPPED),
        new HsdsNote("/contents/0/services/1/eligibility_description", HsdsNote.Kind.ELIGIBILITY_TEXT_ONLY),
        new HsdsNote("/contents/0/services/2/status", HsdsNote.Kind.DEFUNCT_AS_INACTIVE),
        new HsdsNote("/contents/0/services/2", HsdsNote.Kind.SERVICE_WITHOUT_LIFE_DOMAIN),
        new HsdsNote("/contents/1", HsdsNote.Kind.AGENCY_KIND_ASSUMED));
    assertThat(hsds.notes()).noneMatch(n -> n.kind() == HsdsNote.Kind.AGES_DIFFER_FROM_RULE);
  }

  @Test
  void theExampleRoundTrips() throws IOException {
    HsdsDirectory first = Hsds.read(example());
    byte[] written = Hsds.write(first);
    HsdsDirectory second = Hsds.read(written);
    assertThat(second.directory()).isEqualTo(first.directory());
    assertThat(second.kept()).isEqualTo(first.kept());
    assertThat(Hsds.write(second)).isEqualTo(written);
    String text = new String(written, StandardCharsets.UTF_8);
    assertThat(text).contains("\"minimum_age\":18", "\"maximum_age\":23", "\"status\":\"temporarily closed\"",
        "\"x_local_register\":{\"kvk_listed\":true}", "\"code\":\"homeless\"").endsWith("}\n");
  }

  @Test
  void anyDirectorySurvivesAWriteAndARead() {
    Property.forAll("hsds round trip", DirectoryGen.directories(12, 13, 3), d -> {
      HsdsDirectory back = Hsds.read(Hsds.write(HsdsDirectory.of(d)));
      assertThat(back.directory()).isEqualTo(d);
      assertThat(back.kept()).isEmpty();
      assertThat(back.notes()).isEmpty();
    });
  }

  @Test
  void badInputIsRejectedWithAPointerAndACodeAndNeverQuoted() {
    assertThat(reject("{\"contents\": [").code()).isEqualTo("json.syntax");
    assertThat(reject("{\"hello\": \"Jansen\"}").code()).isEqualTo("json.wrong-format");
    CaseworkJsonException rule = reject("[{\"id\":\"a\",\"name\":\"A\",\"services\":[{\"id\":\"s\",\"name\":\"S\","
        + "\"status\":\"active\",\"attributes\":[{\"value\":\"housing\",\"taxonomy_term\":{\"code\":"
        + "\"casework:life-domain\"}},{\"value\":\"age Jansen..\",\"taxonomy_term\":{\"code\":"
        + "\"casework:eligibility\"}}]}]}]");
    assertThat(rule.code()).isEqualTo("eligibility.age-range");
    assertThat(rule.pointer()).isEqualTo("/0/services/0/attributes/1/value");
    assertThat(rule.getMessage()).doesNotContain("Jansen");
    CaseworkJsonException status = reject("[{\"id\":\"a\",\"name\":\"A\",\"services\":[{\"id\":\"s\",\"name\":"
        + "\"S\",\"status\":\"Jansen\"}]}]");
    assertThat(status.code()).isEqualTo("json.unknown-code");
    assertThat(status.pointer()).isEqualTo("/0/services/0/status");
    assertThat(status.getMessage()).doesNotContain("Jansen");
    assertThat(reject("[{\"id\":\"A B\",\"name\":\"A\"}]").pointer()).isEqualTo("/0/id");
    assertThat(reject("[{\"id\":\"a\",\"name\":\"A\",\"services\":[{\"id\":\"s\",\"name\":\"S\",\"status\":"
        + "\"active\",\"minimum_age\":\"ten\"}]}]").code()).isEqualTo("json.wrong-type");
    assertThat(reject("[{\"id\":\"a\"}]").code()).isEqualTo("json.missing-member");
  }

  /**
   * Attributes of another vocabulary are kept on an organization as on a service, and written back after
   * casework's own.
   */
  @Test
  void anOrganizationsForeignAttributesAreKeptAndWrittenBack() throws IOException {
    String foreign = "{\"id\":\"a-lang\",\"link_id\":\"a\",\"link_type\":\"organization\","
        + "\"link_entity\":\"organization\",\"value\":\"nl\",\"taxonomy_term\":{\"code\":\"language\"}}";
    String json = "[{\"id\":\"a\",\"name\":\"A\",\"attributes\":[{\"value\":\"shelter\",\"taxonomy_term\":"
        + "{\"code\":\"" + Hsds.AGENCY_KIND + "\"}}," + foreign + "],\"services\":[]}]";
    HsdsDirectory hsds = Hsds.read(json.getBytes(StandardCharsets.UTF_8));
    assertThat(hsds.directory().agency(AgencyId.of("a")).orElseThrow().kind()).isEqualTo(AgencyKind.SHELTER);
    assertThat(hsds.kept().get("organization/a")).containsOnlyKeys("attributes");
    JsonNode attributes = new ObjectMapper().readTree(Hsds.write(hsds)).path("contents").get(0).path("attributes");
    assertThat(attributes).hasSize(2);
    assertThat(attributes.get(0).path("taxonomy_term").path("code").textValue()).isEqualTo(Hsds.AGENCY_KIND);
    assertThat(attributes.get(1)).isEqualTo(new ObjectMapper().readTree(foreign));
    assertThat(Hsds.read(Hsds.write(hsds)).kept()).isEqualTo(hsds.kept());
  }

  /** A one-service organization list; the service has a life domain, so it is kept, and {@code extra} members. */
  private static String withService(String extra) {
    return "[{\"id\":\"a\",\"name\":\"A\",\"services\":[{\"id\":\"s\",\"name\":\"S\",\"status\":"
        + "\"active\",\"attributes\":[{\"value\":\"housing\",\"taxonomy_term\":{\"code\":\""
        + Hsds.LIFE_DOMAIN + "\"}}]" + extra + "}]}]";
  }

  private static HsdsDirectory read(String json) {
    return Hsds.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static ServiceListing theListing(String json) {
    return read(json).directory().listing(AgencyId.of("a"), "s").orElseThrow();
  }

  /** Each part of an organization that must be an object or an array is refused, where it stands, if it is not. */
  @Test
  void aPartOfTheWrongJsonTypeIsRefusedWhereItStands() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("[\"an organization\"]", "/0");
    cases.put("[{\"id\":\"a\",\"name\":\"A\",\"services\":[\"a service\"]}]", "/0/services/0");
    cases.put("[{\"id\":\"a\",\"name\":\"A\",\"attributes\":{\"x\":1}}]", "/0/attributes");
    cases.put("[{\"id\":\"a\",\"name\":\"A\",\"attributes\":[\"an attribute\"]}]", "/0/attributes/0");
    cases.put(withService(",\"service_areas\":{\"name\":\"west\"}"), "/0/services/0/service_areas");
    cases.put(withService(",\"service_areas\":[\"west\"]"), "/0/services/0/service_areas/0");
    cases.put(withService(",\"capacities\":{}"), "/0/services/0/capacities");
    cases.put(withService(",\"capacities\":{\"available\":1}"), "/0/services/0/capacities");
    cases.put(withService(",\"capacities\":[\"one place\"]"), "/0/services/0/capacities/0");
    cases.put(withService(",\"capacities\":[{\"available\":1,\"updated\":\"2026-10-01T08:00:00Z\","
        + "\"unit\":\"places\"}]"), "/0/services/0/capacities/0/unit");
    // One organization on its own has no index in its pointers.
    cases.put("{\"id\":\"a\",\"name\":\"A\",\"services\":[\"a service\"]}", "/services/0");
    cases.forEach((json, pointer) -> {
      CaseworkJsonException e = reject(json);
      assertThat(e.code()).as(json).isEqualTo("json.wrong-type");
      assertThat(e.pointer()).as(json).isEqualTo(pointer);
    });
  }

  @Test
  void aDirectoryIsAPageAnArrayOrOneOrganizationAndNothingElse() {
    HsdsDirectory one = read("{\"id\":\"a\",\"name\":\"A\"}");
    assertThat(one.directory().agencies()).extracting(a -> a.id().value()).containsExactly("a");
    assertThat(one.notes()).containsExactly(new HsdsNote("", HsdsNote.Kind.AGENCY_KIND_ASSUMED));
    assertThat(read("[{\"id\":\"a\",\"name\":\"A\"}]").directory()).isEqualTo(one.directory());
    for (String notADirectory : List.of("{\"id\":\"a\"}", "{\"name\":\"A\"}", "\"a\"", "12")) {
      assertThat(reject(notADirectory).code()).as(notADirectory).isEqualTo("json.wrong-format");
    }
  }

  @Test
  void membersHsdsHasButCaseworkDoesNotNeedAreDroppedFromACapacityAndItsUnitWithANote() {
    HsdsDirectory hsds = read(withService(",\"capacities\":[{\"available\":1,\"maximum\":2,"
        + "\"updated\":\"2026-10-01T08:00:00Z\",\"x_count\":7,\"unit\":{\"id\":\"u\",\"x_kind\":\"bed\"}}]"));
    assertThat(hsds.directory().listing(AgencyId.of("a"), "s").orElseThrow().capacity())
        .contains(new ServiceCapacity.Places(1, 2, Instant.parse("2026-10-01T08:00:00Z")));
    assertThat(hsds.notes()).contains(
        new HsdsNote("/0/services/0/capacities/0/x_count", HsdsNote.Kind.NESTED_MEMBER_DROPPED),
        new HsdsNote("/0/services/0/capacities/0/unit/x_kind", HsdsNote.Kind.NESTED_MEMBER_DROPPED));
  }

  /** Ages in whole years, never widening the range; 0 and 130 are the ends of the range, so both alone are none. */
  @Test
  void agesAreWholeYearsWithinTheRangeAndTheWholeRangeIsEveryone() {
    assertThat(theListing(withService(",\"minimum_age\":17.5,\"maximum_age\":23.5")).eligibility())
        .isEqualTo(new Eligibility.AgeBetween(18, 23));
    assertThat(theListing(withService(",\"minimum_age\":0,\"maximum_age\":23")).eligibility())
        .isEqualTo(new Eligibility.AgeBetween(0, 23));
    assertThat(theListing(withService(",\"minimum_age\":18,\"maximum_age\":130")).eligibility())
        .isEqualTo(new Eligibility.AgeBetween(18, 130));
    assertThat(theListing(withService(",\"minimum_age\":0,\"maximum_age\":130")).eligibility())
        .isEqualTo(Eligibility.everyone());
    assertThat(theListing(withService(",\"minimum_age\":0")).eligibility()).isEqualTo(Eligibility.everyone());
    for (String age : List.of("\"minimum_age\":-0.5", "\"maximum_age\":130.5")) {
      CaseworkJsonException e = reject(withService("," + age));
      assertThat(e.code()).as(age).isEqualTo("json.invalid-number");
    }
  }

  @Test
  void aCountOfPlacesIsAWholeNumberUpToOneBillion() {
    String capacity = ",\"capacities\":[{\"available\":0,\"maximum\":%s,\"updated\":\"2026-10-01T08:00:00Z\"}]";
    assertThat(theListing(withService(String.format(capacity, "1000000000"))).capacity())
        .contains(new ServiceCapacity.Places(0, 1_000_000_000, Instant.parse("2026-10-01T08:00:00Z")));
    for (String bad : List.of("1000000001", "2.5", "-1", "\"9\"")) {
      CaseworkJsonException e = reject(withService(String.format(capacity, bad)));
      assertThat(e.code()).as(bad).isEqualTo("json.invalid-number");
      assertThat(e.pointer()).as(bad).isEqualTo("/0/services/0/capacities/0/maximum");
    }
  }

  @Test
  void aSyntaxErrorNamesItsLineAndColumn() {
    CaseworkJsonException e = reject("[\n  {\"id\": }]");
    assertThat(e.code()).isEqualTo("json.syntax");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isPositive();
  }

  /** The document limit is 16 MiB: a document of exactly that size is read, one byte more is refused unparsed. */
  @Test
  void aDocumentOfUpTo16MibIsRead() {
    byte[] limit = new byte[Hsds.MAX_DOCUMENT_BYTES];
    java.util.Arrays.fill(limit, (byte) ' ');
    limit[0] = '[';
    limit[limit.length - 1] = ']';
    assertThat(Hsds.read(limit).directory().agencies()).isEmpty();
    byte[] over = java.util.Arrays.copyOf(limit, limit.length + 1);
    over[over.length - 2] = ' ';
    over[over.length - 1] = ']';
    CaseworkJsonException e = catchThrowableOfType(() -> Hsds.read(over), CaseworkJsonException.class);
    assertThat(e.code()).isEqualTo("json.limit-exceeded");
  }

  @Test
  void eachNoteKindHasItsNameAsItsStableCode() {
    for (HsdsNote.Kind k : HsdsNote.Kind.values()) {
      assertThat(k.code()).isEqualTo(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    assertThat(HsdsNote.Kind.MEMBER_KEPT.code()).isEqualTo("member-kept");
  }

  @Test
  void twoAgenciesWithOneServiceCodeGetDistinctHsdsIds() {
    List<Agency> agencies = List.of("hvo", "leger").stream().map(id -> Agency.of(AgencyId.of(id), id,
        AgencyKind.SHELTER, List.of(AgencyService.of("night-shelter", "Night shelter", List.of(LifeDomain.HOUSING)))))
        .toList();
    ServiceDirectory d = ServiceDirectory.openTo(agencies);
    String text = new String(Hsds.write(HsdsDirectory.of(d)), StandardCharsets.UTF_8);
    assertThat(text).contains("\"id\":\"hvo:night-shelter\"", "\"id\":\"leger:night-shelter\"");
    assertThat(Hsds.read(text.getBytes(StandardCharsets.UTF_8)).directory()).isEqualTo(d);
  }

  private static CaseworkJsonException reject(String json) {
    CaseworkJsonException e = catchThrowableOfType(() -> Hsds.read(json.getBytes(StandardCharsets.UTF_8)),
        CaseworkJsonException.class);
    assertThat(e).as(json).isNotNull();
    assertThat(e.getMessage()).doesNotContain("\n");
    return e;
  }
}
