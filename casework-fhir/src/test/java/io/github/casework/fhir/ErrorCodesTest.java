package io.github.casework.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCatalogue;
import io.github.casework.ErrorCode;
import io.github.casework.testing.ErrorCodeSources.Declared;
import io.github.casework.testing.ErrorCodeSources;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The FHIR module's codes: none inline, every constant catalogued after the core's with its Javadoc, all used. */
class ErrorCodesTest {
  private static final Path MAIN = ErrorCodeSources.mainSources();

  @Test
  void noCodeIsWrittenInlineInTheMainSources() {
    Set<String> codes = CaseworkFhir.errorCodes().stream().map(ErrorCode::code).collect(Collectors.toSet());
    assertThat(ErrorCodeSources.inlineCodes(MAIN, codes)).isEmpty();
  }

  @Test
  void theCatalogueIsTheCoresThenEveryFhirCodesConstantWithItsJavadocAsMeaning() {
    List<Declared> declared = ErrorCodeSources.declaredCodes(MAIN);
    assertThat(ErrorCodeSources.codesClasses(MAIN)).containsExactly(FhirCodes.class.getName());
    assertThat(Arrays.stream(FhirCodes.class.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())
            && f.getType() == String.class)
        .map(f -> f.getName()))
        .containsExactlyInAnyOrderElementsOf(declared.stream().map(Declared::constant).toList());
    List<ErrorCode> fhir = declared.stream()
        .map(d -> new ErrorCode(d.code(), d.javadoc().orElseThrow(), "io.github.casework.fhir")).toList();
    assertThat(FhirCodes.all()).containsExactlyElementsOf(fhir);
    assertThat(CaseworkFhir.errorCodes()).containsExactlyElementsOf(
        ImmutableList.<ErrorCode>builder().addAll(ErrorCatalogue.all()).addAll(fhir).build());
    assertThat(CaseworkFhir.errorCodes().stream().map(ErrorCode::code)).doesNotHaveDuplicates()
        .allMatch(c -> ErrorCodeSources.CODE_SHAPE.matcher(c).matches());
  }

  @Test
  void everyFhirCodeIsUsedInTheMainSources() {
    Map<Declared, Integer> uses = ErrorCodeSources.referenceCounts(MAIN, ErrorCodeSources.declaredCodes(MAIN));
    assertThat(uses.entrySet().stream().filter(e -> e.getValue() == 0).map(e -> e.getKey().constant()))
        .as("constants that no main source refers to").isEmpty();
  }

  @Test
  void findErrorCodeKnowsTheCoresAndThisModulesCodes() {
    assertThat(CaseworkFhir.findErrorCode(FhirCodes.FORBIDDEN_TRANSITION)).get().extracting(ErrorCode::packageName)
        .isEqualTo("io.github.casework.fhir");
    assertThat(CaseworkFhir.findErrorCode("referral.illegal-transition"))
        .isEqualTo(ErrorCatalogue.find("referral.illegal-transition"));
    assertThat(CaseworkFhir.findErrorCode("fhir.no-such-code")).isEmpty();
  }
}
