package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.casework.json.internal.JacksonSupport;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Jackson matrix (casework-json's pom runs the vector and facade tests once per supported Jackson 2): each leg
 * runs on the Jackson it names, not silently on the managed one, and the features the facade looks up are there
 * exactly from the versions that brought them. That every leg writes the same bytes (an astral character as one
 * 4-byte sequence, also before 2.18) is GoldenVectorTest's part.
 */
class JacksonVersionTest {
  private static final String CORE = com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
  private static final String DATABIND = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();

  @Test
  void thisLegRunsOnTheJacksonItNames() {
    String expected = System.getProperty("casework.jackson.expected", "");
    assertThat(expected).as("the build names the Jackson of each leg (casework.jackson.expected)").isNotBlank();
    assertThat(CORE).isEqualTo(expected);
    assertThat(DATABIND).isEqualTo(expected);
  }

  @Test
  void theFeaturesOfNewerJacksonsAreUsedWhereTheyExist() {
    int minor = com.fasterxml.jackson.core.json.PackageVersion.VERSION.getMinorVersion();
    assertThat(JacksonSupport.COMBINE_SURROGATES.map(JsonWriteFeature::name)).as("2.18 on")
        .isEqualTo(minor >= 18 ? Optional.of("COMBINE_UNICODE_SURROGATES_IN_UTF8") : Optional.empty());
    assertThat(JacksonSupport.ESCAPE_FORWARD_SLASHES.isPresent()).as("2.17 on").isEqualTo(minor >= 17);
  }
}
