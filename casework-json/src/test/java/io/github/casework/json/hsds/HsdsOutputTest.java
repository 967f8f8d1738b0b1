package io.github.casework.json.hsds;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.signal.Area;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an HSDS 3.0 reader that is not ours sees in a written directory: the one page of organizations, each
 * service's status, age limits, areas and capacity, and the attributes that carry what HSDS has no member for, each
 * with its own id and its taxonomy term. Our own reader needs little of this, so the round trip alone would not
 * notice it missing.
 */
class HsdsOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant UPDATED = Instant.parse("2026-10-01T08:00:00Z");

  private static JsonNode write(ServiceDirectory d) throws IOException {
    return JSON.readTree(Hsds.write(HsdsDirectory.of(d)));
  }

  private static ServiceDirectory district() {
    Agency hvo = Agency.of(AgencyId.of("hvo"), "Hulp voor Onbehuisden", AgencyKind.SHELTER, List.of(
        AgencyService.of("youth-shelter", "Youth shelter", List.of(LifeDomain.HOUSING, LifeDomain.SUBSTANCE_USE))));
    Agency wonen = Agency.of(AgencyId.of("dienst-wonen"), "Dienst Wonen", AgencyKind.HOUSING_SERVICE, List.of(
        AgencyService.of("housing-priority", "Priority for housing", List.of(LifeDomain.HOUSING))));
    return ServiceDirectory.of(List.of(hvo, wonen), List.of(
        ServiceListing.open(hvo.id(), "youth-shelter").withEligibility(Eligibility.parse("age 18..23"))
            .withAreas(List.of(Area.of("west"), Area.of("noord")))
            .withCapacity(new ServiceCapacity.Waitlist(WaitlistBand.UNDER_ONE_MONTH, UPDATED)),
        ServiceListing.open(wonen.id(), "housing-priority").withEligibility(Eligibility.parse("age 18.."))
            .withStatus(ServiceStatus.TEMPORARILY_CLOSED).withCapacity(new ServiceCapacity.Places(2, 10, UPDATED))));
  }

  @Test
  void theDirectoryIsOneFullPageOfOrganizations() throws IOException {
    JsonNode page = write(district());
    assertThat(page.path("total_items").intValue()).isEqualTo(2);
    assertThat(page.path("size").intValue()).isEqualTo(2);
    assertThat(page.path("total_pages").intValue()).isOne();
    assertThat(page.path("page_number").intValue()).isOne();
    assertThat(page.path("first_page").booleanValue()).isTrue();
    assertThat(page.path("last_page").booleanValue()).isTrue();
    assertThat(page.path("empty").booleanValue()).isFalse();
    assertThat(page.path("contents")).extracting(o -> o.path("id").textValue()).containsExactly("hvo", "dienst-wonen");
    JsonNode none = write(ServiceDirectory.empty());
    assertThat(none.path("empty").booleanValue()).isTrue();
    assertThat(none.path("total_items").intValue()).isZero();
    assertThat(none.path("contents")).isEmpty();
  }

  @Test
  void aServiceCarriesItsStatusAgesAreasAndCapacity() throws IOException {
    JsonNode contents = write(district()).path("contents");
    JsonNode youth = contents.get(0).path("services").get(0);
    assertThat(youth.path("id").textValue()).isEqualTo("youth-shelter");
    assertThat(youth.path("organization_id").textValue()).isEqualTo("hvo");
    assertThat(youth.path("name").textValue()).isEqualTo("Youth shelter");
    assertThat(youth.path("status").textValue()).isEqualTo("active");
    assertThat(youth.path("minimum_age").intValue()).isEqualTo(18);
    assertThat(youth.path("maximum_age").intValue()).isEqualTo(23);
    JsonNode areas = youth.path("service_areas");
    assertThat(areas).extracting(a -> a.path("id").textValue())
        .containsExactly("youth-shelter-area-0", "youth-shelter-area-1");
    assertThat(areas).extracting(a -> a.path("service_id").textValue()).containsOnly("youth-shelter");
    assertThat(areas).extracting(a -> a.path("name").textValue()).containsExactlyInAnyOrder("west", "noord");
    JsonNode waitlist = youth.path("capacities").get(0);
    assertThat(waitlist.path("id").textValue()).isEqualTo("youth-shelter-capacity");
    assertThat(waitlist.path("service_id").textValue()).isEqualTo("youth-shelter");
    assertThat(waitlist.path("unit").path("id").textValue()).isEqualTo("casework-waitlist-under-1-month");
    assertThat(waitlist.path("unit").path("name").textValue()).isEqualTo("waitlist under-1-month");
    assertThat(waitlist.path("unit").path("scheme").textValue()).isEqualTo(Hsds.VOCABULARY);
    assertThat(waitlist.path("unit").path("identifier").textValue()).isEqualTo("waitlist:under-1-month");
    // A waiting list of any length means no place now.
    assertThat(waitlist.get("available").intValue()).isZero();
    assertThat(waitlist.path("updated").textValue()).isEqualTo("2026-10-01T08:00:00Z");

    JsonNode priority = contents.get(1).path("services").get(0);
    assertThat(priority.path("status").textValue()).isEqualTo("temporarily closed");
    assertThat(priority.path("minimum_age").intValue()).isEqualTo(18);
    assertThat(priority.has("maximum_age")).isFalse();
    assertThat(priority.path("service_areas")).isEmpty();
    JsonNode places = priority.path("capacities").get(0);
    assertThat(places.path("unit").path("id").textValue()).isEqualTo("casework-places");
    assertThat(places.path("unit").path("name").textValue()).isEqualTo("places");
    assertThat(places.path("unit").path("identifier").textValue()).isEqualTo("places");
    assertThat(places.path("unit").path("scheme").textValue()).isEqualTo(Hsds.VOCABULARY);
    assertThat(places.path("id").textValue()).isEqualTo("housing-priority-capacity");
    assertThat(places.path("service_id").textValue()).isEqualTo("housing-priority");
    assertThat(places.path("updated").textValue()).isEqualTo("2026-10-01T08:00:00Z");
    assertThat(places.path("available").intValue()).isEqualTo(2);
    assertThat(places.path("maximum").intValue()).isEqualTo(10);
  }

  /**
   * An age range from birth states only its maximum (a minimum of 0 is no limit), an open one neither; a waiting
   * list without a wait has a place now.
   */
  @Test
  void aRangeFromBirthHasNoMinimumAndAWaitlistWithoutWaitHasAPlace() throws IOException {
    Agency hvo = Agency.of(AgencyId.of("hvo"), "Hulp voor Onbehuisden", AgencyKind.SHELTER, List.of(
        AgencyService.of("youth-shelter", "Youth shelter", List.of(LifeDomain.HOUSING)),
        AgencyService.of("night-shelter", "Night shelter", List.of(LifeDomain.HOUSING))));
    ServiceDirectory d = ServiceDirectory.of(List.of(hvo), List.of(
        ServiceListing.open(hvo.id(), "youth-shelter").withEligibility(Eligibility.parse("age ..17"))
            .withCapacity(new ServiceCapacity.Waitlist(WaitlistBand.NONE, UPDATED)),
        ServiceListing.open(hvo.id(), "night-shelter")
            .withCapacity(new ServiceCapacity.Waitlist(WaitlistBand.UNDETERMINED, UPDATED))));
    JsonNode services = write(d).path("contents").get(0).path("services");
    JsonNode youth = services.get(0);
    assertThat(youth.has("minimum_age")).isFalse();
    assertThat(youth.get("maximum_age").intValue()).isEqualTo(17);
    assertThat(youth.path("capacities").get(0).get("available").intValue()).isOne();
    assertThat(youth.path("capacities").get(0).path("unit").path("identifier").textValue())
        .isEqualTo("waitlist:none");
    JsonNode night = services.get(1);
    assertThat(night.has("minimum_age")).isFalse();
    assertThat(night.has("maximum_age")).isFalse();
    assertThat(night.path("capacities").get(0).get("available").intValue()).isZero();
  }

  @Test
  void eachAttributeHasItsOwnIdItsLinkAndItsTaxonomyTerm() throws IOException {
    JsonNode hvo = write(district()).path("contents").get(0);
    JsonNode kind = hvo.path("attributes").get(0);
    assertThat(kind.path("id").textValue()).isEqualTo("hvo-agency-kind");
    assertThat(kind.path("link_id").textValue()).isEqualTo("hvo");
    assertThat(kind.path("link_type").textValue()).isEqualTo("organization");
    assertThat(kind.path("link_entity").textValue()).isEqualTo("organization");
    assertThat(kind.path("value").textValue()).isEqualTo(AgencyKind.SHELTER.code());
    assertThat(kind.path("label").textValue()).isEqualTo("casework agency kind");
    JsonNode term = kind.path("taxonomy_term");
    assertThat(term.path("id").textValue()).isEqualTo("casework-agency-kind");
    assertThat(term.path("code").textValue()).isEqualTo(Hsds.AGENCY_KIND);
    assertThat(term.path("name").textValue()).isEqualTo("casework agency kind");
    assertThat(term.path("taxonomy").textValue()).isEqualTo(Hsds.VOCABULARY);

    JsonNode attributes = hvo.path("services").get(0).path("attributes");
    assertThat(attributes).extracting(a -> a.path("id").textValue()).containsExactly("youth-shelter-service-code",
        "youth-shelter-life-domain-1", "youth-shelter-life-domain-2", "youth-shelter-eligibility-3");
    assertThat(attributes).extracting(a -> a.path("link_type").textValue()).containsOnly("service");
    assertThat(attributes).extracting(a -> a.path("value").textValue()).containsExactly("youth-shelter",
        LifeDomain.HOUSING.code(), LifeDomain.SUBSTANCE_USE.code(), "age 18..23");
  }
}
