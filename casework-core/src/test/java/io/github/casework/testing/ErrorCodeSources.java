package io.github.casework.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a module's main sources to hold its error codes to the catalogue: finds codes written inline where an
 * exception is made, and the constants (with their Javadoc) that the {@code *Codes} classes declare. A source-level
 * check, because a code passed inline compiles and runs like any other string; only reading the source shows it.
 */
public final class ErrorCodeSources {
  /** The shape of every code: dot-separated parts of lower-case words joined by hyphens. */
  public static final Pattern CODE_SHAPE =
      Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+");

  /** The exceptions whose first argument is a code; subclasses found in the sources are added. */
  private static final Set<String> CODE_EXCEPTIONS = Set.of(
      "CaseworkException", "InvalidValueException", "RuleViolationException", "VersionConflictException");

  /** Calls besides the exceptions' constructors that take a code: the aggregates' and json's helpers. */
  private static final Set<String> CODE_HELPERS = Set.of("super", "this", "reject", "fail", "at");

  private static final Pattern EXTENDS = Pattern.compile("\\bclass\\s+(\\w+)[^{]*?\\bextends\\s+(?:[\\w.]+\\.)?(\\w+)");
  private static final Pattern CONSTANT = Pattern.compile(
      "(?:/\\*\\*((?:(?!\\*/).)*?)\\*/\\s*)?public\\s+static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;",
      Pattern.DOTALL);

  private ErrorCodeSources() {}

  /** A constant of a {@code *Codes} class as its source declares it. */
  public record Declared(String className, String constant, String code, Optional<String> javadoc) {}

  /** {@return the folder of the main sources of the module under test; fails if it is not there} */
  public static Path mainSources() {
    String basedir = System.getProperty("basedir");
    Path module = basedir == null || basedir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(basedir);
    Path main = module.resolve("src/main/java");
    if (!Files.isDirectory(main)) {
      throw new AssertionError("no main sources at " + main + " (run the test from the module's folder)");
    }
    return main;
  }

  /** {@return every Java file under the folder, in a fixed order} */
  public static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the {@code *Codes} classes under the folder, as fully qualified names} */
  public static List<String> codesClasses(Path root) {
    return javaFiles(root).stream()
        .filter(f -> f.getFileName().toString().endsWith("Codes.java"))
        .map(f -> root.relativize(f).toString().replace('\\', '/').replace('/', '.').replaceAll("\\.java$", ""))
        .toList();
  }

  /** {@return the string constants of the {@code *Codes} classes under the folder, in file and declaration order} */
  public static List<Declared> declaredCodes(Path root) {
    List<Declared> out = new ArrayList<>();
    for (String className : codesClasses(root)) {
      String source = read(root.resolve(className.replace('.', '/') + ".java"));
      Matcher m = CONSTANT.matcher(source);
      while (m.find()) {
        out.add(new Declared(className, m.group(2), m.group(3), Optional.ofNullable(m.group(1)).map(
            ErrorCodeSources::javadocText)));
      }
    }
    return out;
  }

  /**
   * Returns the plain text of a Javadoc comment's body: the leading asterisks dropped, whitespace collapsed,
   * {@code {@code x}} as {@code x}, {@code {@link T label}} as its label and {@code {@link a.b.T#m}} as {@code m}
   * (or {@code T}).
   */
  public static String javadocText(String body) {
    StringBuilder sb = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      sb.append(line.replaceFirst("^\\s*\\*\\s?", "")).append(' ');
    }
    String text = sb.toString();
    text = Pattern.compile("\\{@code ([^}]*)}").matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    text = Pattern.compile("\\{@(?:link|linkplain) ([^}]*)}").matcher(text).replaceAll(r -> {
      String[] parts = r.group(1).trim().split("\\s+", 2);
      if (parts.length == 2) {
        return Matcher.quoteReplacement(parts[1]);
      }
      String target = parts[0];
      int hash = target.indexOf('#');
      String name = hash >= 0 ? target.substring(hash + 1).replaceFirst("\\(.*", "")
          : target.substring(target.lastIndexOf('.') + 1);
      return Matcher.quoteReplacement(name);
    });
    return text.replaceAll("\\s+", " ").trim();
  }

  /**
   * Returns each place under the folder where a code is written inline instead of through a {@code *Codes}
   * constant, as {@code file:line: what}. Three rules: (1) a string literal as the first argument of a code-taking
   * exception's constructor ({@link io.github.casework.CaseworkException} and its subclasses); (2) a literal of
   * the code's shape passed to any {@code *Exception} constructor, to {@code super}/{@code this} or to a helper
   * that takes a code ({@code reject}, {@code fail}, {@code at}); (3) a literal equal to one of the given known
   * codes anywhere outside a {@code *Codes} class, except where the same text means something else: an event's
   * {@code TYPE} and the finding codes of {@code FindingCode}.
   *
   * @param root the main sources
   * @param knownCodes the codes of the catalogue
   * @return the violations, empty if there are none
   */
  public static List<String> inlineCodes(Path root, Set<String> knownCodes) {
    List<Path> files = javaFiles(root);
    List<Source> sources = files.stream().map(f -> Source.parse(root.relativize(f).toString(), read(f))).toList();
    Set<String> codeExceptions = new HashSet<>(CODE_EXCEPTIONS);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Source s : sources) {
        Matcher m = EXTENDS.matcher(s.code);
        while (m.find()) {
          if (codeExceptions.contains(m.group(2)) && codeExceptions.add(m.group(1))) {
            grew = true;
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Source s : sources) {
      if (s.file.endsWith("Codes.java")) {
        continue;
      }
      for (Literal lit : s.literals) {
        Optional<Call> call = s.enclosingCall(lit.start);
        String where = s.file + ":" + s.line(lit.start) + ": \"" + lit.text + "\"";
        boolean shaped = CODE_SHAPE.matcher(lit.text).matches();
        if (call.isPresent() && call.get().argument == 0 && codeExceptions.contains(call.get().callee)) {
          out.add(where + " is passed inline as the code of " + call.get().callee);
        } else if (call.isPresent() && shaped && isCodeSink(call.get().callee)) {
          out.add(where + " looks like a code and is passed inline to " + call.get().callee);
        } else if (knownCodes.contains(lit.text) && !s.isTypeConstant(lit.start)
            && !s.file.endsWith("FindingCode.java")) {
          out.add(where + " is a catalogued code written outside its *Codes class");
        }
      }
    }
    return out;
  }

  /**
   * Returns, for each declared constant, how often a {@code Codes.NAME} reference to it occurs in the code (not
   * the comments) under the folder, outside the declaring class.
   *
   * @param root the main sources
   * @param declared the constants
   * @return the count per constant, in the order given
   */
  public static Map<Declared, Integer> referenceCounts(Path root, List<Declared> declared) {
    Map<String, String> codeByFile = new LinkedHashMap<>();
    for (Path f : javaFiles(root)) {
      codeByFile.put(f.toString(), Source.parse(f.toString(), read(f)).code);
    }
    Map<Declared, Integer> out = new LinkedHashMap<>();
    for (Declared d : declared) {
      String simple = d.className().substring(d.className().lastIndexOf('.') + 1);
      Pattern ref = Pattern.compile("\\b" + simple + "\\s*\\.\\s*" + d.constant() + "\\b");
      int n = 0;
      for (Map.Entry<String, String> e : codeByFile.entrySet()) {
        if (!Path.of(e.getKey()).getFileName().toString().equals(simple + ".java")) {
          n += (int) ref.matcher(e.getValue()).results().count();
        }
      }
      out.put(d, n);
    }
    return out;
  }

  private static boolean isCodeSink(String callee) {
    return callee.endsWith("Exception") || CODE_HELPERS.contains(callee);
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Literal(int start, String text) {}

  private record Call(String callee, int argument) {}

  /**
   * A source file with its comments and the contents of its literals blanked out (so that neither can be mistaken
   * for code; offsets and line breaks are kept), and its string literals.
   */
  private static final class Source {
    final String file;
    final String raw;
    final String code;
    final List<Literal> literals;

    private Source(String file, String raw, String code, List<Literal> literals) {
      this.file = file;
      this.raw = raw;
      this.code = code;
      this.literals = literals;
    }

    static Source parse(String file, String raw) {
      char[] code = raw.toCharArray();
      List<Literal> literals = new ArrayList<>();
      int i = 0;
      int n = code.length;
      while (i < n) {
        char c = raw.charAt(i);
        if (c == '/' && i + 1 < n && raw.charAt(i + 1) == '/') {
          int end = raw.indexOf('\n', i);
          end = end < 0 ? n : end;
          blank(code, i, end);
          i = end;
        } else if (c == '/' && i + 1 < n && raw.charAt(i + 1) == '*') {
          int end = raw.indexOf("*/", i + 2);
          end = end < 0 ? n : end + 2;
          blank(code, i, end);
          i = end;
        } else if (raw.startsWith("\"\"\"", i)) {
          int end = raw.indexOf("\"\"\"", i + 3);
          end = end < 0 ? n : end + 3;
          blank(code, i + 3, end - 3);
          i = end;
        } else if (c == '"' || c == '\'') {
          int j = i + 1;
          StringBuilder text = new StringBuilder();
          while (j < n && raw.charAt(j) != c && raw.charAt(j) != '\n') {
            if (raw.charAt(j) == '\\' && j + 1 < n) {
              text.append(raw.charAt(j)).append(raw.charAt(j + 1));
              j += 2;
            } else {
              text.append(raw.charAt(j++));
            }
          }
          if (c == '"') {
            literals.add(new Literal(i, text.toString()));
          }
          blank(code, i + 1, j);
          i = j + 1;
        } else {
          i++;
        }
      }
      return new Source(file, raw, new String(code), literals);
    }

    private static void blank(char[] code, int from, int to) {
      for (int k = from; k < to; k++) {
        if (code[k] != '\n') {
          code[k] = ' ';
        }
      }
    }

    int line(int offset) {
      int line = 1;
      for (int k = 0; k < offset; k++) {
        if (raw.charAt(k) == '\n') {
          line++;
        }
      }
      return line;
    }

    /** Whether the literal initializes a constant named {@code TYPE} (an event's stable type id). */
    boolean isTypeConstant(int offset) {
      return Pattern.compile("\\bTYPE\\s*=\\s*$").matcher(code.substring(Math.max(0, offset - 40), offset)).find();
    }

    /** The call whose argument list holds the offset, and which argument, if any. */
    Optional<Call> enclosingCall(int offset) {
      int depth = 0;
      int commas = 0;
      for (int k = offset - 1; k >= 0; k--) {
        char c = code.charAt(k);
        if (c == ')' || c == ']' || c == '}') {
          if (c == '}' && depth == 0) {
            return Optional.empty();
          }
          depth++;
        } else if (c == '(' || c == '[' || c == '{') {
          if (depth == 0) {
            if (c != '(') {
              return Optional.empty();
            }
            int end = k;
            while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
              end--;
            }
            int start = end;
            while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
              start--;
            }
            return start == end ? Optional.empty() : Optional.of(new Call(code.substring(start, end), commas));
          }
          depth--;
        } else if (c == ';' && depth == 0) {
          return Optional.empty();
        } else if (c == ',' && depth == 0) {
          commas++;
        }
      }
      return Optional.empty();
    }
  }
}
