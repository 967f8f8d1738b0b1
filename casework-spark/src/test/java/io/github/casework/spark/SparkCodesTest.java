package io.github.casework.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.ErrorCode;
import io.github.casework.testing.ErrorCodeSources.Declared;
import io.github.casework.testing.ErrorCodeSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's codes: none written inline, each {@link SparkCodes} constant catalogued with its Javadoc, all used. */
class SparkCodesTest {
  private static final Path MAIN = ErrorCodeSources.mainSources();

  @Test
  void theCatalogueIsEveryConstantWithItsJavadocAsMeaning() {
    List<Declared> declared = ErrorCodeSources.declaredCodes(MAIN);
    assertThat(ErrorCodeSources.codesClasses(MAIN)).containsExactly(SparkCodes.class.getName());
    assertThat(SparkCodes.all()).containsExactlyElementsOf(declared.stream()
        .map(d -> new ErrorCode(d.code(), d.javadoc().orElseThrow(), "io.github.casework.spark")).toList());
    assertThat(SparkCodes.all()).allSatisfy(e -> assertThat(e.code()).startsWith("spark."));
  }

  @Test
  void noCodeIsWrittenInlineAndEveryCodeIsUsed() {
    Set<String> codes = Stream.concat(SparkCodes.all().stream(), io.github.casework.json.CaseworkJson.errorCodes()
        .stream()).map(ErrorCode::code).collect(Collectors.toSet());
    assertThat(ErrorCodeSources.inlineCodes(MAIN, codes)).isEmpty();
    Map<Declared, Integer> uses = ErrorCodeSources.referenceCounts(MAIN, ErrorCodeSources.declaredCodes(MAIN));
    assertThat(uses.entrySet().stream().filter(e -> e.getValue() == 0).map(e -> e.getKey().constant()))
        .as("constants that no main source refers to").isEmpty();
  }
}
