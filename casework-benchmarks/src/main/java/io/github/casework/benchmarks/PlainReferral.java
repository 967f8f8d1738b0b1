package io.github.casework.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * The plain baseline of {@link ReferralJsonBenchmark} and {@link ColdStartBenchmark}: the referral document as
 * records with {@code String} fields only (instants, ids and codes as text; no {@code JavaTimeModule}, no
 * validation), which databind maps to and from the very bytes casework writes.
 */
final class PlainReferral {
  private PlainReferral() {}

  /** The plain mapper: the parser settings casework uses (duplicates, trailing tokens, limits), nothing else. */
  static ObjectMapper mapper() {
    ObjectMapper mapper = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(32).maxStringLength(20_000).maxNumberLength(32).build());
    return mapper;
  }

  /** The plain document: the envelope. */
  public record Doc(String format, int version, String kind, Data data) {}

  /** The plain document's data. */
  public record Data(State state, List<Event> history) {}

  /** A plain data-sharing basis. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Basis(String type, String givenBy, String recordedBy, String givenAt, List<String> recipients,
      List<String> domains) {}

  /** A plain handover. */
  public record Handover(String to, String at) {}

  /** A plain referral state: every member this referral's state has, in the wire format's order. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record State(String id, String client, String caseId, String need, String domain, String from,
      String referrer, String to, String service, String draftedAt, String status, Basis basis, String sentAt,
      String responseDue, String followUpDue, String capacity, String respondedAt, String outcome,
      Handover handover, String lastChangedAt, long version) {}

  /** A plain referral event: every member this referral's events have, absent ones null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Event(String type, String referralId, String client, String caseId, String need,
      String domain, String from, String referrer, String to, String service, Basis basis, String responseDue,
      String followUpDue, String capacity, String outcome, String by, String at) {}
}
