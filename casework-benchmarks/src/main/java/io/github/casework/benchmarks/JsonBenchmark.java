package io.github.casework.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Need;
import io.github.casework.casefile.ParticipationRung;
import io.github.casework.casefile.Urgency;
import io.github.casework.casefile.ZrmScore;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.History;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2: writing and reading a typical case document (one case, 8 needs, 6 referrals, 30 events) with
 * casework-json (every value validated, the history replayed through {@code Case.evolve}) against Jackson databind
 * on equivalent plain records with no validation, with the same parser settings (duplicate detection, trailing
 * tokens, stream limits). Two baselines: records with String fields only, read from and written to casework's own
 * bytes (the fair one, issue 16; goal at least 1.0× its throughput each way), and the earlier records with
 * {@code Instant}s through {@code JavaTimeModule} (target 0.8×).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {
  private final CaseworkJson json = CaseworkJson.standard();
  private ObjectMapper plainMapper;
  private History<Case, CaseEvent> history;
  private PlainDoc plain;
  private ObjectMapper stringMapper;
  private StringDoc strings;
  private byte[] caseworkBytes;
  private byte[] plainBytes;

  /** Builds the typical case and both encodings once. */
  @Setup
  public void setUp() throws IOException {
    List<CaseEvent> events = typicalCase30();
    history = History.of(Case.TYPE, events);
    plain = PlainDoc.of(Case.replay(events), events);
    plainMapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    plainMapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(32).maxStringLength(20_000).maxNumberLength(32).build());
    caseworkBytes = json.write(DocumentKind.CASE, history);
    plainBytes = plainMapper.writeValueAsBytes(plain);
    stringMapper = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    stringMapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(32).maxStringLength(20_000).maxNumberLength(32).build());
    strings = stringMapper.readValue(caseworkBytes, StringDoc.class);
    ColdStartBenchmark.requireSame("the String records", stringMapper.writeValueAsBytes(strings), caseworkBytes);
  }

  /** The typical case: 8 needs, 6 referrals (sent and their loops closed), 30 events. */
  static List<CaseEvent> typicalCase30() {
    Instant t = Instant.parse("2026-01-05T09:00:00Z");
    ProfessionalId owner = ProfessionalId.of("sw-maartje");
    List<CaseEvent> events = new ArrayList<>();
    Decision<Case, CaseEvent> d = Case.open(CaseId.of("case-typical"), ClientId.of("client-7f3a"),
        AgencyId.of("welfare-west"), owner, t);
    events.addAll(d.events());
    Case c = d.state();
    LifeDomain[] domains = LifeDomain.values();
    for (int i = 0; i < 8; i++) {
      c = step(c, events, new CaseCommand.RegisterNeed(NeedId.of("need-" + i), domains[i], Urgency.values()[i % 4],
          owner, t.plusSeconds(60L * i)));
    }
    c = step(c, events, new CaseCommand.Activate(t.plusSeconds(3600)));
    for (int i = 0; i < 6; i++) {
      c = step(c, events, new CaseCommand.ReferNeed(NeedId.of("need-" + i), ReferralId.of("ref-" + i),
          AgencyId.of("agency-" + i), owner, t.plusSeconds(7200L + i)));
    }
    for (int i = 0; i < 6; i++) {
      c = step(c, events, new CaseCommand.CloseReferralLoop(NeedId.of("need-" + i), ReferralId.of("ref-" + i), owner,
          t.plusSeconds(86_400L * (i + 1))));
    }
    c = step(c, events, new CaseCommand.RecordAssessment(Assessment.of(t.plusSeconds(700_000),
        Map.of(LifeDomain.FINANCES, ZrmScore.of(2), LifeDomain.HOUSING, ZrmScore.of(1)),
        Optional.of(ParticipationRung.of(3)))));
    c = step(c, events, new CaseCommand.TransferAccountability(NeedId.of("need-7"), ProfessionalId.of("sw-2"),
        t.plusSeconds(700_100)));
    for (int i = 0; i < 5; i++) {
      c = step(c, events, new CaseCommand.DisposeNeed(NeedId.of("need-" + i), new Disposition.Met(
          t.plusSeconds(800_000L + i))));
    }
    step(c, events, new CaseCommand.RecordAssessment(Assessment.of(t.plusSeconds(900_000),
        Map.of(LifeDomain.FINANCES, ZrmScore.of(4)), Optional.empty())));
    if (events.size() != 30) {
      throw new AssertionError("bug: " + events.size() + " events");
    }
    return events;
  }

  private static Case step(Case c, List<CaseEvent> events, CaseCommand command) {
    Decision<Case, CaseEvent> d = c.decide(command);
    events.addAll(d.events());
    return d.state();
  }

  /**
   * The fair baseline (issue 16): databind writes records with String fields only (no {@code JavaTimeModule}),
   * which the setup checks write exactly casework's bytes.
   */
  @Benchmark
  public byte[] stringsWrite() throws IOException {
    return stringMapper.writeValueAsBytes(strings);
  }

  /** The fair baseline: databind reads casework's own bytes into the String records, no validation. */
  @Benchmark
  public StringDoc stringsRead() throws IOException {
    return stringMapper.readValue(caseworkBytes, StringDoc.class);
  }

  /** The earlier baseline: Jackson databind writes plain records, instants through {@code JavaTimeModule}. */
  @Benchmark
  public byte[] baselineWrite() throws IOException {
    return plainMapper.writeValueAsBytes(plain);
  }

  /** casework: write the case document. */
  @Benchmark
  public byte[] caseworkWrite() {
    return json.write(DocumentKind.CASE, history);
  }

  /** The earlier baseline: databind reads plain records, instants through {@code JavaTimeModule}. */
  @Benchmark
  public PlainDoc baselineRead() throws IOException {
    return plainMapper.readValue(plainBytes, PlainDoc.class);
  }

  /** casework: read, validate and replay the case document. */
  @Benchmark
  public History<Case, CaseEvent> caseworkRead() {
    return json.read(DocumentKind.CASE, caseworkBytes);
  }

  /** The String document: the envelope. */
  public record StringDoc(String format, int version, String kind, StringData data) {}

  /** The String document's data. */
  public record StringData(StringState state, List<StringEvent> history) {}

  /** A case state with String fields. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StringState(String id, String client, String agency, String owner, String status,
      List<StringNeed> needs, List<StringAssessment> assessments, String openedAt, String lastChangedAt,
      long version) {}

  /** A need with String fields. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StringNeed(String id, String domain, String urgency, String accountable, String registeredAt,
      List<String> openReferrals, StringDisposition disposition) {}

  /** A disposition with String fields. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StringDisposition(String type, String to, String agency, String reason, String explanation,
      String at) {}

  /** An assessment with String fields. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StringAssessment(String at, Map<String, Integer> scores, Integer participation) {}

  /** An event with String fields: every member the typical case's events have, in the wire format's order. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StringEvent(String type, String caseId, String client, String need, String domain, String urgency,
      String accountable, String referral, String agency, String owner, String referrer, String by, String from,
      String to, StringDisposition disposition, StringAssessment assessment, String reason, String at) {}

  /** A plain event: every member any event kind may have, absent ones left null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainEvent(String type, String caseId, String client, String agency, String owner, String need,
      String domain, String urgency, String accountable, String referral, String referrer, String by, String from,
      String to, PlainDisposition disposition, PlainAssessment assessment, String reason, Instant at) {}

  /** A plain disposition. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainDisposition(String type, String to, String agency, String reason, String explanation,
      Instant at) {}

  /** A plain assessment. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainAssessment(Instant at, Map<String, Integer> scores, Integer participation) {}

  /** A plain need. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainNeed(String id, String domain, String urgency, String accountable, Instant registeredAt,
      List<String> openReferrals, PlainDisposition disposition) {}

  /** A plain case state. */
  public record PlainState(String id, String client, String agency, String owner, String status,
      List<PlainNeed> needs, List<PlainAssessment> assessments, Instant openedAt, Instant lastChangedAt,
      long version) {}

  /** The plain document body. */
  public record PlainData(PlainState state, List<PlainEvent> history) {}

  /** The plain document with the same envelope. */
  public record PlainDoc(String format, int version, String kind, PlainData data) {
    static PlainDoc of(Case c, List<CaseEvent> events) {
      List<PlainNeed> needs = new ArrayList<>();
      for (Need n : c.needs()) {
        needs.add(new PlainNeed(n.id().value(), n.domain().code(), n.urgency().code(), n.accountable().value(),
            n.registeredAt(), n.openReferrals().stream().map(ReferralId::value).toList(),
            n.disposition().map(PlainDoc::disposition).orElse(null)));
      }
      List<PlainAssessment> assessments = c.assessments().stream().map(PlainDoc::assessment).toList();
      PlainState state = new PlainState(c.id().value(), c.client().value(), c.agency().value(), c.owner().value(),
          c.status().code(), needs, assessments, c.openedAt(), c.lastChangedAt(), c.version());
      List<PlainEvent> plainEvents = new ArrayList<>();
      for (CaseEvent e : events) {
        plainEvents.add(event(e));
      }
      return new PlainDoc("casework", 1, "case", new PlainData(state, plainEvents));
    }

    static PlainDisposition disposition(Disposition d) {
      if (d instanceof Disposition.HandedOver h) {
        return new PlainDisposition(d.type(), h.to().value(), h.agency().value(), null, null, d.at());
      } else if (d instanceof Disposition.Unmet u) {
        return new PlainDisposition(d.type(), null, null, u.reason().code(), u.explanation(), d.at());
      }
      return new PlainDisposition(d.type(), null, null, null, null, d.at());
    }

    static PlainAssessment assessment(Assessment a) {
      Map<String, Integer> scores = new LinkedHashMap<>();
      a.scores().forEach((k, v) -> scores.put(k.code(), v.value()));
      return new PlainAssessment(a.at(), scores, a.participation().map(ParticipationRung::value).orElse(null));
    }

    static PlainEvent event(CaseEvent e) {
      String id = e.caseId().value();
      if (e instanceof CaseEvent.Opened o) {
        return new PlainEvent(e.type(), id, o.client().value(), o.agency().value(), o.owner().value(), null, null,
            null, null, null, null, null, null, null, null, null, null, e.at());
      } else if (e instanceof CaseEvent.NeedRegistered n) {
        return new PlainEvent(e.type(), id, null, null, null, n.need().value(), n.domain().code(),
            n.urgency().code(), n.accountable().value(), null, null, null, null, null, null, null, null, e.at());
      } else if (e instanceof CaseEvent.NeedReferred n) {
        return new PlainEvent(e.type(), id, null, n.agency().value(), null, n.need().value(), null, null, null,
            n.referral().value(), n.referrer().value(), null, null, null, null, null, null, e.at());
      } else if (e instanceof CaseEvent.ReferralLoopClosed n) {
        return new PlainEvent(e.type(), id, null, null, null, n.need().value(), null, null, null,
            n.referral().value(), null, n.by().value(), null, null, null, null, null, e.at());
      } else if (e instanceof CaseEvent.AccountabilityTransferred a) {
        return new PlainEvent(e.type(), id, null, null, null, a.need().value(), null, null, null, null, null, null,
            a.from().value(), a.to().value(), null, null, null, e.at());
      } else if (e instanceof CaseEvent.NeedDisposed n) {
        return new PlainEvent(e.type(), id, null, null, null, n.need().value(), null, null, null, null, null, null,
            null, null, disposition(n.disposition()), null, null, null);
      } else if (e instanceof CaseEvent.AssessmentRecorded a) {
        return new PlainEvent(e.type(), id, null, null, null, null, null, null, null, null, null, null, null, null,
            null, assessment(a.assessment()), null, null);
      }
      return new PlainEvent(e.type(), id, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, e.at());
    }
  }
}
