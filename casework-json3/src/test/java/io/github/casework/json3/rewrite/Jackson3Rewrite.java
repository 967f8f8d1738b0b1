package io.github.casework.json3.rewrite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Derives casework-json3 (Jackson 3, {@code tools.jackson}) from casework-json (Jackson 2) at build time: every main
 * source and resource of casework-json, and its vector tests, rewritten by the fixed rules below. It runs as a
 * single-file program at generate-sources ({@code java Jackson3Rewrite.java <casework-json> <sources> <resources>
 * <tests> <test-resources> <dialect>}) and is unit-tested as an ordinary test class.
 *
 * <p>The rules are textual and total over the <em>translatable subset</em> casework-json keeps to (its README and
 * casework-json3/README.md list it): package and import renames, the Jackson 3 names of renamed types and methods,
 * {@code IOException} read as Jackson's (now unchecked) {@code JacksonException} in every file that imports
 * Jackson (real I/O lives in Jackson-free files), and the one internal class {@code internal/Dialect.java} replaced
 * by a hand-written Jackson 3 counterpart whose header pins the SHA-256 of the Jackson 2 file it mirrors. A construct
 * outside the subset (a Jackson 2 API with no rule, a leftover {@code com.fasterxml.jackson.core/databind} name, a
 * Dialect pinned to another version) stops the build with a message that names the file and the construct; the
 * compiler catches the rest. The output is deterministic: files are visited in sorted order and written with the
 * input's bytes apart from the rules, so two builds give byte-identical sources.
 */
public final class Jackson3Rewrite {
  private Jackson3Rewrite() {}

  /** The Jackson 2 package of the codec, and its Jackson 3 twin. */
  static final String FROM_PACKAGE = "io.github.casework.json";
  static final String TO_PACKAGE = "io.github.casework.json3";

  /** The hand-written file of each side; the Jackson 3 one pins the hash of the Jackson 2 one. */
  static final String DIALECT = "io/github/casework/json/internal/Dialect.java";
  static final String PIN = "Mirrors casework-json Dialect.java sha256=";

  /**
   * Test sources of casework-json that are not derived, each for its reason: they need a JVM of their own (the
   * small-heap run) or a fuzzing engine, write into casework-json's folders, or are property runs whose cost would
   * double for no new coverage. Besides these, a test that imports Jackson itself is not derived (see
   * {@link #isDerivedTest}).
   */
  static final Set<String> SKIPPED_TESTS = Set.of(
      "io/github/casework/json/ReadFuzzTest.java",
      "io/github/casework/json/EventStreamSmallHeapTest.java",
      "io/github/casework/json/VectorWriter.java",
      "io/github/casework/json/MutationProperties.java",
      "io/github/casework/json/RoundTripProperties.java");

  /** Fully qualified Jackson 2 types whose Jackson 3 name is not just the package prefix changed. */
  static final Map<String, String> TYPES = types();

  /** Simple names of those types (and of renamed members) as they appear in code. */
  static final Map<String, String> NAMES = names();

  /**
   * Jackson 2 methods whose Jackson 3 names differ ({@code g.writeStringField(..)} becomes
   * {@code g.writeStringProperty(..)}); matched as {@code .name(}.
   */
  static final Map<String, String> METHODS = methods();

  /**
   * Jackson 2 constructs with no rule here: a file that uses one fails the rewrite, naming it. Each has a Jackson 3
   * form that is not a rename (immutable mappers, codec-less parsers, changed tree API), so casework-json keeps to
   * the alternative given.
   */
  static final Map<Pattern, String> UNTRANSLATABLE = untranslatable();

  private static Map<String, String> types() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("com.fasterxml.jackson.core.JsonFactory", "tools.jackson.core.json.JsonFactory");
    m.put("com.fasterxml.jackson.core.JsonFactoryBuilder", "tools.jackson.core.json.JsonFactoryBuilder");
    m.put("com.fasterxml.jackson.core.JsonProcessingException", "tools.jackson.core.JacksonException");
    m.put("com.fasterxml.jackson.core.JsonParseException", "tools.jackson.core.exc.StreamReadException");
    m.put("com.fasterxml.jackson.core.JsonLocation", "tools.jackson.core.TokenStreamLocation");
    m.put("com.fasterxml.jackson.core.io.JsonEOFException", "tools.jackson.core.exc.UnexpectedEndOfInputException");
    m.put("com.fasterxml.jackson.databind.JsonMappingException", "tools.jackson.databind.DatabindException");
    m.put("com.fasterxml.jackson.databind.JsonSerializer", "tools.jackson.databind.ValueSerializer");
    m.put("com.fasterxml.jackson.databind.JsonDeserializer", "tools.jackson.databind.ValueDeserializer");
    m.put("com.fasterxml.jackson.databind.SerializerProvider", "tools.jackson.databind.SerializationContext");
    m.put("com.fasterxml.jackson.databind.Module", "tools.jackson.databind.JacksonModule");
    return Map.copyOf(m);
  }

  private static Map<String, String> names() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : types().entrySet()) {
      String from = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
      String to = e.getValue().substring(e.getValue().lastIndexOf('.') + 1);
      if (!from.equals(to)) {
        m.put(from, to);
      }
    }
    m.put("FIELD_NAME", "PROPERTY_NAME");
    m.put("INTERN_FIELD_NAMES", "INTERN_PROPERTY_NAMES");
    return Map.copyOf(m);
  }

  private static Map<String, String> methods() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("writeStringField", "writeStringProperty");
    m.put("writeNumberField", "writeNumberProperty");
    m.put("writeBooleanField", "writeBooleanProperty");
    m.put("writeNullField", "writeNullProperty");
    m.put("writeFieldName", "writeName");
    m.put("writeArrayFieldStart", "writeArrayPropertyStart");
    m.put("writeObjectFieldStart", "writeObjectPropertyStart");
    m.put("writeObjectField", "writePOJOProperty");
    m.put("writeObject", "writePOJO");
    m.put("getText", "getString");
    m.put("getTextCharacters", "getStringCharacters");
    m.put("getTextLength", "getStringLength");
    m.put("getTextOffset", "getStringOffset");
    m.put("nextFieldName", "nextName");
    m.put("getCurrentName", "currentName");
    m.put("getCurrentLocation", "currentLocation");
    m.put("getTokenLocation", "currentTokenLocation");
    m.put("getOutputContext", "streamWriteContext");
    m.put("getParsingContext", "streamReadContext");
    return Map.copyOf(m);
  }

  /**
   * Wrapping an {@code IOException} by hand, which in a file that imports Jackson means Jackson's failure: rewritten
   * to {@code Dialect.unchecked}, which Jackson 2's Dialect implements as exactly that.
   */
  static final Pattern UNCHECKED = Pattern.compile("\\bnew UncheckedIOException\\(");

  private static Map<Pattern, String> untranslatable() {
    Map<Pattern, String> m = new LinkedHashMap<>();
    m.put(Pattern.compile("\\.registerModule\\("), "mappers are immutable in Jackson 3: add modules on the builder");
    m.put(Pattern.compile("\\.setRootValueSeparator\\("),
        "generators are configured by their factory in Jackson 3: set rootValueSeparator on the factory builder");
    m.put(Pattern.compile("\\.getCodec\\("), "parsers have no codec in Jackson 3: read through the context");
    m.put(Pattern.compile("\\.readValueAs(Tree)?\\("), "parsers have no codec in Jackson 3: read through the context");
    return m;
  }

  /** A construct the rules cannot translate. */
  static final class UntranslatableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UntranslatableException(String message) {
      super(message);
    }
  }

  /**
   * Rewrites one Java source of casework-json for Jackson 3.
   *
   * @param path its path under the source root, with '/' separators (for messages)
   * @param source its text
   * @return the Jackson 3 text
   * @throws UntranslatableException if it uses a construct outside the subset
   */
  static String rewriteJava(String path, String source) {
    String code = codeOnly(source);
    for (Map.Entry<Pattern, String> e : UNTRANSLATABLE.entrySet()) {
      Matcher m = e.getKey().matcher(code);
      if (m.find()) {
        throw new UntranslatableException(path + ":" + lineOf(source, m.start()) + ": '" + m.group()
            + "' cannot be rewritten for Jackson 3: " + e.getValue());
      }
    }
    boolean jackson = Pattern.compile("\\bcom\\.fasterxml\\.jackson\\.(core|databind)\\b").matcher(source).find();
    String s = source;
    for (Map.Entry<String, String> e : TYPES.entrySet()) {
      s = s.replaceAll("\\b" + Pattern.quote(e.getKey()) + "\\b", Matcher.quoteReplacement(e.getValue()));
    }
    s = s.replace("com.fasterxml.jackson.core.", "tools.jackson.core.");
    s = s.replace("com.fasterxml.jackson.databind.", "tools.jackson.databind.");
    // module-info names modules without a trailing dot.
    s = s.replaceAll("\\bcom\\.fasterxml\\.jackson\\.(core|databind)\\b", "tools.jackson.$1");
    for (Map.Entry<String, String> e : NAMES.entrySet()) {
      s = s.replaceAll("(?<![\\w.])" + e.getKey() + "\\b", e.getValue());
      s = s.replaceAll("\\.(" + e.getKey() + ")\\b", "." + e.getValue());
    }
    for (Map.Entry<String, String> e : METHODS.entrySet()) {
      s = s.replaceAll("\\." + e.getKey() + "\\(", "." + e.getValue() + "(");
      s = s.replaceAll("\\{@link (\\w+)#" + e.getKey() + "\\b", "{@link $1#" + e.getValue());
    }
    // Jackson 3 names the token-stream feature on its base factory.
    s = s.replace("JsonFactory.Feature.", "TokenStreamFactory.Feature.");
    if (s.contains("TokenStreamFactory.Feature.")) {
      s = addImport(s, "tools.jackson.core.TokenStreamFactory");
    }
    // A Deserializers lookup gets a supplier of the bean description, built only if needed.
    s = s.replaceAll("\\bBeanDescription (\\w+)\\)", "BeanDescription.Supplier $1)");
    // Token buffers replay through the reading context.
    s = s.replace(".asParserOnFirstToken()", ".asParserOnFirstToken(ctxt)");
    if (jackson) {
      // Jackson 3's tree names (properties for fields), and the generator straight from the mapper.
      s = s.replace(".fields()", ".properties().iterator()");
      s = s.replace(".fieldNames()", ".propertyNames().iterator()");
      s = s.replace(".getFactory().createGenerator(", ".createGenerator(");
      s = s.replace(".getFactory()", ".tokenStreamFactory()");
      // Every Jackson failure is an unchecked JacksonException; real I/O is kept out of files that import Jackson.
      s = s.replaceAll("(?m)^import java\\.io\\.IOException;\\n", "");
      s = s.replaceAll("\\bIOException\\b", "JacksonException");
      if (s.contains("JacksonException")) {
        s = addImport(s, "tools.jackson.core.JacksonException");
      }
      s = dropRepeatedCatch(s);
      // Wrapping what is now a JacksonException: the Dialect keeps the stream's own IOException as the cause.
      if (UNCHECKED.matcher(codeOnly(s)).find()) {
        s = UNCHECKED.matcher(s).replaceAll("Dialect.unchecked(");
        if (!source.startsWith("package " + FROM_PACKAGE + ".internal;")) {
          s = addImport(s, FROM_PACKAGE + ".internal.Dialect");
        }
      }
    }
    s = s.replace("Jackson 2.x", "Jackson 3.x");
    s = renamePackage(s);
    Matcher left = Pattern.compile("com\\.fasterxml\\.jackson\\.(core|databind)[\\w.]*").matcher(s);
    if (left.find()) {
      throw new UntranslatableException(path + ":" + lineOf(s, left.start()) + ": '" + left.group()
          + "' has no Jackson 3 name in the rewrite rules");
    }
    return sortImports(s);
  }

  /**
   * Drops a {@code catch (JacksonException ..)} that follows another one of the same try: in Jackson 2 the first
   * caught {@code JsonProcessingException} and the second the stream's other {@code IOException}s; in Jackson 3 both
   * are {@code JacksonException}s, which the first catches.
   *
   * @param s a rewritten source
   * @return the source without the repeated clauses
   */
  static String dropRepeatedCatch(String s) {
    Pattern clause = Pattern.compile("catch \\(JacksonException \\w+\\) \\{");
    String out = s;
    int from = 0;
    while (true) {
      Matcher m = clause.matcher(out);
      if (!m.find(from)) {
        return out;
      }
      int end = closingBrace(out, m.end() - 1);
      Matcher next = Pattern.compile("\\G\\s*catch \\(JacksonException \\w+\\) \\{").matcher(out);
      if (next.find(end + 1)) {
        int nextEnd = closingBrace(out, next.end() - 1);
        out = out.substring(0, end + 1) + out.substring(nextEnd + 1);
        from = m.start();
      } else {
        from = m.end();
      }
    }
  }

  /** The offset of the brace that closes the one at {@code open}, skipping comments and literals. */
  private static int closingBrace(String s, int open) {
    String code = codeOnly(s);
    int depth = 0;
    for (int i = open; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new UntranslatableException("unbalanced braces after offset " + open);
  }

  /**
   * Blanks comments and string and character literals (keeping every offset and line), so that the checks for
   * untranslatable constructs see code only.
   *
   * @param s a Java source
   * @return the source with comments and literals replaced by spaces
   */
  static String codeOnly(String s) {
    StringBuilder b = new StringBuilder(s);
    int i = 0;
    while (i < b.length()) {
      char c = b.charAt(i);
      if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '/') {
        while (i < b.length() && b.charAt(i) != '\n') {
          b.setCharAt(i++, ' ');
        }
      } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '*') {
        int end = b.indexOf("*/", i + 2);
        end = end < 0 ? b.length() : end + 2;
        blank(b, i, end);
        i = end;
      } else if (c == '"' && b.indexOf("\"\"\"", i) == i) {
        int end = b.indexOf("\"\"\"", i + 3);
        end = end < 0 ? b.length() : end + 3;
        blank(b, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < b.length() && b.charAt(j) != c && b.charAt(j) != '\n') {
          j += b.charAt(j) == '\\' ? 2 : 1;
        }
        int end = Math.min(j + 1, b.length());
        blank(b, i, end);
        i = end;
      } else {
        i++;
      }
    }
    return b.toString();
  }

  private static void blank(StringBuilder b, int from, int to) {
    for (int k = from; k < to; k++) {
      if (b.charAt(k) != '\n') {
        b.setCharAt(k, ' ');
      }
    }
  }

  /** Renames the codec's package (dotted in Java, slashed in resource paths) to the Jackson 3 one. */
  static String renamePackage(String s) {
    String out = s.replaceAll("\\b" + Pattern.quote(FROM_PACKAGE) + "(?![\\w])", TO_PACKAGE);
    out = out.replace("io/github/casework/json/", "io/github/casework/json3/");
    // The artifact and module names that documentation mentions.
    return out.replaceAll("\\bcasework-json(?![\\w-])", "casework-json3");
  }

  private static String addImport(String s, String type) {
    String line = "import " + type + ";\n";
    if (s.contains(line)) {
      return s;
    }
    Matcher m = Pattern.compile("(?m)^package [\\w.]+;\\n").matcher(s);
    if (!m.find()) {
      throw new UntranslatableException("no package declaration to import " + type + " after");
    }
    return s.substring(0, m.end()) + "\n" + line + s.substring(m.end());
  }

  /**
   * Sorts each file's non-static imports (renames change their order) in the house order: static imports first,
   * then the others, each group sorted, one blank line between.
   */
  static String sortImports(String s) {
    Matcher first = Pattern.compile("(?m)^import ").matcher(s);
    if (!first.find()) {
      return s;
    }
    int start = first.start();
    Matcher last = Pattern.compile("(?m)^import [^\\n]*;\\n").matcher(s);
    int end = start;
    while (last.find()) {
      end = last.end();
    }
    String block = s.substring(start, end);
    Set<String> statics = new TreeSet<>();
    Set<String> others = new TreeSet<>();
    for (String line : block.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (!line.startsWith("import ")) {
        // Something other than an import between imports: leave the block as it is.
        return s;
      }
      (line.startsWith("import static ") ? statics : others).add(line);
    }
    StringBuilder b = new StringBuilder();
    statics.forEach(l -> b.append(l).append('\n'));
    if (!statics.isEmpty() && !others.isEmpty()) {
      b.append('\n');
    }
    others.forEach(l -> b.append(l).append('\n'));
    return s.substring(0, start) + b + s.substring(end);
  }

  /**
   * Rewrites a resource: a services file of Jackson 2's {@code Module} becomes one of Jackson 3's
   * {@code JacksonModule}; paths and texts get the Jackson 3 package.
   *
   * @param path its path under the resource root
   * @return its path under the Jackson 3 resource root
   */
  static String rewriteResourcePath(String path) {
    if (path.equals("META-INF/services/com.fasterxml.jackson.databind.Module")) {
      return "META-INF/services/tools.jackson.databind.JacksonModule";
    }
    return renamePackage(path);
  }

  /** Whether a resource is text the package rename applies to (the rest is copied byte for byte). */
  static boolean isRenamedText(String path) {
    return path.startsWith("META-INF/services/") || path.endsWith(".properties");
  }

  /** The SHA-256 of a text's UTF-8 bytes, in lower-case hex. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Checks that the hand-written Jackson 3 Dialect mirrors the Jackson 2 one as it is now.
   *
   * @param jackson2 the Jackson 2 Dialect's bytes
   * @param jackson3 the Jackson 3 Dialect's text
   * @throws UntranslatableException if the pinned hash is missing or another
   */
  static void checkDialect(byte[] jackson2, String jackson3) {
    String hash = sha256(jackson2);
    Matcher m = Pattern.compile(Pattern.quote(PIN) + "([0-9a-f]{64})").matcher(jackson3);
    if (!m.find()) {
      throw new UntranslatableException("casework-json3's Dialect.java must say '" + PIN + hash + "'");
    }
    if (!m.group(1).equals(hash)) {
      throw new UntranslatableException("casework-json's internal/Dialect.java changed (sha256=" + hash + ", the "
          + "Jackson 3 Dialect mirrors " + m.group(1) + "): port the change to casework-json3/src/dialect/java/"
          + "io/github/casework/json3/internal/Dialect.java and update its pin");
    }
  }

  private static int lineOf(String s, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (s.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The files under a folder, relative to it with '/' separators, sorted (so output order never varies). */
  static List<String> files(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rewrites casework-json into the three output folders, after emptying them.
   *
   * @param json casework-json's module folder
   * @param sources where the main sources go
   * @param resources where the main resources go
   * @param tests where the test sources go
   * @param testResources where the test resources go (all but the vectors, which the tests read where they are)
   * @param dialect casework-json3's hand-written sources (its Dialect), copied in with the rewritten ones
   * @return the number of files written
   * @throws IOException if a file cannot be read or written
   */
  static int run(Path json, Path sources, Path resources, Path tests, Path testResources, Path dialect)
      throws IOException {
    Path main = json.resolve("src/main/java");
    Path test = json.resolve("src/test/java");
    Path res = json.resolve("src/main/resources");
    if (!Files.isRegularFile(main.resolve(DIALECT))) {
      throw new UntranslatableException("casework-json has no " + DIALECT);
    }
    Path ownDialect = dialect.resolve(renamePackage(DIALECT));
    checkDialect(Files.readAllBytes(main.resolve(DIALECT)), Files.readString(ownDialect, StandardCharsets.UTF_8));
    for (Path out : List.of(sources, resources, tests, testResources)) {
      clear(out);
    }
    List<String> failures = new ArrayList<>();
    int count = 0;
    // The hand-written Dialect joins the rewritten sources: one source root, as javadoc's module mode wants.
    write(sources.resolve(renamePackage(DIALECT)), Files.readAllBytes(ownDialect));
    count++;
    for (String f : files(main)) {
      if (f.equals(DIALECT)) {
        continue;
      }
      count += rewriteJavaFile(main, f, sources, failures, false);
    }
    for (String f : files(test)) {
      if (isDerivedTest(f, Files.readString(test.resolve(f), StandardCharsets.UTF_8))) {
        count += rewriteJavaFile(test, f, tests, failures, true);
      }
    }
    for (String f : files(res)) {
      byte[] bytes = Files.readAllBytes(res.resolve(f));
      if (isRenamedText(f)) {
        bytes = renamePackage(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      }
      write(resources.resolve(rewriteResourcePath(f)), bytes);
      count++;
    }
    Path testRes = json.resolve("src/test/resources");
    for (String f : files(testRes)) {
      if (!f.startsWith("vectors/")) {
        write(testResources.resolve(renamePackage(f)), Files.readAllBytes(testRes.resolve(f)));
        count++;
      }
    }
    if (!failures.isEmpty()) {
      throw new UntranslatableException("casework-json is outside the Jackson 3 subset (see casework-json3/README.md)"
          + ":\n  " + String.join("\n  ", failures));
    }
    return count;
  }

  /**
   * Tells whether a test of casework-json is derived. Tests that go through the facade, the vectors and the domain
   * (the harness, the golden vectors, the corpus, hostile input, streams) are; a test that imports Jackson drives
   * Jackson 2 itself (a mapper of its own, trees, a schema validator's parser) and says nothing about the Jackson 3
   * codec, so it stays casework-json's, as do {@link #SKIPPED_TESTS}.
   *
   * @param path the test's path under the test source root
   * @param source its text
   * @return true if it is rewritten and run here
   */
  static boolean isDerivedTest(String path, String source) {
    return path.endsWith(".java") && !SKIPPED_TESTS.contains(path)
        && !Pattern.compile("(?m)^import (static )?com\\.fasterxml\\.jackson\\.").matcher(source).find();
  }

  /**
   * What a derived test reads casework-json's module folder (its vectors) from: surefire sets {@code basedir} to the
   * module under test, so the tests of this module get casework-json's folder under a name of their own.
   */
  static final String TEST_BASEDIR = "casework.json.dir";

  /**
   * Rewrites a test source: as a main source; its module folder is casework-json's (see {@link #TEST_BASEDIR}),
   * and the main sources it checks are the derived ones ({@link #TEST_SOURCES}).
   *
   * @param path its path under the test source root
   * @param source its text
   * @return the Jackson 3 text
   */
  static String rewriteTest(String path, String source) {
    return rewriteJava(path, source)
        .replace("System.getProperty(\"basedir\")", "System.getProperty(\"" + TEST_BASEDIR + "\")")
        .replace("ErrorCodeSources.mainSources()",
            "java.nio.file.Path.of(System.getProperty(\"" + TEST_SOURCES + "\"))");
  }

  /** Where the derived source checks (error codes written inline, their Javadoc) find the derived main sources. */
  static final String TEST_SOURCES = "casework.json3.sources";

  private static int rewriteJavaFile(Path root, String f, Path out, List<String> failures, boolean test)
      throws IOException {
    if (!f.endsWith(".java")) {
      return 0;
    }
    String text = Files.readString(root.resolve(f), StandardCharsets.UTF_8);
    try {
      String rewritten = test ? rewriteTest(f, text) : rewriteJava(f, text);
      write(out.resolve(renamePackage(f)), rewritten.getBytes(StandardCharsets.UTF_8));
      return 1;
    } catch (UntranslatableException e) {
      if (test) {
        // A test that drives Jackson 2 itself has nothing to say about the Jackson 3 codec; the build says so.
        System.out.println("Jackson3Rewrite: test not derived: " + e.getMessage());
        return 0;
      }
      failures.add(e.getMessage());
      return 0;
    }
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static void clear(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Runs the rewrite.
   *
   * @param args casework-json's folder, the sources, resources, tests and test resources output folders,
   *     casework-json3's own sources
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 6) {
      System.err.println("usage: java Jackson3Rewrite.java <casework-json> <sources> <resources> <tests>"
          + " <test-resources> <dialect>");
      System.exit(2);
    }
    try {
      int n = run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]),
          Path.of(args[5]));
      System.out.println("Jackson3Rewrite: " + n + " files of casework-json rewritten for Jackson 3");
    } catch (UntranslatableException e) {
      System.err.println("Jackson3Rewrite failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
