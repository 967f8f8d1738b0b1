package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casework.json.internal.JacksonSupport;
import org.junit.jupiter.api.Test;

/**
 * Below the supported range (the jackson-below-floor leg of casework-json's pom, on Jackson 2.15): the facade and the
 * module refuse to start with a typed, catalogued error naming the version found and the version required, instead
 * of a {@code NoSuchMethodError} later. Run only in that leg (its name keeps it out of the default includes).
 */
class JacksonFloorCheck {
  private static final String FOUND = com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();

  @Test
  void theFacadeAndTheModuleNameTheVersionFoundAndTheVersionRequired() {
    assertThat(FOUND).isEqualTo(System.getProperty("casework.jackson.expected"));
    for (Throwable thrown : new Throwable[] {catchThrowable(CaseworkJson::standard),
        catchThrowable(CaseworkJson::strict),
        catchThrowable(() -> new ObjectMapper().registerModule(new CaseworkModule()))}) {
      assertThat(thrown).isInstanceOf(UnsupportedJacksonException.class);
      UnsupportedJacksonException e = (UnsupportedJacksonException) thrown;
      assertThat(e.code()).isEqualTo(JsonCodes.UNSUPPORTED_JACKSON);
      assertThat(e.artifact()).isEqualTo("jackson-core");
      assertThat(e.found()).isEqualTo(FOUND);
      assertThat(e.required()).isEqualTo(JacksonSupport.FLOOR);
      assertThat(e.getMessage()).contains("jackson-core " + FOUND, "jackson-core " + JacksonSupport.FLOOR);
    }
    assertThat(CaseworkJson.errorCodes()).anyMatch(c -> c.code().equals(JsonCodes.UNSUPPORTED_JACKSON));
  }
}
