package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;
import io.github.casework.examples.simulation.SimulationCodes;
import io.github.casework.json.CaseworkJson;
import io.github.casework.testing.ErrorCodeSources;
import io.github.casework.testing.ErrorCodeSources.Declared;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The command's own codes: none written inline, every {@code *Codes} constant of this module catalogued with its
 * Javadoc as meaning, none unused, none clashing with a library's code.
 */
class CliCodesTest {
  private static final Path MAIN = ErrorCodeSources.mainSources();

  private static List<ErrorCode> moduleCodes() {
    return ImmutableList.<ErrorCode>builder().addAll(CliCodes.all()).addAll(SimulationCodes.all()).build();
  }

  @Test
  void noCodeIsWrittenInlineInTheMainSources() {
    Set<String> codes = ImmutableList.<ErrorCode>builder().addAll(CaseworkJson.errorCodes()).addAll(moduleCodes())
        .build().stream().map(ErrorCode::code).collect(Collectors.toSet());
    assertThat(ErrorCodeSources.inlineCodes(MAIN, codes)).isEmpty();
  }

  @Test
  void everyCodesConstantIsCataloguedWithItsJavadocAsMeaning() {
    List<Declared> declared = ErrorCodeSources.declaredCodes(MAIN);
    // ExitCodes holds the exit status numbers, no error codes.
    assertThat(declared.stream().map(Declared::className).distinct()).containsExactlyInAnyOrder(
        CliCodes.class.getName(), SimulationCodes.class.getName());
    assertThat(declared).allSatisfy(d ->
        assertThat(d.javadoc()).as("the Javadoc of %s.%s", d.className(), d.constant()).isPresent());
    List<ErrorCode> fromSources = declared.stream().map(d -> new ErrorCode(d.code(), d.javadoc().orElseThrow(),
        d.className().substring(0, d.className().lastIndexOf('.')))).toList();
    assertThat(moduleCodes()).containsExactlyInAnyOrderElementsOf(fromSources);
  }

  @Test
  void codesAreUniqueWellFormedAndDistinctFromTheLibraries() {
    Set<String> libraries = CaseworkJson.errorCodes().stream().map(ErrorCode::code).collect(Collectors.toSet());
    assertThat(moduleCodes().stream().map(ErrorCode::code)).doesNotHaveDuplicates()
        .allMatch(c -> ErrorCodeSources.CODE_SHAPE.matcher(c).matches())
        .noneMatch(libraries::contains);
    assertThat(moduleCodes()).allSatisfy(e -> assertThat(e.meaning()).as(e.code()).isNotBlank().endsWith("."));
  }

  @Test
  void everyCodeIsUsedInTheMainSources() {
    Map<Declared, Integer> uses = ErrorCodeSources.referenceCounts(MAIN, ErrorCodeSources.declaredCodes(MAIN));
    assertThat(uses.entrySet().stream().filter(e -> e.getValue() == 0)
        .map(e -> e.getKey().className() + "." + e.getKey().constant()))
        .as("constants that no main source refers to").isEmpty();
  }
}
