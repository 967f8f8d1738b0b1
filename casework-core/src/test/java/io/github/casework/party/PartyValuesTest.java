package io.github.casework.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.testing.Rejections;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of the party values at their limits: lengths, blanks, service codes, and what toString shows. */
class PartyValuesTest {
  private static final AgencyService SHELTER = AgencyService.of("night-shelter", "Night shelter",
      Set.of(LifeDomain.HOUSING));
  private static final AgencyService DEBTS = AgencyService.of("debt-rescheduling", "Debt rescheduling",
      Set.of(LifeDomain.FINANCES));

  private static void rejected(Executable e, String code, String field) throws Throwable {
    Throwable t = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, e);
    assertThat(Rejections.code(t)).isEqualTo(code);
    assertThat(((InvalidValueException) t).field()).isEqualTo(field);
  }

  @Test
  void anAddressTakesEachComponentUpToItsLimitAndNoLonger() throws Throwable {
    String s200 = "s".repeat(200);
    String n20 = "1".repeat(20);
    Address longest = new Address(s200, n20, n20, s200);
    assertThat(longest.street()).hasSize(200);
    rejected(() -> new Address(s200 + "s", "1", "1011AB", "Amsterdam"), PartyCodes.ADDRESS_TOO_LONG,
        "Address.street");
    rejected(() -> new Address("Dam", n20 + "a", "1011AB", "Amsterdam"), PartyCodes.ADDRESS_TOO_LONG,
        "Address.houseNumber");
    rejected(() -> new Address("Dam", "1", n20 + "A", "Amsterdam"), PartyCodes.ADDRESS_TOO_LONG,
        "Address.postalCode");
    rejected(() -> new Address("Dam", "1", "1011AB", s200 + "m"), PartyCodes.ADDRESS_TOO_LONG, "Address.city");
    assertThatThrownBy(() -> new Address("Dam", "1", "1011AB", s200 + "m"))
        .hasMessageContaining("must be at most 200 characters");
    assertThatThrownBy(() -> new Address("Dam", n20 + "a", "1011AB", "Amsterdam"))
        .hasMessageContaining("must be at most 20 characters");
  }

  @Test
  void anAddressHasNoBlankComponent() throws Throwable {
    rejected(() -> new Address(" ", "1", "1011AB", "Amsterdam"), PartyCodes.ADDRESS_BLANK, "Address.street");
    rejected(() -> new Address("Dam", "\t", "1011AB", "Amsterdam"), PartyCodes.ADDRESS_BLANK, "Address.houseNumber");
    rejected(() -> new Address("Dam", "1", "", "Amsterdam"), PartyCodes.ADDRESS_BLANK, "Address.postalCode");
    rejected(() -> new Address("Dam", "1", "1011AB", "  "), PartyCodes.ADDRESS_BLANK, "Address.city");
    assertThat(new Address("Dam", "1", "1011AB", "Amsterdam").toString()).isEqualTo("Address[redacted]");
  }

  @Test
  void anAgencyNameIsOneTo200CharactersAndNotBlank() throws Throwable {
    AgencyId id = AgencyId.of("welfare");
    assertThat(Agency.of(id, "w".repeat(200), AgencyKind.WELFARE, List.of()).name()).hasSize(200);
    assertThat(Agency.of(id, "W", AgencyKind.WELFARE, List.of()).name()).isEqualTo("W");
    rejected(() -> Agency.of(id, "w".repeat(201), AgencyKind.WELFARE, List.of()), PartyCodes.NAME_TOO_LONG,
        "Agency.name");
    rejected(() -> Agency.of(id, " ", AgencyKind.WELFARE, List.of()), PartyCodes.NAME_BLANK, "Agency.name");
  }

  @Test
  void anAgencysServicesHaveDistinctCodesAndAreFoundByCode() throws Throwable {
    AgencyId id = AgencyId.of("shelter");
    Agency a = Agency.of(id, "Shelter", AgencyKind.SHELTER, List.of(SHELTER, DEBTS));
    assertThat(a.service("debt-rescheduling")).contains(DEBTS);
    assertThat(a.service("night-shelter")).contains(SHELTER);
    assertThat(a.service("detox")).isEmpty();
    AgencyService sameCode = AgencyService.of("night-shelter", "Another name", Set.of(LifeDomain.PHYSICAL_HEALTH));
    rejected(() -> Agency.of(id, "Shelter", AgencyKind.SHELTER, List.of(SHELTER, DEBTS, sameCode)),
        PartyCodes.AGENCY_DUPLICATE_SERVICE, "Agency.services");
  }

  @Test
  void aServiceCodeIsOneTo64LowerCaseLettersDigitsAndHyphensNotStartingWithAHyphen() throws Throwable {
    for (String good : List.of("a", "7", "a-b", "a".repeat(64), "0-night-shelter-")) {
      assertThat(AgencyService.of(good, "Service", Set.of(LifeDomain.WORK_AND_EDUCATION)).code()).isEqualTo(good);
    }
    for (String bad : List.of("", "-a", "a".repeat(65), "Night", "night shelter", "nacht_opvang", "é")) {
      rejected(() -> AgencyService.of(bad, "Service", Set.of(LifeDomain.WORK_AND_EDUCATION)),
          PartyCodes.SERVICE_INVALID_CODE, "AgencyService.code");
    }
  }

  @Test
  void aServiceHasANameAndAtLeastOneLifeDomain() throws Throwable {
    rejected(() -> AgencyService.of("detox", " ", Set.of(LifeDomain.PHYSICAL_HEALTH)), PartyCodes.NAME_BLANK,
        "AgencyService.name");
    rejected(() -> AgencyService.of("detox", "d".repeat(201), Set.of(LifeDomain.PHYSICAL_HEALTH)),
        PartyCodes.NAME_TOO_LONG, "AgencyService.name");
    rejected(() -> AgencyService.of("detox", "Detox", Set.of()), PartyCodes.SERVICE_NO_DOMAIN,
        "AgencyService.domains");
    assertThat(AgencyService.of("detox", "Detox", List.of(LifeDomain.PHYSICAL_HEALTH, LifeDomain.PHYSICAL_HEALTH))
        .domains()).containsExactly(LifeDomain.PHYSICAL_HEALTH);
  }

  @Test
  void aClientsNameIsOneTo200CharactersAndNotBlank() throws Throwable {
    ClientId c = ClientId.of("client-1");
    assertThat(new PersonalDetails(c, "n".repeat(200), Optional.empty(), Optional.empty(), Optional.empty()).name())
        .hasSize(200);
    rejected(() -> new PersonalDetails(c, "n".repeat(201), Optional.empty(), Optional.empty(), Optional.empty()),
        PartyCodes.NAME_TOO_LONG, "PersonalDetails.name");
    rejected(() -> new PersonalDetails(c, "\n", Optional.empty(), Optional.empty(), Optional.empty()),
        PartyCodes.NAME_BLANK, "PersonalDetails.name");
  }

  @Test
  void personalDetailsShowWhichDetailsArePresentAndNoValue() {
    ClientId c = ClientId.of("client-1");
    Address home = new Address("Dam", "1", "1011AB", "Amsterdam");
    Bsn bsn = Bsn.parse("111222333");
    LocalDate born = LocalDate.of(1961, 4, 12);
    assertThat(new PersonalDetails(c, "Mr K", Optional.empty(), Optional.empty(), Optional.empty()).toString())
        .isEqualTo("PersonalDetails[client=" + c + ", name=<redacted>]");
    assertThat(new PersonalDetails(c, "Mr K", Optional.of(born), Optional.of(home), Optional.of(bsn)).toString())
        .isEqualTo("PersonalDetails[client=" + c
            + ", name=<redacted>, dateOfBirth=<redacted>, address=<redacted>, bsn=<redacted>]");
    assertThat(new PersonalDetails(c, "Mr K", Optional.empty(), Optional.of(home), Optional.empty()).toString())
        .isEqualTo("PersonalDetails[client=" + c + ", name=<redacted>, address=<redacted>]");
    assertThat(new PersonalDetails(c, "Mr K", Optional.of(born), Optional.empty(), Optional.of(bsn)).toString())
        .isEqualTo("PersonalDetails[client=" + c + ", name=<redacted>, dateOfBirth=<redacted>, bsn=<redacted>]");
  }

  @Test
  void rolesAndAgencyKindsHaveKebabCaseCodesOfTheirNames() {
    for (Role r : Role.values()) {
      assertThat(r.code()).isEqualTo(r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    for (AgencyKind k : AgencyKind.values()) {
      assertThat(k.code()).isEqualTo(k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }
}
