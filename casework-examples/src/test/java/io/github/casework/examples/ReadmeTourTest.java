package io.github.casework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets compile against the current API, so the tour a newcomer reads cannot drift from the
 * library. A snippet that declares a class is compiled as it stands; any other snippet is compiled as the body of
 * a method whose parameters are the free variables the tour uses ({@code now}, {@code events}, {@code in}, ...).
 */
class ReadmeTourTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  /** The free variables of the README's fragments, and the helper {@code save} the stream example calls. */
  private static final String FRAGMENT_CLASS = """
      import io.github.casework.*;
      import io.github.casework.casefile.*;
      import io.github.casework.check.*;
      import io.github.casework.fhir.*;
      import io.github.casework.id.*;
      import io.github.casework.json.*;
      import io.github.casework.referral.*;
      import io.github.casework.store.*;
      import java.io.*;
      import java.nio.file.Path;
      import java.time.Instant;
      import java.util.List;

      class Fragment%d {
        void tour(Instant now, List<CaseEvent> events, List<ReferralEvent> referralEvents,
            List<CaseEvent> caseEvents, CaseCommand command, OutputStream out, InputStream in, CaseloadCheck check,
            Referral referral, org.hl7.fhir.r4.model.Task partnersTask) throws IOException {
      %s
        }

        void save(CaseEvent event, Case state) {}
      }
      """;

  @Test
  void everyJavaSnippetOfTheReadmeCompiles(@TempDir Path classes) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<JavaFileObject> units = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      String code = m.group(1);
      int n = units.size() + 1;
      Matcher named = Pattern.compile("public class (\\w+)").matcher(code);
      units.add(named.find()
          ? source(named.group(1), code)
          : source("Fragment" + n, String.format(Locale.ROOT, FRAGMENT_CLASS, n, code)));
    }
    assertThat(units).as("java snippets in README.md").hasSizeGreaterThanOrEqualTo(3);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
        "-proc:none", "-Xlint:none");
    boolean ok = javac.getTask(null, null, diagnostics, options, null, units).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    assertThat(errors).as("compiler errors in the README's snippets").isEmpty();
    assertThat(ok).isTrue();
  }

  private static JavaFileObject source(String className, String code) {
    return new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
