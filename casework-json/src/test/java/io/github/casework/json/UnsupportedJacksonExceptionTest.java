package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The exception for a Jackson older than the supported range, on its own (the below-floor check that raises it runs
 * in a leg of its own, outside mutation testing).
 */
class UnsupportedJacksonExceptionTest {

  @Test
  void itNamesTheArtifactTheVersionFoundAndTheVersionRequired() {
    UnsupportedJacksonException e = new UnsupportedJacksonException("jackson-core", "2.14.3", "2.16.0");
    assertThat(e.code()).isEqualTo(JsonCodes.UNSUPPORTED_JACKSON);
    assertThat(e.artifact()).isEqualTo("jackson-core");
    assertThat(e.found()).isEqualTo("2.14.3");
    assertThat(e.required()).isEqualTo("2.16.0");
    assertThat(e.getMessage()).startsWith("jackson-core 2.14.3 is on the class path, but casework-json needs "
        + "jackson-core 2.16.0 or newer").doesNotContain("\n");
  }
}
