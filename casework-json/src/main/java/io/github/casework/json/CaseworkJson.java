package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.ErrorCatalogue;
import io.github.casework.ErrorCode;
import io.github.casework.casefile.Case;
import io.github.casework.check.Caseload;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.AggregateId;
import io.github.casework.json.internal.CaseloadContext;
import io.github.casework.json.internal.Dialect;
import io.github.casework.json.internal.Envelope;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.JacksonSupport;
import io.github.casework.json.internal.LineSource;
import io.github.casework.json.internal.Utf8Input;
import io.github.casework.json.internal.Wire;
import io.github.casework.referral.ConsentRegister;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes documents and event streams of the casework wire format. This is the entry point for
 * exchanging data: it wraps values in the versioned envelope, enforces the safety limits, and writes canonical
 * output. Instances are preconfigured, reusable and thread-safe; get one with {@link #standard()} or
 * {@link #strict()}.
 *
 * <h2>Documents</h2>
 * A document is one JSON object, UTF-8 without byte-order mark:
 * {@code {"format":"casework","version":1,"kind":"case","data":{...}}}. {@code kind} is a {@link DocumentKind}'s
 * name. Reading goes through the domain's validating factories and, for an aggregate (case, referral, escalation,
 * signal), replays its history through the aggregate's own {@code evolve}: a value or history the domain forbids
 * cannot be read. Writing is canonical: members in a
 * fixed order, no insignificant whitespace, one line ending in LF, so that writing a value read from a canonical
 * document gives the same bytes.
 *
 * <h2>Event streams</h2>
 * NDJSON: a header line (an envelope without {@code data}, whose {@code kind} is an {@link EventStreamKind}'s
 * name), then one event per line. Streams are written and read one line at a time, in memory that does not grow
 * with the number of events (it grows with the number of distinct aggregates, whose states the reader keeps in
 * order to replay them).
 *
 * <h2>Safety</h2>
 * Duplicate member names, content after the document, nulls, non-UTF-8 input, byte-order marks and
 * non-standard JSON (comments, single quotes, NaN, leading zeros) are rejected; no polymorphic typing by class
 * name exists (type ids are the domain's stable {@code TYPE}s). The limits below bound the time and memory a
 * hostile input can take; every failure is a {@link CaseworkJsonException}.
 *
 * <h2>Unknown members</h2>
 * {@link #standard()} is tolerant: a member the format does not define is skipped, so that a document written
 * by a later minor revision of version 1 (which may only add optional members) can be read. {@link #strict()}
 * rejects it with {@link JsonCodes#UNKNOWN_MEMBER}, for conformance testing. Neither drops an unknown envelope
 * version: that is always {@link JsonCodes#UNSUPPORTED_VERSION}.
 */
public final class CaseworkJson {

  /**
   * The deepest nesting of arrays and objects: 32. The deepest structure of version 1 is 9 levels (the case ids of
   * a signal's evidence, in a signal's history, in a caseload); the rest is headroom for later kinds and vendors'
   * extension members, and the bound keeps hostile nesting far from any stack limit.
   */
  public static final int MAX_NESTING_DEPTH = 32;

  /**
   * The longest string, in characters: 20,000, ten times the longest free text the domain accepts (an unmet need's
   * explanation, 2,000 characters), so that a long, heavily escaped text still fits while a hostile string is cut
   * off early.
   */
  public static final int MAX_STRING_LENGTH = 20_000;

  /** The longest member name, in characters: 256. The format's longest is 19 ({@code firstConversationAt}). */
  public static final int MAX_NAME_LENGTH = 256;

  /**
   * The most characters in one number: 32. The format's numbers are versions (at most 19 digits, a {@code long}),
   * ZRM scores and rungs; big-number parsing, whose cost grows faster than linearly, never runs on more.
   */
  public static final int MAX_NUMBER_LENGTH = 32;

  /**
   * The largest document, in bytes: 16 MiB. A case of ten thousand events is about 2 MB, a directory of a large
   * city's agencies a few MB; the bound keeps the memory one document can take proportional and small. Larger
   * exports are event streams.
   */
  public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  /**
   * The longest line of an event stream, in bytes: 1 MiB. One event is at most a few KB (an explanation of 2,000
   * characters escaped to 12 KB at worst); the line buffer never grows beyond this. The header line of a
   * caseload-events stream, which may carry a whole agency directory, may be as long as a document
   * ({@link #MAX_DOCUMENT_BYTES}).
   */
  public static final int MAX_LINE_BYTES = 1024 * 1024;

  /** Created on first use, after the Jackson version is checked (a failed static initializer explains nothing). */
  private static final class Instances {
    static final CaseworkJson STANDARD = new CaseworkJson(false);
    static final CaseworkJson STRICT = new CaseworkJson(true);
  }

  private static final ImmutableList<String> SCHEMA_FILES = ImmutableList.of(
      "common.schema.json", "case.schema.json", "case-event.schema.json", "case-events.schema.json",
      "agency-directory.schema.json", "referral.schema.json", "referral-event.schema.json",
      "referral-events.schema.json", "escalation.schema.json", "escalation-event.schema.json",
      "escalation-events.schema.json", "signal.schema.json", "signal-event.schema.json", "signal-events.schema.json",
      "caseload.schema.json", "caseload-events.schema.json", "findings.schema.json",
      "case-view.schema.json");

  /** The folder of the strict schema family, relative to the tolerant one. */
  private static final String STRICT_SCHEMAS = "strict/";

  private final boolean strict;
  private final ObjectMapper mapper;
  private final ObjectReader envelopeReader;
  private final ObjectWriter writer;

  private CaseworkJson(boolean strict) {
    JacksonSupport.requireSupported();
    this.strict = strict;
    this.mapper = JsonMapper.builder(newFactory())
        .addModule(new CaseworkModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .build();
    // The facade checks for content after the root value itself (readRoot), to report it with its own code.
    this.envelopeReader = mapper.readerFor(Envelope.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.writer = mapper.writer();
  }

  /** The parser and generator settings: explicit limits, strict JSON, compact UTF-8 output. */
  private static JsonFactory newFactory() {
    JsonFactoryBuilder builder = new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Canonical text: raw UTF-8 (astral characters as one 4-byte sequence), escapes only where JSON requires
        // them (quote, backslash, control characters: the five short escapes, the rest as six-character escapes
        // with lower-case hex digits), as ECMAScript's JSON.stringify writes it.
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        // Event streams write one root value per line, each ending in the LF written after it, nothing between.
        .rootValueSeparator((String) null)
        // Hostile member names must not fill the JVM's string pool.
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES);
    // Newer than the oldest supported Jackson: looked up, not linked (see generator for what stands in).
    JacksonSupport.COMBINE_SURROGATES.ifPresent(builder::enable);
    JacksonSupport.ESCAPE_FORWARD_SLASHES.ifPresent(builder::disable);
    return builder.build();
  }

  /**
   * A generator writing UTF-8 to a stream. Before Jackson 2.18 the byte generator writes an astral character as two
   * escapes; the character generator writes it as it is, and the UTF-8 writer under it as one 4-byte sequence.
   */
  private JsonGenerator generator(OutputStream out) throws IOException {
    return JacksonSupport.COMBINE_SURROGATES.isPresent() ? mapper.createGenerator(out)
        : mapper.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Returns the tolerant instance: unknown members are skipped.
   *
   * @return the instance
   * @throws UnsupportedJacksonException if the Jackson 2 on the class path is older than the supported range
   */
  public static CaseworkJson standard() {
    JacksonSupport.requireSupported();
    return Instances.STANDARD;
  }

  /**
   * Returns the strict instance: unknown members are errors.
   *
   * @return the instance
   * @throws UnsupportedJacksonException if the Jackson 2 on the class path is older than the supported range
   */
  public static CaseworkJson strict() {
    JacksonSupport.requireSupported();
    return Instances.STRICT;
  }

  /** {@return whether unknown members are errors} */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Reads a document.
   *
   * @param kind the kind of document expected, not null
   * @param json the document's UTF-8 bytes, not null
   * @param <T> the data type
   * @return the document's data
   * @throws CaseworkJsonException if the input is not a valid document of this kind
   */
  public <T> T read(DocumentKind<T> kind, byte[] json) {
    requireNonNull(json, "json");
    Reader ascii = json.length <= MAX_DOCUMENT_BYTES ? Utf8Input.asciiReader(json) : null;
    // Anything else (non-ASCII, or over the limit) through the strict decoder, which reports what breaks a rule.
    return ascii != null ? readDocument(kind, ascii) : read(kind, new ByteArrayInputStream(json));
  }

  /**
   * Reads a document from text.
   *
   * @param kind the kind of document expected, not null
   * @param json the document, not null
   * @param <T> the data type
   * @return the document's data
   * @throws CaseworkJsonException if the input is not a valid document of this kind
   */
  public <T> T read(DocumentKind<T> kind, String json) {
    requireNonNull(json, "json");
    if (json.startsWith("\uFEFF")) {
      throw new CaseworkJsonException(JsonCodes.INVALID_ENCODING, "the input must not start with a byte-order mark",
          "", 1, 1);
    }
    return readDocument(kind, new StringReader(json));
  }

  /**
   * Reads a document from a stream, to its end. The stream is not closed.
   *
   * @param kind the kind of document expected, not null
   * @param in the document's UTF-8 bytes, not null
   * @param <T> the data type
   * @return the document's data
   * @throws CaseworkJsonException if the input is not a valid document of this kind
   * @throws UncheckedIOException if the stream cannot be read
   */
  public <T> T read(DocumentKind<T> kind, InputStream in) {
    requireNonNull(in, "in");
    return readDocument(kind, Utf8Input.open(in, MAX_DOCUMENT_BYTES));
  }

  private <T> T readDocument(DocumentKind<T> kind, Reader source) {
    requireNonNull(kind, "kind");
    ObjectReader reader = envelopeReader.withAttribute(Envelope.EXPECTED,
        Envelope.Expected.document(kind.name(), kind.javaType(mapper.getTypeFactory())));
    JsonParser p = null;
    try {
      p = reader.createParser(source);
      Envelope envelope = readRoot(reader, p);
      return kind.type().cast(envelope.data());
    } catch (IOException e) {
      throw translate(e, p);
    } finally {
      closeQuietly(p);
    }
  }

  /** Reads one root value (a document, or one line of a stream) and checks that nothing follows it. */
  static <T> T readRoot(ObjectReader reader, JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new CaseworkJsonException(JsonCodes.TRUNCATED, "the input is empty", "", 1, 1);
    }
    if (first == JsonToken.VALUE_NULL) {
      throw Failures.at(p.currentTokenLocation(), "", JsonCodes.NULL_VALUE, "the document must be an object, not null");
    }
    T value = reader.readValue(p);
    JsonToken after;
    try {
      after = p.nextToken();
    } catch (IOException e) {
      // Whitespace past the document limit is over the limit, not content after the document.
      throw Failures.isLimit(e) ? Failures.fromParser(e, p, "") : trailing(p);
    }
    if (after != null) {
      throw trailing(p);
    }
    return value;
  }

  private static CaseworkJsonException trailing(JsonParser p) {
    return Failures.at(p.currentLocation(), "", JsonCodes.TRAILING_CONTENT,
        "nothing but whitespace may follow the document");
  }

  /** Turns what Jackson threw into the module's exception; Jackson wraps exceptions thrown inside it. */
  static RuntimeException translate(IOException e, @Nullable JsonParser p) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CaseworkJsonException c) {
        return c;
      }
    }
    if (e instanceof JsonMappingException && e.getCause() instanceof IOException cause) {
      return Failures.fromParser(cause, p, "");
    }
    return Failures.fromParser(e, p, "");
  }

  private static void closeQuietly(@Nullable JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException ignored) {
        // Reading is over; the caller owns the source.
      }
    }
  }

  /**
   * Writes a document in canonical form: one line of compact JSON, ending in LF.
   *
   * @param kind the kind of document, not null
   * @param value the data, not null
   * @param <T> the data type
   * @return the UTF-8 bytes
   * @throws CaseworkJsonException if a value cannot be represented (an unpaired surrogate in a text, an instant
   *     outside the years 0000 to 9999)
   */
  public <T> byte[] write(DocumentKind<T> kind, T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    write(kind, value, out);
    return out.toByteArray();
  }

  /**
   * Writes a document in canonical form and returns it as text.
   *
   * @param kind the kind of document, not null
   * @param value the data, not null
   * @param <T> the data type
   * @return the document, ending in LF
   * @throws CaseworkJsonException if a value cannot be represented
   */
  public <T> String writeString(DocumentKind<T> kind, T value) {
    return new String(write(kind, value), StandardCharsets.UTF_8);
  }

  /**
   * Writes a document in canonical form to a stream. The stream is flushed, not closed.
   *
   * @param kind the kind of document, not null
   * @param value the data, not null
   * @param out the stream, not null
   * @param <T> the data type
   * @throws CaseworkJsonException if a value cannot be represented
   * @throws UncheckedIOException if the stream cannot be written
   */
  public <T> void write(DocumentKind<T> kind, T value, OutputStream out) {
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
    requireNonNull(out, "out");
    try (JsonGenerator g = generator(out)) {
      writeLine(writer, g, new Envelope(kind.name(), kind.type().cast(value)));
    } catch (IOException e) {
      throw translateWrite(e);
    }
  }

  /** Writes one value and the LF that ends its line. */
  static void writeLine(ObjectWriter writer, JsonGenerator g, Object value) throws IOException {
    writer.writeValue(g, value);
    g.writeRaw('\n');
  }

  static RuntimeException translateWrite(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CaseworkJsonException c) {
        return c;
      }
    }
    return Dialect.unchecked(e);
  }

  /**
   * Starts writing an event stream: writes its header line at once (without data; see
   * {@link #newCaseloadWriter} for a caseload-events header with the caseload's context). Close the writer to flush
   * it; closing it closes the stream.
   *
   * @param kind the kind of stream, not null
   * @param out the stream, not null
   * @param <E> the event type
   * @param <S> the aggregate type
   * @return the writer; not thread-safe
   * @throws UncheckedIOException if the stream cannot be written
   */
  public <E extends CaseworkEvent, S extends Aggregate<?, ?, ?>> EventStreamWriter<E> newEventWriter(
      EventStreamKind<E, S> kind, OutputStream out) {
    requireNonNull(kind, "kind");
    requireNonNull(out, "out");
    return newWriter(kind, Envelope.NO_DATA, out);
  }

  private <E extends CaseworkEvent> EventStreamWriter<E> newWriter(EventStreamKind<E, ?> kind, Object headerData,
      OutputStream out) {
    try {
      return new EventStreamWriter<>(kind, headerData, generator(out), writer, out);
    } catch (IOException e) {
      throw translateWrite(e);
    }
  }

  /**
   * Starts writing a {@link EventStreamKind#CASELOAD_EVENTS caseload-events} stream whose header carries a
   * caseload's agencies, professionals, mandates and areas; write the events of its aggregates (of any kind, in any
   * interleaving that keeps each aggregate's order) with the writer. Close the writer to flush it; closing it closes
   * the stream.
   *
   * @param context the caseload whose agencies, professionals, mandates and areas the header carries; its
   *     aggregates are not written, not null
   * @param out the stream, not null
   * @return the writer; not thread-safe
   * @throws CaseworkJsonException if a value of the context cannot be represented
   * @throws UncheckedIOException if the stream cannot be written
   */
  public EventStreamWriter<CaseworkEvent> newCaseloadWriter(CaseloadSnapshot context, OutputStream out) {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    return newWriter(EventStreamKind.CASELOAD_EVENTS, CaseloadContext.of(context), out);
  }

  /**
   * Starts reading an event stream; the header line is read and checked at once. Closing the reader closes the
   * stream.
   *
   * @param kind the kind of stream expected, not null
   * @param in the stream's UTF-8 bytes, not null
   * @param <E> the event type
   * @param <S> the aggregate type
   * @return the reader; not thread-safe
   * @throws CaseworkJsonException if the header is missing or not of this kind
   * @throws UncheckedIOException if the stream cannot be read
   */
  public <E extends CaseworkEvent, S extends Aggregate<?, ?, ?>> EventStreamReader<E, S> newEventReader(
      EventStreamKind<E, S> kind, InputStream in) {
    requireNonNull(kind, "kind");
    requireNonNull(in, "in");
    ObjectReader header = envelopeReader.withAttribute(Envelope.EXPECTED,
        Envelope.Expected.header(kind.name(), mapper.constructType(kind.headerType())));
    ImmutableMap<AggregateType<?, ?, ?>, ObjectReader> families = ImmutableMap.of();
    ObjectReader events;
    if (kind.aggregateTypes().size() > 1) {
      ImmutableMap.Builder<AggregateType<?, ?, ?>, ObjectReader> b = ImmutableMap.builder();
      for (AggregateType<?, ?, ?> t : kind.aggregateTypes()) {
        b.put(t, eventReaderOf(t.eventType()));
      }
      families = b.buildOrThrow();
      events = families.values().iterator().next();
    } else {
      events = eventReaderOf(kind.eventType());
    }
    // A header that carries a caseload's context may be as long as a document.
    int headerLimit = kind.headerType() == Void.class ? MAX_LINE_BYTES : (int) MAX_DOCUMENT_BYTES;
    // Only the mixed stream carries outreach cases, whose events are not an aggregate's.
    ObjectReader outreach = families.isEmpty() ? null : eventReaderOf(OutreachEvent.class);
    return new EventStreamReader<>(kind, new LineSource(in, MAX_LINE_BYTES, headerLimit), header, events, families,
        outreach);
  }

  /**
   * Writes one event in canonical form, as a line of an event stream holds it but without the line ending: the text
   * an event store keeps as an event's payload.
   *
   * @param event the event, not null
   * @return the event's canonical JSON
   * @throws CaseworkJsonException if a value cannot be represented
   */
  public String writeEvent(CaseworkEvent event) {
    requireNonNull(event, "event");
    try {
      return writer.writeValueAsString(event);
    } catch (IOException e) {
      throw translateWrite(e);
    }
  }

  /**
   * Reads one event of an aggregate kind, as {@link #writeEvent} writes it (members may come in any order, as a
   * database's JSON type may reorder them). The event is not replayed: whether it may follow its aggregate's
   * earlier events is for {@link AggregateType#evolve} to decide.
   *
   * @param type the aggregate kind the event belongs to, not null
   * @param json the event's JSON, not null
   * @param <E> the event type
   * @return the event
   * @throws CaseworkJsonException if the text is not a valid event of this kind
   */
  public <E extends CaseworkEvent> E readEvent(AggregateType<?, ?, E> type, String json) {
    requireNonNull(type, "type");
    requireNonNull(json, "json");
    ObjectReader reader = eventReaderOf(type.eventType());
    JsonParser p = null;
    try {
      p = reader.createParser(json);
      return readRoot(reader, p);
    } catch (IOException e) {
      throw translate(e, p);
    } finally {
      closeQuietly(p);
    }
  }

  private ObjectReader eventReaderOf(Class<?> type) {
    return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Writes a whole caseload as one {@link EventStreamKind#CASELOAD_EVENTS caseload-events} stream: the header with
   * its agencies, professionals, mandates and areas (and consent withdrawals, if any), then the events of its cases,
   * referrals, escalations and signals, one aggregate after the other, in the snapshot's order, and last the
   * {@code outreach.*} events of its outreach cases, one case after the other. Reading the stream with
   * {@link #readCaseloadEvents} gives an equal snapshot. The stream is closed.
   *
   * @param snapshot the caseload, not null
   * @param out the stream, not null
   * @throws CaseworkJsonException if a value cannot be represented
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeCaseloadEvents(CaseloadSnapshot snapshot, OutputStream out) {
    requireNonNull(snapshot, "snapshot");
    try (EventStreamWriter<CaseworkEvent> w = newCaseloadWriter(snapshot, requireNonNull(out, "out"))) {
      snapshot.histories().forEach(h -> w.writeAll(h.events()));
      snapshot.outreach().forEach(h -> h.events().forEach(w::writeOutreach));
    }
  }

  /**
   * Reads a whole {@link EventStreamKind#CASELOAD_EVENTS caseload-events} stream into a snapshot: every event is
   * replayed as {@link #newEventReader} does and collected into the history of its aggregate; aggregates are listed
   * in the order their first event appears; the agencies, professionals, mandates and areas are the header's (none,
   * and the default mandates, if it carries no data). Unlike iterating the stream, this holds every event in memory.
   * The stream is closed.
   *
   * @param in the stream's UTF-8 bytes, not null
   * @return the snapshot
   * @throws CaseworkJsonException if the input is not a valid caseload-events stream
   * @throws UncheckedIOException if the stream cannot be read
   */
  public CaseloadSnapshot readCaseloadEvents(InputStream in) {
    Map<AggregateId, List<CaseworkEvent>> byAggregate = new LinkedHashMap<>();
    List<History<?, ?>> histories = new ArrayList<>();
    Caseload context;
    ImmutableList<OutreachHistory> outreach;
    ConsentRegister consents;
    try (EventStreamReader<CaseworkEvent, Aggregate<?, ?, ?>> r =
        newEventReader(EventStreamKind.CASELOAD_EVENTS, in)) {
      while (r.hasNext()) {
        CaseworkEvent event = r.next();
        byAggregate.computeIfAbsent(event.aggregateId(), k -> new ArrayList<>()).add(event);
      }
      // The reader replayed every history as it read it; its states are the histories' states.
      byAggregate.forEach((id, events) -> histories.add(history(r.stateOf(id).orElseThrow(), events)));
      context = r.context().orElse(CaseloadSnapshot.empty()).caseload();
      outreach = r.outreach();
      consents = r.context().map(CaseloadSnapshot::consents).orElse(ConsentRegister.empty());
    }
    return CaseloadSnapshot.of(histories, context).withOutreach(outreach).withConsents(consents);
  }

  /**
   * Reads a whole {@link EventStreamKind#CASELOAD_EVENTS caseload-events} stream into what the caseload check reads:
   * the caseload it ends in, as {@link #readCaseloadState} reads it (states only, not events), and the consent
   * withdrawals its header carries. The stream is closed.
   *
   * @param in the stream's UTF-8 bytes, not null
   * @return the caseload and the withdrawals
   * @throws CaseworkJsonException if the input is not a valid caseload-events stream
   * @throws UncheckedIOException if the stream cannot be read
   */
  public CheckInput readCheckInput(InputStream in) {
    ConsentRegister[] consents = {ConsentRegister.empty()};
    Caseload caseload = readCaseloadState(in, c -> consents[0] = c);
    return new CheckInput(caseload, consents[0]);
  }

  /**
   * Reads a whole {@link EventStreamKind#CASELOAD_EVENTS caseload-events} stream into the caseload it ends in: every
   * event is replayed as {@link #newEventReader} does, and each aggregate's last state is kept, not its events; the
   * aggregates are listed in the order their first event appears and the agencies, professionals, mandates and areas
   * are the header's, so the caseload equals {@code readCaseloadEvents(in).caseload()}. This is what a check needs,
   * in a fraction of the memory: a stream of 1,000,000 events over 250,000 aggregates is read and checked in a
   * 128 MB heap. The stream is closed.
   *
   * @param in the stream's UTF-8 bytes, not null
   * @return the caseload
   * @throws CaseworkJsonException if the input is not a valid caseload-events stream
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Caseload readCaseloadState(InputStream in) {
    return readCaseloadState(in, c -> { });
  }

  private Caseload readCaseloadState(InputStream in, Consumer<ConsentRegister> consents) {
    Caseload context;
    List<Case> cases = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    List<Escalation> escalations = new ArrayList<>();
    List<Signal> signals = new ArrayList<>();
    ImmutableList<OutreachCase> outreach;
    try (EventStreamReader<CaseworkEvent, Aggregate<?, ?, ?>> r =
        newEventReader(EventStreamKind.CASELOAD_EVENTS, in)) {
      while (r.hasNext()) {
        r.next();
      }
      outreach = ImmutableList.copyOf(r.outreachStates());
      consents.accept(r.context().map(CaseloadSnapshot::consents).orElse(ConsentRegister.empty()));
      context = r.context().orElse(CaseloadSnapshot.empty()).caseload();
      for (Aggregate<?, ?, ?> state : r.states()) {
        if (state instanceof Case c) {
          cases.add(c);
        } else if (state instanceof Referral referral) {
          referrals.add(referral);
        } else if (state instanceof Escalation e) {
          escalations.add(e);
        } else if (state instanceof Signal s) {
          signals.add(s);
        } else {
          throw new AssertionError("bug: unhandled aggregate " + state.getClass().getName());
        }
      }
    }
    // Built after the reader is gone, so that its index of states is garbage before the caseload's own checks run.
    // The canonical constructor, so that a part the context gains is a compile error here, not a silent loss.
    return new Caseload(ImmutableList.copyOf(cases), ImmutableList.copyOf(referrals),
        ImmutableList.copyOf(escalations), ImmutableList.copyOf(signals), context.agencies(), context.professionals(),
        context.mandates(), context.areas(), context.directory(), context.profiles(), outreach);
  }

  private static History<?, ?> history(Aggregate<?, ?, ?> state, List<CaseworkEvent> events) {
    return history(state.aggregateType(), state, events);
  }

  private static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> History<S, E> history(
      AggregateType<S, ?, E> type, Aggregate<?, ?, ?> state, List<CaseworkEvent> events) {
    return History.replayed(type, type.stateType().cast(state),
        events.stream().map(type.eventType()::cast).collect(ImmutableList.toImmutableList()));
  }

  /** {@return the file names of the JSON Schemas of version 1, each readable with {@link #openSchema(String)}} */
  public static ImmutableList<String> schemaFiles() {
    return SCHEMA_FILES;
  }

  /**
   * Opens one of the JSON Schemas (2020-12) of version 1. They are in the jar under
   * {@code io/github/casework/json/schema/v1/}; their {@code $id}s start with
   * {@code https://casework.github.io/casework/schema/v1/} and refer to each other by relative IRIs.
   *
   * <p>There are two families with the same file names. The tolerant one, named as in {@link #schemaFiles()}, matches
   * {@link #standard()}: a member that version 1 does not list is allowed at every level, since version 1 may only
   * add optional members. The strict one, named {@code strict/} followed by such a name (its {@code $id}s start with
   * {@code https://casework.github.io/casework/schema/v1/strict/}), matches {@link #strict()}: it refuses such
   * members.
   *
   * @param file a name from {@link #schemaFiles()}, or {@code strict/} followed by one, not null
   * @return the schema's UTF-8 bytes; the caller closes the stream
   * @throws IllegalArgumentException if there is no such schema
   */
  public static InputStream openSchema(String file) {
    requireNonNull(file, "file");
    if (!SCHEMA_FILES.contains(file.startsWith(STRICT_SCHEMAS) ? file.substring(STRICT_SCHEMAS.length()) : file)) {
      throw new IllegalArgumentException("no such schema: see schemaFiles()");
    }
    InputStream in = CaseworkJson.class.getResourceAsStream("/" + Wire.SCHEMA_FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("bug: schema missing from the jar: " + file);
    }
    return in;
  }

  /**
   * Returns every stable error code that casework-core and this module throw, with the rule each stands for: the
   * core's {@link ErrorCatalogue#all()}, then this module's {@link JsonCodes#all()}, each code once. A
   * {@link CaseworkJsonException} carries one of these codes, so a host that maps each of them to a text of its
   * own has a text for every failure.
   *
   * @return the codes with their meanings, immutable, in that order
   */
  public static ImmutableList<ErrorCode> errorCodes() {
    return ErrorCodes.ALL;
  }

  /**
   * Returns the entry of an error code of casework-core or of this module.
   *
   * @param code the code, such as {@code json.syntax} or {@code case.need-still-open}, not null
   * @return the entry, or empty if neither module throws this code
   */
  public static Optional<ErrorCode> findErrorCode(String code) {
    return Optional.ofNullable(ErrorCodes.BY_CODE.get(requireNonNull(code, "code")));
  }

  /** The joined catalogue, built on first use; a code declared by both modules fails its initialization, a bug. */
  private static final class ErrorCodes {
    static final ImmutableList<ErrorCode> ALL =
        ImmutableList.<ErrorCode>builder().addAll(ErrorCatalogue.all()).addAll(JsonCodes.all()).build();
    static final ImmutableMap<String, ErrorCode> BY_CODE = Maps.uniqueIndex(ALL, ErrorCode::code);

    private ErrorCodes() {}
  }
}
