package io.github.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.id.CaseId;
import io.github.casework.party.Bsn;
import io.github.casework.testing.ErrorCodeSources.Declared;
import io.github.casework.testing.ErrorCodeSources;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue is complete and exact: every code core throws is a constant of a {@code *Codes} class, never a
 * literal at the throw site, and every constant is in the catalogue once, with its Javadoc as its meaning.
 */
class ErrorCatalogueTest {
  private static final Path MAIN = ErrorCodeSources.mainSources();

  private static Set<String> catalogued() {
    return ErrorCatalogue.all().stream().map(ErrorCode::code).collect(Collectors.toSet());
  }

  @Test
  void noCodeIsWrittenInlineInTheMainSources() {
    assertThat(ErrorCodeSources.inlineCodes(MAIN, catalogued())).isEmpty();
  }

  @Test
  void theSourceScanFindsCodesWrittenInlineAndIgnoresOtherText(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Inline.java"), """
        package x;
        class Inline {
          static final String TYPE = "case.closed";
          // throw new InvalidValueException("in.a-comment", "F.f", "rule");
          void a() { throw new InvalidValueException("x.y", "F.f", "rule"); }
          void b() { throw new io.github.casework.RuleViolationException("Not A Code", "s", "rule"); }
          void c() { throw reject("a.b-c", "rule"); }
          void d() { throw Reading.fail(p, "/x", "json.new-thing", "rule"); }
          void e() { String code = "bsn.length"; }
          void f() { throw new IllegalStateException("bug: " + "something"); }
          void g() { getResourceAsStream("version.properties"); }
          void h() { throw new MyException(Codes.OK, "rule"); }
          void i() { throw new SomeOtherException("other.code", 1); }
        }
        """);
    Files.writeString(dir.resolve("MyException.java"), """
        package x;
        class MyException extends CaseworkException {
          MyException(String rule) { super("my.code", rule); }
          MyException(String code, String rule) { super(code, rule); }
          void j() { throw new MyException("Inline Literal", "rule"); }
        }
        """);

    List<String> found = ErrorCodeSources.inlineCodes(dir, Set.of("bsn.length", "case.closed"));

    assertThat(found).hasSize(8);
    assertThat(String.join("\n", found))
        .contains("Inline.java:5: \"x.y\"", "Inline.java:6: \"Not A Code\"", "Inline.java:7: \"a.b-c\"",
            "Inline.java:8: \"json.new-thing\"", "Inline.java:9: \"bsn.length\"", "Inline.java:13: \"other.code\"",
            "MyException.java:3: \"my.code\"", "MyException.java:5: \"Inline Literal\"")
        .doesNotContain("in.a-comment", "case.closed", "bug:", "version.properties", "rule\"");
  }

  @Test
  void everyConstantOfEveryCodesClassIsCataloguedWithItsJavadocAsMeaning() throws ReflectiveOperationException {
    List<Declared> declared = ErrorCodeSources.declaredCodes(MAIN);
    assertThat(declared).allSatisfy(d ->
        assertThat(d.javadoc()).as("the Javadoc of %s.%s", d.className(), d.constant()).isPresent());

    for (String className : ErrorCodeSources.codesClasses(MAIN)) {
      Class<?> codes = Class.forName(className);
      assertThat(constants(codes)).as("the constants of %s, by reflection and in its source", className)
          .containsExactlyInAnyOrderElementsOf(declared.stream().filter(d -> d.className().equals(className))
              .map(Declared::constant).toList());
      List<ErrorCode> expected = declared.stream().filter(d -> d.className().equals(className))
          .map(d -> new ErrorCode(d.code(), d.javadoc().orElseThrow(), codes.getPackageName())).toList();
      assertThat((List<?>) codes.getMethod("all").invoke(null)).as("%s.all()", className)
          .asInstanceOf(InstanceOfAssertFactories.list(ErrorCode.class))
          .containsExactlyElementsOf(expected);
      assertThat(ErrorCatalogue.all()).as("the catalogue, for %s", className).containsAll(expected);
    }
    assertThat(ErrorCatalogue.all()).hasSameSizeAs(declared);
  }

  @Test
  void codesAreUniqueWellFormedAndInTheDocumentedOrder() {
    ImmutableList<ErrorCode> all = ErrorCatalogue.all();
    assertThat(all.stream().map(ErrorCode::code)).doesNotHaveDuplicates()
        .allMatch(c -> ErrorCodeSources.CODE_SHAPE.matcher(c).matches());
    assertThat(all).allSatisfy(e -> {
      assertThat(e.meaning()).as(e.code()).isNotBlank().endsWith(".");
      assertThat(e.packageName()).as(e.code()).startsWith("io.github.casework");
    });
    assertThat(all.stream().map(ErrorCode::packageName).distinct()).containsExactly(
        "io.github.casework", "io.github.casework.id", "io.github.casework.party", "io.github.casework.casefile",
        "io.github.casework.referral", "io.github.casework.escalation", "io.github.casework.signal",
        "io.github.casework.norm", "io.github.casework.check", "io.github.casework.privacy",
        "io.github.casework.directory");
  }

  @Test
  void everyCataloguedCodeIsUsedInTheMainSources() {
    Map<Declared, Integer> uses = ErrorCodeSources.referenceCounts(MAIN, ErrorCodeSources.declaredCodes(MAIN));
    assertThat(uses.entrySet().stream().filter(e -> e.getValue() == 0)
        .map(e -> e.getKey().className() + "." + e.getKey().constant()))
        .as("constants that no main source refers to").isEmpty();
  }

  @Test
  void findReturnsTheEntryOfACodeAndEmptyForAnyOther() {
    assertThat(ErrorCatalogue.find("case.need-still-open")).contains(new ErrorCode(
        "case.need-still-open", "The case cannot close while a need is open.", "io.github.casework.casefile"));
    assertThat(ErrorCatalogue.find("case.not-opened")).get().extracting(ErrorCode::meaning)
        .isEqualTo("A history is empty or does not start with case.opened.");
    assertThat(ErrorCatalogue.find("json.syntax")).isEmpty();
    assertThat(ErrorCatalogue.find("no.such-code")).isEmpty();
    assertThat(ErrorCatalogue.all()).allSatisfy(e -> assertThat(ErrorCatalogue.find(e.code())).contains(e));
  }

  @Test
  void whatTheDomainThrowsIsInTheCatalogue() {
    List<Runnable> rejected = List.of(
        () -> Bsn.parse("12345678"),
        () -> CaseId.of(""),
        () -> ExpectedVersion.exactly(0),
        () -> LifeDomain.ofCode("nope"),
        () -> new Decision<>("state", ImmutableList.of()),
        () -> new ErrorCode("Bad", "meaning", "io.github.casework"));
    assertThat(rejected).allSatisfy(r -> assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(ErrorCatalogue.find(e.code())).isPresent()));
  }

  @Test
  void anErrorCodeIsValidatedWithoutEchoingIt() {
    for (String bad : List.of("x", "X.y", "x..y", "x.y-", ".x.y", "x.Y", "x y.z", "1x.y", "x.-y", "")) {
      assertThatThrownBy(() -> new ErrorCode(bad, "A rule.", "io.github.casework"))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreCodes.ERROR_CODE_MALFORMED);
            assertThat(e.field()).isEqualTo("ErrorCode.code");
            if (bad.length() > 1) {
              assertThat(e.getMessage()).doesNotContain(bad);
            }
          });
    }
    assertThatThrownBy(() -> new ErrorCode("x.y", " ", "io.github.casework"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(CoreCodes.ERROR_CODE_MEANING_BLANK));
    for (String bad : List.of("", "io..casework", "Io.github", "io.github.", "io github")) {
      assertThatThrownBy(() -> new ErrorCode("x.y", "A rule.", bad))
          .isInstanceOfSatisfying(InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo(CoreCodes.ERROR_CODE_PACKAGE_INVALID));
    }
    assertThat(new ErrorCode("x2.y-z.w", "A rule.", "com.example.casework_ext").code()).isEqualTo("x2.y-z.w");
  }

  @Test
  void equalityAndNullHostility() {
    new EqualsTester()
        .addEqualityGroup(new ErrorCode("a.b", "A.", "io.github.casework"), new ErrorCode("a.b", "A.",
            "io.github.casework"))
        .addEqualityGroup(new ErrorCode("a.c", "A.", "io.github.casework"))
        .addEqualityGroup(new ErrorCode("a.b", "B.", "io.github.casework"))
        .addEqualityGroup(new ErrorCode("a.b", "A.", "io.github.casework.id"))
        .testEquals();
    NullPointerTester tester = new NullPointerTester().setDefault(String.class, "a.b");
    tester.testAllPublicStaticMethods(ErrorCatalogue.class);
    tester.testAllPublicConstructors(ErrorCode.class);
  }

  @Test
  void theCatalogueCannotBeChanged() {
    List<ErrorCode> all = ErrorCatalogue.all();
    assertThatThrownBy(() -> all.add(new ErrorCode("x.y", "A rule.", "io.github.casework")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(ErrorCatalogue.all()).isSameAs(ErrorCatalogue.all());
  }

  private static List<String> constants(Class<?> codes) {
    return Arrays.stream(codes.getDeclaredFields())
        .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
            && Modifier.isFinal(f.getModifiers()) && f.getType() == String.class)
        .map(Field::getName)
        .toList();
  }
}
