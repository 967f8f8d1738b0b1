package io.github.casework.examples.simulation;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.casework.CaseworkException;
import io.github.casework.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a district simulation, read from a JSON file over documented defaults.
 *
 * <p><b>File format.</b> A JSON object with the fields of this record. Whatever a file leaves out comes from the
 * defaults ({@link #defaults()}, the file {@code simulation-defaults.json} next to this class, reproduced in the
 * README): objects are merged field by field, so {@code {"closedLoop": {"followUpReliability": 0.5}}} changes one
 * number; lists ({@code areas}, {@code agencies}) replace the default list whole, and their elements must then give
 * every field (a missing list of preconditions means none). Unknown fields, duplicate keys and values of the wrong
 * type are rejected with the JSON path, so a typo never passes silently. Durations are in days; the simulation
 * clock starts at midnight (Europe/Amsterdam) of {@code start}.
 *
 * <p><b>Ranges.</b> Every number is bounded, so that a typo cannot make a run without end: probabilities 0 to 1;
 * {@code clientsPerYear} of an area above 0 and at most 1,000,000; counsellors 0 to 100,000, social workers and the
 * signal threshold 1 to 100,000; durations (a distribution's {@code mean}, {@code cracksGraceDays}) at most 3,650
 * days; a {@code cv} above 0 and at most 10; {@code extraNeedsMean} 0 to 100, {@code maxReferralsPerNeed} 1 to 100;
 * mix weights 0 to 1,000,000. A rejected file gets one of the {@link SimulationCodes} and the JSON path.
 *
 * <p><b>The default district</b> has 6,000 new clients a year in two areas, 1.6 needs per client, and six
 * agencies: the welfare organisation that does intake and serves the social domains itself, debt services with a
 * long waiting list (utilisation near 1), the income service, the housing service and the clinic (whose
 * preconditions on each other can deadlock a client who needs both), and mental health care. Physical health and
 * justice needs fit no agency (a regulatory gap). {@link #scaledTo(double)} scales arrivals and counsellors
 * together, for example to the 50,000-client district of the benchmark.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first day simulated, ISO format ({@code 2027-01-04}), not null
 * @param areas the district's areas, at least one, codes distinct, not null
 * @param needs the needs new clients bring, not null
 * @param intakeAgency the id of the agency where clients arrive and whose social workers refer, not null
 * @param socialWorkers the number of social workers at the intake agency (case owners, referrers), at least 1
 * @param agencies the agencies, ids distinct, each life domain served by at most one, not null
 * @param closedLoop how referrers work under the closed-loop policy, not null
 * @param escalation how escalations go, not null
 * @param dropOut what happens after a client drops out, not null
 * @param signals the quarterly signal round, not null
 * @param cracksGraceDays how long a referral may end unmet with its loop open before its need counts as fallen
 *     between the cracks (see {@link Cracks}), at least 1
 */
public record SimulationConfig(String start, List<AreaConfig> areas, NeedsConfig needs, String intakeAgency,
    int socialWorkers, List<AgencyConfig> agencies, ClosedLoopConfig closedLoop, EscalationConfig escalation,
    DropOutConfig dropOut, SignalsConfig signals, int cracksGraceDays) {

  private static final String DEFAULTS_RESOURCE = "simulation-defaults.json";
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();
  private static final JsonNode DEFAULTS_TREE = loadDefaults();

  /**
   * Validates the components and keeps immutable copies of the lists.
   *
   * @param start the first day simulated, ISO format, not null
   * @param areas the district's areas, at least one, not null
   * @param needs the needs new clients bring, not null
   * @param intakeAgency the id of the intake agency, one of {@code agencies}, not null
   * @param socialWorkers the number of social workers at the intake agency, at least 1
   * @param agencies the agencies, not null
   * @param closedLoop how referrers work under the closed-loop policy, not null
   * @param escalation how escalations go, not null
   * @param dropOut what happens after a client drops out, not null
   * @param signals the quarterly signal round, not null
   * @param cracksGraceDays the grace period of the between-the-cracks measure in days, at least 1
   * @throws InvalidValueException if a component is missing or out of range, or the components do not fit
   *     together (unknown intake agency, duplicate ids, a domain served twice, a precondition naming an unknown
   *     agency)
   */
  public SimulationConfig(@Nullable String start, @Nullable List<AreaConfig> areas, @Nullable NeedsConfig needs,
      @Nullable String intakeAgency, int socialWorkers, @Nullable List<AgencyConfig> agencies,
      @Nullable ClosedLoopConfig closedLoop, @Nullable EscalationConfig escalation, @Nullable DropOutConfig dropOut,
      @Nullable SignalsConfig signals, int cracksGraceDays) {
    this.start = ConfigChecks.required(start, "SimulationConfig.start");
    try {
      LocalDate.parse(start);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(ConfigChecks.CODE, "SimulationConfig.start", "must be a date like 2027-01-04");
    }
    this.areas = ImmutableList.copyOf(ConfigChecks.required(areas, "SimulationConfig.areas"));
    this.needs = ConfigChecks.required(needs, "SimulationConfig.needs");
    this.intakeAgency = ConfigChecks.agencyId(intakeAgency, "SimulationConfig.intakeAgency");
    this.socialWorkers = ConfigChecks.between(socialWorkers, 1, ConfigChecks.MAX_PEOPLE,
        "SimulationConfig.socialWorkers");
    this.agencies = ImmutableList.copyOf(ConfigChecks.required(agencies, "SimulationConfig.agencies"));
    this.closedLoop = ConfigChecks.required(closedLoop, "SimulationConfig.closedLoop");
    this.escalation = ConfigChecks.required(escalation, "SimulationConfig.escalation");
    this.dropOut = ConfigChecks.required(dropOut, "SimulationConfig.dropOut");
    this.signals = ConfigChecks.required(signals, "SimulationConfig.signals");
    this.cracksGraceDays = ConfigChecks.between(cracksGraceDays, 1, (int) ConfigChecks.MAX_DAYS,
        "SimulationConfig.cracksGraceDays");
    if (this.areas.isEmpty()) {
      throw new InvalidValueException(ConfigChecks.CODE, "SimulationConfig.areas", "needs at least one area");
    }
    Set<String> codes = new HashSet<>();
    for (AreaConfig a : this.areas) {
      if (!codes.add(a.code())) {
        throw new InvalidValueException(ConfigChecks.CODE, "SimulationConfig.areas", "area codes must be distinct");
      }
    }
    Set<String> ids = new HashSet<>();
    Set<String> served = new HashSet<>();
    for (AgencyConfig a : this.agencies) {
      if (!ids.add(a.id())) {
        throw new InvalidValueException(ConfigChecks.CODE, "SimulationConfig.agencies", "agency ids must be distinct");
      }
      for (String d : a.domains()) {
        if (!served.add(d)) {
          throw new InvalidValueException(ConfigChecks.CODE, "SimulationConfig.agencies",
              "each life domain is served by at most one agency; " + d + " is served twice");
        }
      }
    }
    if (!ids.contains(this.intakeAgency)) {
      throw new InvalidValueException(ConfigChecks.CODE, "SimulationConfig.intakeAgency",
          "must be the id of one of the agencies");
    }
    for (AgencyConfig a : this.agencies) {
      for (PreconditionConfig p : a.preconditions()) {
        if (!ids.contains(p.solvedBy())) {
          throw new InvalidValueException(ConfigChecks.CODE, "PreconditionConfig.solvedBy",
              "must be the id of one of the agencies");
        }
      }
    }
  }

  /** {@return the configuration of the default district, see the class description} */
  public static SimulationConfig defaults() {
    return fromTree(DEFAULTS_TREE.deepCopy());
  }

  /** {@return the defaults as the JSON text of {@code simulation-defaults.json}} */
  public static String defaultsJson() {
    try (InputStream in = SimulationConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bug: " + DEFAULTS_RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a configuration file over the defaults.
   *
   * @param file a JSON file, not null
   * @return the configuration
   * @throws IOException if the file cannot be read
   * @throws InvalidValueException if the file is not valid JSON or not a valid configuration; the field names
   *     the JSON path
   */
  public static SimulationConfig read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  /**
   * Parses a configuration over the defaults.
   *
   * @param json a JSON object, possibly empty ({@code {}} gives the defaults), not null
   * @return the configuration
   * @throws InvalidValueException if the text is not valid JSON or not a valid configuration; the field names
   *     the JSON path
   */
  public static SimulationConfig parse(String json) {
    JsonNode given;
    try {
      given = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw rejected(e);
    }
    if (given == null || !given.isObject()) {
      throw new InvalidValueException(SimulationCodes.MALFORMED, "$", "must be a JSON object");
    }
    JsonNode merged = DEFAULTS_TREE.deepCopy();
    merge((ObjectNode) merged, (ObjectNode) given);
    return fromTree(merged);
  }

  /** {@return this configuration as JSON, in the file format (all fields given)} */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bug: configuration not writable", e);
    }
  }

  /**
   * Returns this district scaled in size: areas' arrivals and every agency's counsellors multiplied by the same
   * factor (counsellors rounded, at least one where there was one), social workers too, so that utilisations stay
   * about the same. Signals are raised per group of cases, so their threshold is scaled as well.
   *
   * @param clientsPerYear the new total of new clients per year over all areas, positive
   * @return the scaled configuration; this one if the total is unchanged
   */
  public SimulationConfig scaledTo(double clientsPerYear) {
    ConfigChecks.positive(clientsPerYear, "clientsPerYear");
    double total = areas.stream().mapToDouble(AreaConfig::clientsPerYear).sum();
    double f = clientsPerYear / total;
    if (f == 1) {
      return this;
    }
    List<AreaConfig> newAreas = areas.stream()
        .map(a -> new AreaConfig(a.code(), a.clientsPerYear() * f)).toList();
    List<AgencyConfig> newAgencies = agencies.stream()
        .map(a -> new AgencyConfig(a.id(), a.kind(), a.domains(), scale(a.counsellors(), f), a.serviceDays(),
            a.patienceDays(), a.needMetProbability(), a.notEligibleProbability(), a.preconditions(),
            a.attendance()))
        .toList();
    SignalsConfig newSignals = new SignalsConfig(scale(signals.detectorThreshold(), f), signals.answerProbability(),
        signals.answerDelayDays());
    return new SimulationConfig(start, newAreas, needs, intakeAgency, scale(socialWorkers, f), newAgencies,
        closedLoop, escalation, dropOut, newSignals, cracksGraceDays);
  }

  /**
   * Returns this configuration with one number replaced, named by its path in the file format: field names
   * separated by dots, list elements by their index from 0, such as {@code closedLoop.followUpReliability} or
   * {@code agencies.1.counsellors}. The result is checked like a file, so a value out of range is refused.
   *
   * @param path the path of a number of the configuration, not null
   * @param value the new value; a whole number where the field holds one
   * @return the new configuration; equal to this one if the value is unchanged
   * @throws InvalidValueException with {@link SimulationCodes#NOT_A_NUMBER} if the path names no number, or a
   *     whole-number field gets a fraction; with another code if the new value breaks a rule
   */
  public SimulationConfig withNumber(String path, double value) {
    java.util.Objects.requireNonNull(path, "path");
    JsonNode tree = MAPPER.valueToTree(this);
    JsonNode parent = null;
    String last = null;
    JsonNode node = tree;
    for (String segment : path.split("\\.", -1)) {
      parent = node;
      last = segment;
      node = node.isArray() && segment.matches("[0-9]{1,4}") ? node.path(Integer.parseInt(segment))
          : node.isObject() ? node.path(segment) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    if (!node.isNumber() || last == null || parent == null) {
      throw new InvalidValueException(SimulationCodes.NOT_A_NUMBER, "path",
          "must name a number of the configuration, such as closedLoop.followUpReliability");
    }
    JsonNode replacement;
    if (node.isIntegralNumber()) {
      if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
        throw new InvalidValueException(SimulationCodes.NOT_A_NUMBER, "value", "must be a whole number here");
      }
      replacement = com.fasterxml.jackson.databind.node.IntNode.valueOf((int) value);
    } else {
      replacement = com.fasterxml.jackson.databind.node.DoubleNode.valueOf(value);
    }
    if (parent.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), replacement);
    } else {
      ((ObjectNode) parent).set(last, replacement);
    }
    return fromTree(tree);
  }

  /** {@return the first day simulated} */
  public LocalDate startDate() {
    return LocalDate.parse(start);
  }

  /** {@return the mean number of new clients per year over all areas} */
  public double clientsPerYear() {
    return areas.stream().mapToDouble(AreaConfig::clientsPerYear).sum();
  }

  private static int scale(int n, double f) {
    return n == 0 ? 0 : Math.max(1, (int) Math.round(n * f));
  }

  private static SimulationConfig fromTree(JsonNode tree) {
    try {
      return MAPPER.treeToValue(tree, SimulationConfig.class);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidValueException iv && iv.getMessage().startsWith(iv.field() + ": ")
          && iv.field().indexOf('.') > 0) {
        // The record's own check names its field (Type.field); the path says where in the file the record is.
        String field = iv.field().substring(iv.field().indexOf('.') + 1);
        throw new InvalidValueException(iv.code(), path(e) + "." + field,
            iv.getMessage().substring(iv.field().length() + 2));
      }
      if (cause instanceof CaseworkException ce) {
        throw new InvalidValueException(ce.code(), path(e), ce.getMessage());
      }
      throw rejected(e);
    } catch (JsonProcessingException e) {
      throw rejected(e);
    }
  }

  /**
   * Says what Jackson found wrong in words of the file format: the JSON path and the rule. Jackson's own messages
   * name Java classes, quote the input and carry meaningless locations, so they are never passed on.
   */
  private static InvalidValueException rejected(JsonProcessingException e) {
    String path = path(e);
    if (e instanceof UnrecognizedPropertyException) {
      return new InvalidValueException(SimulationCodes.UNKNOWN_FIELD, path, "is not a field of the configuration");
    } else if (e instanceof MismatchedInputException m) {
      return new InvalidValueException(SimulationCodes.WRONG_TYPE, path, "must be " + expected(m.getTargetType()));
    } else if (e instanceof JsonParseException p && String.valueOf(p.getOriginalMessage()).startsWith("Duplicate")) {
      return new InvalidValueException(SimulationCodes.UNKNOWN_FIELD, path, "holds the same field twice");
    }
    return new InvalidValueException(SimulationCodes.MALFORMED, path, "is not well-formed JSON");
  }

  private static String expected(@Nullable Class<?> type) {
    if (type == null) {
      return "of another type";
    } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    } else if (type == double.class || type == Double.class) {
      return "a number";
    } else if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    } else if (type == String.class) {
      return "a text";
    } else if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  /** Writes a Jackson location as a JSON path such as {@code $.agencies[2].counsellors}. */
  private static String path(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "$"
          : "$ (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
    StringBuilder b = new StringBuilder("$");
    for (JsonMappingException.Reference r : m.getPath()) {
      String name = r.getFieldName();
      if (name != null) {
        // A field name is input: named when it is a plain identifier (as a misspelled field is), else described.
        b.append('.').append(name.matches("[A-Za-z][A-Za-z0-9_-]{0,63}") ? name
            : "<a name of " + name.codePointCount(0, name.length()) + " characters>");
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** Merges objects field by field; any other value (lists included) replaces the default. */
  private static void merge(ObjectNode target, ObjectNode given) {
    Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode existing = target.get(f.getKey());
      if (existing instanceof ObjectNode eo && f.getValue() instanceof ObjectNode go
          && !isMap(f.getKey())) {
        merge(eo, go);
      } else {
        target.set(f.getKey(), f.getValue());
      }
    }
  }

  /** Maps keyed by code (mixes, probabilities) are values of their own: a file's map replaces the default's. */
  private static boolean isMap(String field) {
    return field.equals("domainMix") || field.equals("urgencyMix") || field.equals("successProbability")
        || field.equals("worsensTo");
  }

  private static JsonNode loadDefaults() {
    try {
      return MAPPER.readTree(defaultsJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bug: " + DEFAULTS_RESOURCE + " is not valid JSON", e);
    }
  }
}
