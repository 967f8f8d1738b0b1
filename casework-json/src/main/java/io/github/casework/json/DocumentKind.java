package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.json.internal.Wire;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.SignalEvent;
import java.util.Optional;

/**
 * A kind of document in the wire format: the name in the envelope's {@code kind} member, the Java type of its
 * {@code data}, and its JSON Schema. Read and write documents with {@link CaseworkJson}. Immutable and thread-safe.
 *
 * @param <T> the type of the document's data
 */
public final class DocumentKind<T> {

  /** A case with its history ({@code case}): the events are the truth, the stated state is checked against them. */
  public static final DocumentKind<CaseHistory> CASE = new DocumentKind<>("case", CaseHistory.class);

  /** A single case event ({@code case-event}). */
  public static final DocumentKind<CaseEvent> CASE_EVENT = new DocumentKind<>("case-event", CaseEvent.class);

  /** Agencies, their services and professionals ({@code agency-directory}). */
  public static final DocumentKind<AgencyDirectory> AGENCY_DIRECTORY =
      new DocumentKind<>("agency-directory", AgencyDirectory.class);

  /** A referral with its history ({@code referral}), read as {@link #CASE} is. */
  public static final DocumentKind<ReferralHistory> REFERRAL = new DocumentKind<>("referral", ReferralHistory.class);

  /** A single referral event ({@code referral-event}). */
  public static final DocumentKind<ReferralEvent> REFERRAL_EVENT =
      new DocumentKind<>("referral-event", ReferralEvent.class);

  /** An escalation with its history ({@code escalation}), read as {@link #CASE} is. */
  public static final DocumentKind<EscalationHistory> ESCALATION =
      new DocumentKind<>("escalation", EscalationHistory.class);

  /** A single escalation event ({@code escalation-event}). */
  public static final DocumentKind<EscalationEvent> ESCALATION_EVENT =
      new DocumentKind<>("escalation-event", EscalationEvent.class);

  /** A signal with its history ({@code signal}), read as {@link #CASE} is. */
  public static final DocumentKind<SignalHistory> SIGNAL = new DocumentKind<>("signal", SignalHistory.class);

  /** A single signal event ({@code signal-event}). */
  public static final DocumentKind<SignalEvent> SIGNAL_EVENT = new DocumentKind<>("signal-event", SignalEvent.class);

  /**
   * A caseload ({@code caseload}): cases, referrals, escalations and signals, each with its history, and the
   * agencies, professionals, mandates and areas; the input of the caseload check. A caseload larger than a document
   * travels as a {@link EventStreamKind#CASELOAD_EVENTS caseload-events} stream.
   */
  public static final DocumentKind<CaseloadSnapshot> CASELOAD = new DocumentKind<>("caseload", CaseloadSnapshot.class);

  /** What the caseload check found at an instant ({@code findings}). */
  public static final DocumentKind<Findings> FINDINGS = new DocumentKind<>("findings", Findings.class);

  private static final ImmutableList<DocumentKind<?>> VALUES = ImmutableList.of(CASE, CASE_EVENT, AGENCY_DIRECTORY,
      REFERRAL, REFERRAL_EVENT, ESCALATION, ESCALATION_EVENT, SIGNAL, SIGNAL_EVENT, CASELOAD, FINDINGS);

  private final String name;
  private final Class<T> type;

  private DocumentKind(String name, Class<T> type) {
    this.name = name;
    this.type = type;
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

  /** {@return the Java type of the document's data} */
  public Class<T> type() {
    return type;
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
