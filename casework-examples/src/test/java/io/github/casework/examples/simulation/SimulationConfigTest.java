package io.github.casework.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The configuration file format: defaults, merging, and errors that name the JSON path. */
class SimulationConfigTest {

  @Test
  void anEmptyFileGivesTheDocumentedDefaults() {
    SimulationConfig d = SimulationConfig.parse("{}");
    assertThat(d).isEqualTo(SimulationConfig.defaults());
    assertThat(d.agencies()).hasSize(6);
    assertThat(d.clientsPerYear()).isEqualTo(6000);
    assertThat(SimulationConfig.parse(d.toJson())).isEqualTo(d);
  }

  @Test
  void objectsMergeFieldByFieldAndListsReplaceTheDefault() {
    SimulationConfig c = SimulationConfig.parse("""
        {"closedLoop": {"followUpReliability": 0.5},
         "areas": [{"code": "noord", "clientsPerYear": 100}]}""");
    assertThat(c.closedLoop().followUpReliability()).isEqualTo(0.5);
    assertThat(c.closedLoop().maxReferralsPerNeed())
        .isEqualTo(SimulationConfig.defaults().closedLoop().maxReferralsPerNeed());
    assertThat(c.areas()).containsExactly(new AreaConfig("noord", 100));
  }

  @Test
  void errorsNameTheJsonPath() {
    assertThatThrownBy(() -> SimulationConfig.parse("{\"closedLoop\": {\"followUpReliabilty\": 0.5}}"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("$.closedLoop.followUpReliabilty"));
    assertThatThrownBy(() -> SimulationConfig.parse("{\"closedLoop\": {\"followUpReliability\": 1.5}}"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("$.closedLoop.followUpReliability"))
        .hasMessageContaining("must be a probability");
    assertThatThrownBy(() -> SimulationConfig.parse("{\"intakeAgency\": \"nobody\"}"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("intakeAgency");
    assertThatThrownBy(() -> SimulationConfig.parse("{\"start\": \"2027-01-04\", \"start\": \"2028-01-03\"}"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("holds the same field twice");
    assertThatThrownBy(() -> SimulationConfig.parse("[]"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("object");
  }

  @Test
  void scalingKeepsUtilisationAndRaisesTheSignalThreshold() {
    SimulationConfig d = SimulationConfig.defaults();
    SimulationConfig big = d.scaledTo(60_000);
    assertThat(big.clientsPerYear()).isCloseTo(60_000, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(big.agencies().get(1).counsellors()).isEqualTo(d.agencies().get(1).counsellors() * 10);
    assertThat(big.signals().detectorThreshold()).isEqualTo(d.signals().detectorThreshold() * 10);
    assertThat(d.scaledTo(d.clientsPerYear())).isSameAs(d);
  }

  @Test
  void distributionsHaveTheirConfiguredMean() {
    var rng = RandomStreams.replication(1, 0);
    for (Distribution dist : new Distribution[] {Distribution.exponential(45), Distribution.lognormal(60, 0.7),
        new Distribution(Distribution.GAMMA, 120, 0.5), new Distribution(Distribution.CONSTANT, 3, 0)}) {
      var s = dist.sampler(rng);
      double sum = 0;
      int n = 200_000;
      for (int i = 0; i < n; i++) {
        sum += s.sample();
      }
      assertThat(sum / n).as("%s", dist).isCloseTo(dist.mean(), org.assertj.core.api.Assertions.within(0.01 * dist.mean()));
    }
    assertThat(Distribution.never().sampler(rng).sample()).isInfinite();
    assertThatThrownBy(() -> new Distribution("lognormal", 10, 0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Distribution("weibull", 10, 1)).isInstanceOf(InvalidValueException.class);
  }
}
