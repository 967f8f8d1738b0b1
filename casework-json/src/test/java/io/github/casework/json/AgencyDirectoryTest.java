package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.id.AgencyId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import org.junit.jupiter.api.Test;

/** An agency directory's look-ups by id. */
class AgencyDirectoryTest {

  @Test
  void agenciesAndProfessionalsAreFoundByTheirIdAndOnlyByIt() {
    AgencyDirectory city = Scenarios.cityDirectory();
    assertThat(city.agencies()).hasSizeGreaterThan(1);
    assertThat(city.professionals()).hasSizeGreaterThan(1);
    for (Agency a : city.agencies()) {
      assertThat(city.agency(a.id())).containsSame(a);
    }
    for (Professional p : city.professionals()) {
      assertThat(city.professional(p.id())).containsSame(p);
    }
    assertThat(city.agency(AgencyId.of("nowhere"))).isEmpty();
    assertThat(city.professional(ProfessionalId.of("nobody"))).isEmpty();
  }
}
