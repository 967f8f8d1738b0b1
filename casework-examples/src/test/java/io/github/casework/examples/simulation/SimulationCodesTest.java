package io.github.casework.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.ErrorCode;
import io.github.casework.testing.ErrorCodeSources;
import io.github.casework.testing.ErrorCodeSources.Declared;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The simulation kit's codes: each constant listed by {@code all()} with its Javadoc as meaning, none inline. */
class SimulationCodesTest {
  private static final Path SIMULATION = ErrorCodeSources.mainSources()
      .resolve("io/github/casework/examples/simulation");

  @Test
  void everyConstantIsListedWithItsJavadocAsMeaning() {
    List<Declared> declared = ErrorCodeSources.declaredCodes(ErrorCodeSources.mainSources()).stream()
        .filter(d -> d.className().equals(SimulationCodes.class.getName())).toList();
    assertThat(declared).hasSize(SimulationCodes.all().size());
    assertThat(SimulationCodes.all()).containsExactlyElementsOf(declared.stream()
        .map(d -> new ErrorCode(d.code(), d.javadoc().orElseThrow(), SimulationCodes.class.getPackageName()))
        .toList());
  }

  @Test
  void noSimulationCodeIsWrittenInline() {
    Set<String> codes = SimulationCodes.all().stream().map(ErrorCode::code).collect(Collectors.toSet());
    assertThat(ErrorCodeSources.inlineCodes(SIMULATION, codes)).isEmpty();
  }
}
