package io.github.casework.json.ddas;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.casework.earlywarning.EarlySignalStatus;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.ReceivedSignal;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a DDAS delivery holds, counted: per levering the municipality, the number of signals, cases and contact
 * attempts, and the number of cases per end result and of signals per status. {@link #read} counts a delivery
 * file (one of ours or anyone's, such as the example deliveries of the Uitwisselmodel), {@link #of} counts the
 * outreach cases a delivery is made of, so that a test can hold the two against each other. Immutable and
 * thread-safe.
 *
 * @param supplier the supplier's code, not null
 * @param from the first day of the period, not null
 * @param to the last day of the period, not null
 * @param deliveries one per levering, in the file's order, not null
 */
public record DdasSummary(String supplier, LocalDate from, LocalDate to, ImmutableList<Delivery> deliveries) {
  /** Duplicate members are an error: a delivery read back must say one thing per member. */
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());


  /**
   * One levering, counted.
   *
   * @param municipality the municipality's code, not null
   * @param signals the number of early signals
   * @param cases the number of outreach cases
   * @param attempts the number of contact attempts of all cases
   * @param endResults the number of cases per end result, for the results that occur, not null
   * @param statuses the number of signals per status, for the statuses that occur, not null
   */
  public record Delivery(String municipality, int signals, int cases, int attempts,
      ImmutableMap<EndResult, Integer> endResults, ImmutableMap<EarlySignalStatus, Integer> statuses) {
    /**
     * Validates the components.
     *
     * @param municipality the municipality's code, not null
     * @param signals the number of signals
     * @param cases the number of cases
     * @param attempts the number of attempts
     * @param endResults the cases per end result, not null
     * @param statuses the signals per status, not null
     */
    public Delivery {
      requireNonNull(municipality, "municipality");
      requireNonNull(endResults, "endResults");
      requireNonNull(statuses, "statuses");
    }
  }

  /**
   * Validates the components.
   *
   * @param supplier the supplier's code, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @param deliveries the leveringen, not null
   */
  public DdasSummary {
    requireNonNull(supplier, "supplier");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(deliveries, "deliveries");
  }

  /**
   * Counts the outreach cases a delivery is made of, as {@link DdasExport#write} writes them.
   *
   * @param request the delivery's request, not null
   * @param cases the cases of the delivery (see {@link DdasExport#inPeriod}), not null
   * @return the summary, with one levering
   */
  public static DdasSummary of(DdasRequest request, Collection<OutreachCase> cases) {
    requireNonNull(request, "request");
    Map<EndResult, Integer> results = new EnumMap<>(EndResult.class);
    Map<EarlySignalStatus, Integer> statuses = new EnumMap<>(EarlySignalStatus.class);
    int signals = 0;
    int attempts = 0;
    for (OutreachCase c : requireNonNull(cases, "cases")) {
      c.ending().ifPresent(e -> results.merge(e.result(), 1, Integer::sum));
      for (ReceivedSignal s : c.signals()) {
        statuses.merge(c.statusOf(s.signal().id()).orElseThrow(), 1, Integer::sum);
        signals++;
      }
      attempts += c.attempts().size();
    }
    return new DdasSummary(request.supplier(), request.from(), request.to(), ImmutableList.of(new Delivery(
        request.municipality(), signals, cases.size(), attempts, Maps.immutableEnumMap(results),
        Maps.immutableEnumMap(statuses))));
  }

  /**
   * Reads and counts a DDAS delivery: the members the Uitwisselmodel v1.2 requires must be there, the code lists'
   * values must be theirs; members the count does not need are not checked (validate against the published schema
   * for that).
   *
   * @param json the delivery, UTF-8 JSON, not null
   * @return the summary
   * @throws CaseworkJsonException if the input is not JSON, holds a member twice, lacks a required member, has a
   *     value of the wrong type, or a value outside a code list; the message names the JSON pointer and the rule
   */
  public static DdasSummary read(byte[] json) {
    requireNonNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CaseworkJsonException(JsonCodes.SYNTAX, "a DDAS delivery is one well-formed JSON object with "
          + "distinct member names", "", e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
          e.getLocation() == null ? -1 : e.getLocation().getColumnNr());
    } catch (IOException e) {
      throw new CaseworkJsonException(JsonCodes.SYNTAX, "a DDAS delivery is one well-formed JSON object", "", -1, -1);
    }
    if (root == null || !root.isObject()) {
      throw wrongType("", "a DDAS delivery is a JSON object");
    }
    ImmutableList.Builder<Delivery> deliveries = ImmutableList.builder();
    JsonNode leveringen = root.path("leveringen");
    if (!leveringen.isMissingNode()) {
      array(leveringen, "/leveringen");
      for (int i = 0; i < leveringen.size(); i++) {
        deliveries.add(delivery(leveringen.get(i), "/leveringen/" + i));
      }
    }
    return new DdasSummary(text(root, "", "codeGegevensleverancier"), date(root, "", "startdatumLevering"),
        date(root, "", "einddatumLevering"), deliveries.build());
  }

  private static Delivery delivery(JsonNode levering, String at) {
    object(levering, at);
    String municipality = text(levering, at, "gemeentecode");
    required(levering, at, "teller");
    required(levering, at, "aanleverendeOrganisatie");
    Map<EarlySignalStatus, Integer> statuses = new EnumMap<>(EarlySignalStatus.class);
    JsonNode signals = optionalArray(levering, at + "/vroegsignalen", "vroegsignalen");
    for (int i = 0; i < signals.size(); i++) {
      String p = at + "/vroegsignalen/" + i;
      JsonNode s = object(signals.get(i), p);
      text(s, p, "ID");
      required(s, p, "client");
      required(s, p, "signaalpartner");
      if (s.has("status")) {
        statuses.merge(coded(s, p, "status", DdasVocabulary.STATUS), 1, Integer::sum);
      }
    }
    Map<EndResult, Integer> results = new EnumMap<>(EndResult.class);
    int attempts = 0;
    JsonNode cases = optionalArray(levering, at + "/vroegsignaalzaken", "vroegsignaalzaken");
    for (int i = 0; i < cases.size(); i++) {
      String p = at + "/vroegsignaalzaken/" + i;
      JsonNode c = object(cases.get(i), p);
      if (c.has("resultaat")) {
        results.merge(coded(c, p, "resultaat", DdasVocabulary.END_RESULT), 1, Integer::sum);
      }
      JsonNode tries = optionalArray(c, p + "/contactpogingen", "contactpogingen");
      for (int j = 0; j < tries.size(); j++) {
        String q = p + "/contactpogingen/" + j;
        JsonNode attempt = object(tries.get(j), q);
        if (attempt.has("soort") && !DdasVocabulary.CONTACT_NAMES.contains(text(attempt, q, "soort"))) {
          throw new CaseworkJsonException(JsonCodes.DDAS_UNKNOWN_VALUE, "soort is a contact kind of the "
              + "Uitwisselmodel v1.2", q + "/soort", -1, -1);
        }
      }
      attempts += tries.size();
    }
    return new Delivery(municipality, signals.size(), cases.size(), attempts, Maps.immutableEnumMap(results),
        Maps.immutableEnumMap(statuses));
  }

  private static <E> E coded(JsonNode node, String at, String name, ImmutableBiMap<E, String> codes) {
    E value = codes.inverse().get(text(node, at, name));
    if (value == null) {
      throw new CaseworkJsonException(JsonCodes.DDAS_UNKNOWN_VALUE, name + " is a value of its code list in the "
          + "Uitwisselmodel v1.2", at + "/" + name, -1, -1);
    }
    return value;
  }

  private static JsonNode required(JsonNode node, String at, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new CaseworkJsonException(JsonCodes.MISSING_MEMBER, name + " is required", at + "/" + name, -1, -1);
    }
    return value;
  }

  private static String text(JsonNode node, String at, String name) {
    JsonNode value = required(node, at, name);
    if (!value.isTextual()) {
      throw wrongType(at + "/" + name, name + " is a string");
    }
    return value.textValue();
  }

  private static LocalDate date(JsonNode node, String at, String name) {
    String text = text(node, at, name);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CaseworkJsonException(JsonCodes.INVALID_DATE, name + " is a date yyyy-MM-dd", at + "/" + name, -1,
          -1);
    }
  }

  private static JsonNode object(JsonNode node, String at) {
    if (!node.isObject()) {
      throw wrongType(at, "an object is required here");
    }
    return node;
  }

  private static void array(JsonNode node, String at) {
    if (!node.isArray()) {
      throw wrongType(at, "an array is required here");
    }
  }

  private static JsonNode optionalArray(JsonNode node, String at, String name) {
    JsonNode value = node.path(name);
    if (value.isMissingNode()) {
      return value;
    }
    array(value, at);
    return value;
  }

  private static CaseworkJsonException wrongType(String at, String rule) {
    return new CaseworkJsonException(JsonCodes.WRONG_TYPE, rule, at, -1, -1);
  }
}
