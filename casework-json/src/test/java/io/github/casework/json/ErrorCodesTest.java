package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import io.github.casework.ErrorCatalogue;
import io.github.casework.ErrorCode;
import io.github.casework.testing.ErrorCodeSources.Declared;
import io.github.casework.testing.ErrorCodeSources;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON module's codes: none written inline, every {@link JsonCodes} constant in
 * {@link CaseworkJson#errorCodes()} after the core's, and every code the golden vectors pin is catalogued.
 */
class ErrorCodesTest {
  private static final Path MAIN = ErrorCodeSources.mainSources();

  @Test
  void noCodeIsWrittenInlineInTheMainSources() {
    Set<String> codes = CaseworkJson.errorCodes().stream().map(ErrorCode::code).collect(Collectors.toSet());
    assertThat(ErrorCodeSources.inlineCodes(MAIN, codes)).isEmpty();
  }

  @Test
  void theCatalogueIsTheCoresThenEveryJsonCodesConstantWithItsJavadocAsMeaning() {
    List<Declared> declared = ErrorCodeSources.declaredCodes(MAIN);
    assertThat(ErrorCodeSources.codesClasses(MAIN)).containsExactly(JsonCodes.class.getName());
    assertThat(declared).allSatisfy(d ->
        assertThat(d.javadoc()).as("the Javadoc of %s.%s", d.className(), d.constant()).isPresent());
    assertThat(Arrays.stream(JsonCodes.class.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())
            && f.getType() == String.class)
        .map(f -> f.getName()))
        .containsExactlyInAnyOrderElementsOf(declared.stream().map(Declared::constant).toList());

    List<ErrorCode> json = declared.stream()
        .map(d -> new ErrorCode(d.code(), d.javadoc().orElseThrow(), "io.github.casework.json")).toList();
    assertThat(JsonCodes.all()).containsExactlyElementsOf(json);
    assertThat(CaseworkJson.errorCodes()).containsExactlyElementsOf(
        ImmutableList.<ErrorCode>builder().addAll(ErrorCatalogue.all()).addAll(json).build());
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    assertThat(CaseworkJson.errorCodes().stream().map(ErrorCode::code)).doesNotHaveDuplicates()
        .allMatch(c -> ErrorCodeSources.CODE_SHAPE.matcher(c).matches());
    assertThat(JsonCodes.all()).allSatisfy(e -> assertThat(e.meaning()).as(e.code()).isNotBlank().endsWith("."));
  }

  @Test
  void everyJsonCodeIsUsedInTheMainSources() {
    Map<Declared, Integer> uses = ErrorCodeSources.referenceCounts(MAIN, ErrorCodeSources.declaredCodes(MAIN));
    assertThat(uses.entrySet().stream().filter(e -> e.getValue() == 0)
        .map(e -> e.getKey().className() + "." + e.getKey().constant()))
        .as("constants that no main source refers to").isEmpty();
  }

  @Test
  void everyCodeTheGoldenVectorsPinIsCatalogued() {
    List<String> pinned = JsonTesting.manifest("invalid/manifest.tsv").stream().map(row -> row[3]).distinct()
        .toList();
    assertThat(pinned).hasSizeGreaterThan(20);
    assertThat(pinned).allSatisfy(code -> assertThat(CaseworkJson.findErrorCode(code)).as(code).isPresent());
  }

  @Test
  void findErrorCodeKnowsTheCoresCodesAndTheJsonModulesAndNoOthers() {
    assertThat(CaseworkJson.findErrorCode(JsonCodes.SYNTAX)).get().extracting(ErrorCode::meaning)
        .isEqualTo("The input is not well-formed JSON (including a blank line in an event stream).");
    assertThat(CaseworkJson.findErrorCode("directory.unknown-agency")).get().extracting(ErrorCode::packageName)
        .isEqualTo("io.github.casework.json");
    assertThat(CaseworkJson.findErrorCode("case.need-still-open"))
        .isPresent().isEqualTo(ErrorCatalogue.find("case.need-still-open"));
    assertThat(CaseworkJson.findErrorCode("json.no-such-code")).isEmpty();
    assertThat(CaseworkJson.errorCodes())
        .allSatisfy(e -> assertThat(CaseworkJson.findErrorCode(e.code())).contains(e));
    assertThat(CaseworkJson.errorCodes()).isSameAs(CaseworkJson.errorCodes());
    new NullPointerTester().testMethod(null, method("findErrorCode"));
  }

  @Test
  void aRejectedDocumentCarriesACataloguedCode() {
    assertThatThrownBy(() -> JsonTesting.STANDARD.read(DocumentKind.CASE, "{\"format\":\"casework\""))
        .isInstanceOfSatisfying(CaseworkJsonException.class,
            e -> assertThat(CaseworkJson.findErrorCode(e.code())).isPresent());
  }

  private static Method method(String name) {
    return Arrays.stream(CaseworkJson.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow();
  }
}
