package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.google.common.collect.ImmutableList;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.json.internal.Wire;
import io.github.casework.privacy.CaseView;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalEvent;
import java.util.Optional;

/**
 * A kind of document in the wire format: the name in the envelope's {@code kind} member, the Java type of its
 * {@code data}, and its JSON Schema. Read and write documents with {@link CaseworkJson}; the kind's type argument
 * types the result, so {@code json.read(DocumentKind.CASE, in)} is a {@code History<Case, CaseEvent>}. Immutable
 * and thread-safe.
 *
 * @param <T> the type of the document's data
 */
public final class DocumentKind<T> {

  /** A case with its history ({@code case}): the events are the truth, the stated state is checked against them. */
  public static final DocumentKind<History<Case, CaseEvent>> CASE = history(Case.TYPE);

  /** A single case event ({@code case-event}). */
  public static final DocumentKind<CaseEvent> CASE_EVENT = new DocumentKind<>("case-event", CaseEvent.class);

  /** Agencies, their services and professionals ({@code agency-directory}). */
  public static final DocumentKind<AgencyDirectory> AGENCY_DIRECTORY =
      new DocumentKind<>("agency-directory", AgencyDirectory.class);

  /** A referral with its history ({@code referral}), read as {@link #CASE} is. */
  public static final DocumentKind<History<Referral, ReferralEvent>> REFERRAL = history(Referral.TYPE);

  /** A single referral event ({@code referral-event}). */
  public static final DocumentKind<ReferralEvent> REFERRAL_EVENT =
      new DocumentKind<>("referral-event", ReferralEvent.class);

  /** An escalation with its history ({@code escalation}), read as {@link #CASE} is. */
  public static final DocumentKind<History<Escalation, EscalationEvent>> ESCALATION = history(Escalation.TYPE);

  /** A single escalation event ({@code escalation-event}). */
  public static final DocumentKind<EscalationEvent> ESCALATION_EVENT =
      new DocumentKind<>("escalation-event", EscalationEvent.class);

  /** A signal with its history ({@code signal}), read as {@link #CASE} is. */
  public static final DocumentKind<History<Signal, SignalEvent>> SIGNAL = history(Signal.TYPE);

  /** A single signal event ({@code signal-event}). */
  public static final DocumentKind<SignalEvent> SIGNAL_EVENT = new DocumentKind<>("signal-event", SignalEvent.class);

  /**
   * A caseload ({@code caseload}): cases, referrals, escalations and signals, each with its history, and the
   * agencies, professionals, mandates and areas, and where any the outreach cases of early signals (as their
   * {@link OutreachHistory}) and the consent withdrawals; the input of the caseload check. A caseload larger than a
   * document travels as a {@link EventStreamKind#CASELOAD_EVENTS caseload-events} stream.
   */
  public static final DocumentKind<CaseloadSnapshot> CASELOAD = new DocumentKind<>("caseload", CaseloadSnapshot.class);

  /** What the caseload check found at an instant ({@code findings}). */
  public static final DocumentKind<Findings> FINDINGS = new DocumentKind<>("findings", Findings.class);

  /**
   * What one agency may see of a case ({@link CaseView}): the referrals sent to it, each with its narrowed basis and
   * its own history. A vendor sends this instead of the case.
   */
  public static final DocumentKind<CaseView> CASE_VIEW = new DocumentKind<>("case-view", CaseView.class);

  private static final ImmutableList<DocumentKind<?>> VALUES = ImmutableList.of(CASE, CASE_EVENT, AGENCY_DIRECTORY,
      REFERRAL, REFERRAL_EVENT, ESCALATION, ESCALATION_EVENT, SIGNAL, SIGNAL_EVENT, CASELOAD, FINDINGS, CASE_VIEW);

  private final String name;
  private final Class<T> type;
  private final Optional<AggregateType<?, ?, ?>> aggregateType;

  private DocumentKind(String name, Class<T> type) {
    this(name, type, Optional.empty());
  }

  private DocumentKind(String name, Class<T> type, Optional<AggregateType<?, ?, ?>> aggregateType) {
    this.name = name;
    this.type = type;
    this.aggregateType = aggregateType;
  }

  @SuppressWarnings("unchecked")
  private static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> DocumentKind<History<S, E>> history(
      AggregateType<S, ?, E> type) {
    // The class of every History<S, E> is History; the aggregate type tells the reader which one. The kind is named
    // as the aggregate type is.
    return new DocumentKind<>(type.name(), (Class<History<S, E>>) (Class<?>) History.class, Optional.of(type));
  }

  /**
   * Returns the kind of the documents that hold a history of an aggregate type, for code that works across
   * aggregates: {@code of(Case.TYPE)} is {@link #CASE}.
   *
   * @param <S> the aggregate type
   * @param <E> its event type
   * @param type the aggregate type, not null
   * @return the document kind
   */
  @SuppressWarnings("unchecked")
  public static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> DocumentKind<History<S, E>> of(
      AggregateType<S, ?, E> type) {
    requireNonNull(type, "type");
    for (DocumentKind<?> k : VALUES) {
      if (k.aggregateType.equals(Optional.of(type))) {
        // Built by history(type) for this very type.
        return (DocumentKind<History<S, E>>) k;
      }
    }
    throw new AssertionError("bug: no document kind for the aggregate type " + type);
  }

  /** {@return every document kind, in a stable order} */
  public static ImmutableList<DocumentKind<?>> values() {
    return VALUES;
  }

  /**
   * Returns the kind with this name.
   *
   * @param name a kind's name, not null
   * @return the kind, or empty if no document kind has this name
   */
  public static Optional<DocumentKind<?>> ofName(String name) {
    requireNonNull(name, "name");
    return VALUES.stream().filter(k -> k.name.equals(name)).findFirst();
  }

  /** {@return the name in the envelope's {@code kind} member, such as {@code case}} */
  public String name() {
    return name;
  }

  /**
   * Returns the class of the document's data; for the kinds that hold a history it is {@link History}, whose
   * aggregate type is {@link #aggregateType()}.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the aggregate type of the history a document of this kind holds.
   *
   * @return the aggregate type for {@link #CASE}, {@link #REFERRAL}, {@link #ESCALATION} and {@link #SIGNAL}; empty
   *     for the other kinds
   */
  public Optional<AggregateType<?, ?, ?>> aggregateType() {
    return aggregateType;
  }

  /** The full Java type of the data, with a history's type arguments, as Jackson resolves deserializers by it. */
  JavaType javaType(TypeFactory types) {
    return aggregateType.map(t -> types.constructParametricType(History.class, t.stateType(), t.eventType()))
        .orElseGet(() -> types.constructType(type));
  }

  /**
   * Returns the file name of the kind's JSON Schema (2020-12), such as {@code case.schema.json}; read it with
   * {@link CaseworkJson#openSchema(String)}. In the jar it is under {@code io/github/casework/json/schema/v1/}.
   *
   * @return the file name
   */
  public String schemaFile() {
    return name + ".schema.json";
  }

  /** {@return the schema's {@code $id}} */
  public String schemaId() {
    return Wire.SCHEMA_BASE_IRI + schemaFile();
  }

  /** Returns the kind's name. */
  @Override
  public String toString() {
    return name;
  }
}
