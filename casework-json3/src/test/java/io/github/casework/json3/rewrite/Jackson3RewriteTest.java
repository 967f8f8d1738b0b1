package io.github.casework.json3.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.json3.rewrite.Jackson3Rewrite.UntranslatableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rewrite's rules one by one, its refusals, the Dialect pin, and the rewrite of casework-json as it is: no
 * Jackson 2 name left, the same bytes every time.
 */
class Jackson3RewriteTest {
  private static final Path JSON = Path.of(System.getProperty("casework.json.dir", "../casework-json"));
  private static final Path OWN = Path.of(System.getProperty("casework.json3.dir", "."));

  private static String rewrite(String body) {
    return Jackson3Rewrite.rewriteJava("X.java", "package io.github.casework.json.ser;\n\n" + body);
  }

  @Test
  void packagesAndImportsAreJackson3sAndTheCodecsPackageIsRenamed() {
    String out = rewrite("""
        import com.fasterxml.jackson.core.JsonGenerator;
        import com.fasterxml.jackson.databind.SerializerProvider;
        import io.github.casework.json.internal.Failures;
        """);
    assertThat(out).startsWith("package io.github.casework.json3.ser;\n")
        .contains("import io.github.casework.json3.internal.Failures;\n")
        .contains("import tools.jackson.core.JsonGenerator;\n")
        .contains("import tools.jackson.databind.SerializationContext;\n")
        .doesNotContain("fasterxml");
  }

  @Test
  void renamedTypesAndMethodsGetTheirJackson3Names() {
    String out = rewrite("""
        import com.fasterxml.jackson.core.JsonGenerator;
        import com.fasterxml.jackson.databind.JsonSerializer;
        import com.fasterxml.jackson.databind.SerializerProvider;
        import java.io.IOException;

        class X extends JsonSerializer<String> {
          void write(String v, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeFieldName("a");
            g.writeStringField("b", v);
            g.writeArrayFieldStart("c");
            String t = p.getText();
            boolean n = p.currentToken() == JsonToken.FIELD_NAME;
          }
        }
        """);
    assertThat(out).contains("class X extends ValueSerializer<String>")
        .contains("void write(String v, JsonGenerator g, SerializationContext provider) throws JacksonException")
        .contains("g.writeName(\"a\")").contains("g.writeStringProperty(\"b\", v)")
        .contains("g.writeArrayPropertyStart(\"c\")").contains("p.getString()").contains("JsonToken.PROPERTY_NAME")
        .contains("import tools.jackson.core.JacksonException;\n").doesNotContain("java.io.IOException");
  }

  @Test
  void inAJacksonFreeFileIOExceptionStaysReal() {
    String out = rewrite("""
        import java.io.IOException;

        class X {
          void read() throws IOException {}
        }
        """);
    assertThat(out).contains("import java.io.IOException;").contains("throws IOException");
  }

  @Test
  void factoryFeaturesAndLookupsUseTheirJackson3Homes() {
    String out = rewrite("""
        import com.fasterxml.jackson.core.JsonFactory;
        import com.fasterxml.jackson.core.JsonFactoryBuilder;

        class X {
          Object f = new JsonFactoryBuilder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
          Object find(JavaType type, DeserializationConfig config, BeanDescription beanDesc) { return null; }
          Object replay(TokenBuffer b) { return b.asParserOnFirstToken(); }
        }
        """);
    assertThat(out).contains("import tools.jackson.core.json.JsonFactoryBuilder;")
        .contains("import tools.jackson.core.TokenStreamFactory;")
        .contains("TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES")
        .contains("BeanDescription.Supplier beanDesc)").contains("b.asParserOnFirstToken(ctxt)");
  }

  @Test
  void importsComeOutInHouseOrder() {
    String out = rewrite("""
        import static java.util.Objects.requireNonNull;

        import com.fasterxml.jackson.core.JsonParser;
        import io.github.casework.Aggregate;
        import org.jspecify.annotations.Nullable;
        """);
    assertThat(out).contains("""
        import static java.util.Objects.requireNonNull;

        import io.github.casework.Aggregate;
        import org.jspecify.annotations.Nullable;
        import tools.jackson.core.JsonParser;
        """);
  }

  @Test
  void constructsWithoutARuleStopTheRewriteNamingFileLineAndWhy() {
    for (String code : List.of("mapper.registerModule(m);", "g.setRootValueSeparator(null);", "p.getCodec();",
        "p.readValueAsTree();")) {
      assertThatThrownBy(() -> rewrite("class X {\n  void m() {\n    " + code + "\n  }\n}\n"))
          .as(code).isInstanceOf(UntranslatableException.class).hasMessageStartingWith("X.java:5: ");
    }
  }

  @Test
  void wrappingAJacksonFailureByHandGoesThroughTheDialectOnlyWhereJacksonIsImported() {
    String body = "class X {\n  void m(IOException e) {\n    throw new UncheckedIOException(e);\n  }\n}\n";
    assertThat(rewrite("import com.fasterxml.jackson.core.JsonParser;\n" + body))
        .contains("throw Dialect.unchecked(e);").contains("import io.github.casework.json3.internal.Dialect;");
    assertThat(rewrite(body)).contains("new UncheckedIOException(e)").doesNotContain("Dialect");
  }

  @Test
  void aSecondCatchOfWhatIsNowTheSameExceptionIsDropped() {
    String out = rewrite("""
        import com.fasterxml.jackson.core.JsonProcessingException;
        import com.fasterxml.jackson.databind.JsonNode;
        import java.io.IOException;

        class X {
          JsonNode read(byte[] b) {
            try {
              return MAPPER.readTree(b);
            } catch (JsonProcessingException e) {
              throw syntax(e);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        }
        """);
    assertThat(out).contains("""
            } catch (JacksonException e) {
              throw syntax(e);
            }
          }
        """).doesNotContain("Dialect.unchecked");
  }

  @Test
  void treesAndGeneratorsGetJackson3sNames() {
    String out = rewrite("""
        import com.fasterxml.jackson.databind.JsonNode;

        class X {
          void m(JsonNode o) {
            Object a = o.fields();
            Object b = o.fieldNames();
            Object g = MAPPER.getFactory().createGenerator(out);
          }
        }
        """);
    assertThat(out).contains("o.properties().iterator()").contains("o.propertyNames().iterator()")
        .contains("MAPPER.createGenerator(out)").contains("import tools.jackson.databind.JsonNode;");
  }

  @Test
  void aBareJackson2PackageNameLeftOverIsRefused() {
    assertThatThrownBy(() -> rewrite("class X {\n  String s = \"com.fasterxml.jackson.databindings\";\n}\n"))
        .isInstanceOf(UntranslatableException.class).hasMessageContaining("no Jackson 3 name");
  }

  @Test
  void commentsAndStringsAreNotCheckedForUntranslatableConstructs() {
    assertThat(rewrite("/** Call {@code mapper.registerModule(m)} or new ObjectMapper(). */\nclass X {\n"
        + "  String s = \"JsonNode\";\n}\n")).contains("registerModule");
  }

  @Test
  void testsThatDriveJackson2ThemselvesAreNotDerived() {
    assertThat(Jackson3Rewrite.isDerivedTest("io/github/casework/json/GoldenVectorTest.java",
        "package io.github.casework.json;\n\nimport java.util.List;\n")).isTrue();
    assertThat(Jackson3Rewrite.isDerivedTest("io/github/casework/json/CaseworkModuleTest.java",
        "package io.github.casework.json;\n\nimport com.fasterxml.jackson.databind.ObjectMapper;\n")).isFalse();
    assertThat(Jackson3Rewrite.isDerivedTest("io/github/casework/json/ReadFuzzTest.java", "")).isFalse();
  }

  @Test
  void resourcesFollowTheRename() {
    assertThat(Jackson3Rewrite.rewriteResourcePath("META-INF/services/com.fasterxml.jackson.databind.Module"))
        .isEqualTo("META-INF/services/tools.jackson.databind.JacksonModule");
    assertThat(Jackson3Rewrite.rewriteResourcePath("io/github/casework/json/schema/v1/case.schema.json"))
        .isEqualTo("io/github/casework/json3/schema/v1/case.schema.json");
  }

  @Test
  void theDialectPinMustMatchTheJackson2Dialect() {
    byte[] jackson2 = "class Dialect {}".getBytes(StandardCharsets.UTF_8);
    String pinned = "// " + Jackson3Rewrite.PIN + Jackson3Rewrite.sha256(jackson2) + "\n";
    Jackson3Rewrite.checkDialect(jackson2, pinned);
    assertThatThrownBy(() -> Jackson3Rewrite.checkDialect("class Dialect { int changed; }"
        .getBytes(StandardCharsets.UTF_8), pinned)).isInstanceOf(UntranslatableException.class)
        .hasMessageContaining("port the change");
    assertThatThrownBy(() -> Jackson3Rewrite.checkDialect(jackson2, "no pin"))
        .isInstanceOf(UntranslatableException.class);
  }

  @Test
  void rewritingCaseworkJsonLeavesNoJackson2NameAndGivesTheSameBytesTwice(@TempDir Path tmp) throws IOException {
    Path ownSources = OWN.resolve("src/dialect/java");
    int first = Jackson3Rewrite.run(JSON, tmp.resolve("a/src"), tmp.resolve("a/res"), tmp.resolve("a/test"),
        tmp.resolve("a/test-res"), ownSources);
    int second = Jackson3Rewrite.run(JSON, tmp.resolve("b/src"), tmp.resolve("b/res"), tmp.resolve("b/test"),
        tmp.resolve("b/test-res"), ownSources);
    assertThat(second).isEqualTo(first).isGreaterThan(100);
    List<String> files = Jackson3Rewrite.files(tmp.resolve("a"));
    assertThat(files).isEqualTo(Jackson3Rewrite.files(tmp.resolve("b")))
        .contains("src/io/github/casework/json3/CaseworkJson.java", "src/module-info.java",
            "res/META-INF/services/tools.jackson.databind.JacksonModule",
            "test/io/github/casework/json3/GoldenVectorTest.java")
        .contains("src/io/github/casework/json3/internal/Dialect.java");
    assertThat(files).noneMatch(f -> f.startsWith("test-res/vectors/"));
    assertThat(tmp.resolve("a/src/io/github/casework/json3/internal/Dialect.java"))
        .hasSameBinaryContentAs(OWN.resolve("src/dialect/java/io/github/casework/json3/internal/Dialect.java"));
    for (String f : files) {
      byte[] a = Files.readAllBytes(tmp.resolve("a").resolve(f));
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f).isEqualTo(a);
      if (f.endsWith(".java")) {
        assertThat(new String(a, StandardCharsets.UTF_8)).as(f)
            .doesNotContainPattern("com\\.fasterxml\\.jackson\\.(core|databind)")
            .doesNotContainPattern("\\bio\\.github\\.casework\\.json\\b(?!3)");
      }
    }
  }
}
