package io.github.casework.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.SignalEvent;
import java.io.IOException;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One event line of a {@code caseload-events} file as the job moves it: the aggregate it belongs to, its kind, its
 * place in the input (the order of the aggregate's history), its text, and what a history's first event says about
 * where the aggregate belongs (a case's or referral's client, the case an escalation or referral is about).
 * Immutable once built.
 */
final class EventLine implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final JsonFactory FACTORY = new JsonFactory();

  static final byte CASE = 0;
  static final byte REFERRAL = 1;
  static final byte ESCALATION = 2;
  static final byte SIGNAL = 3;

  final String aggregate;
  final byte kind;
  final long order;
  final String text;
  final @Nullable String client;
  final @Nullable String caseRef;

  private EventLine(String aggregate, byte kind, long order, String text, @Nullable String client,
      @Nullable String caseRef) {
    this.aggregate = aggregate;
    this.kind = kind;
    this.order = order;
    this.text = text;
    this.client = client;
    this.caseRef = caseRef;
  }

  boolean isStart() {
    return client != null || caseRef != null;
  }

  /**
   * Reads where an event line belongs without building its event: a streaming scan of its top-level members
   * ({@code type}, the aggregate's id, and a first event's {@code client}, {@code caseId} or {@code subject.caseId}).
   * The line is parsed in full, and its history replayed, when its part is checked; a line the scan cannot place is
   * parsed in full at once, which rejects it with the wire format's code.
   *
   * @param json the reader
   * @param text the line
   * @param order its place in the input
   * @param where the file and byte offset, for the message of an invalid line
   * @throws SparkInputException if the line is not a valid event
   */
  static EventLine of(CaseworkJson json, String text, long order, String where) {
    EventLine scanned = scan(text, order);
    return scanned != null ? scanned : of(parse(json, text, where), text, order);
  }

  private static EventLine of(CaseworkEvent event, String text, long order) {
    String client = null;
    String caseRef = null;
    byte kind;
    if (event instanceof CaseEvent e) {
      kind = CASE;
      if (e instanceof CaseEvent.Opened o) {
        client = o.client().toString();
      }
    } else if (event instanceof ReferralEvent e) {
      kind = REFERRAL;
      if (e instanceof ReferralEvent.Drafted d) {
        client = d.client().toString();
        caseRef = d.caseId().toString();
      }
    } else if (event instanceof EscalationEvent e) {
      kind = ESCALATION;
      if (e instanceof EscalationEvent.Raised r) {
        caseRef = r.subject().caseId().toString();
      }
    } else if (event instanceof SignalEvent) {
      kind = SIGNAL;
    } else {
      throw new AssertionError("bug: an event of no aggregate kind");
    }
    return new EventLine(event.aggregateId().toString(), kind, order, text, client, caseRef);
  }

  /** The scan of {@link #of(CaseworkJson, String, long, String)}; null where it cannot place the line. */
  private static @Nullable EventLine scan(String text, long order) {
    String type = null;
    String caseId = null;
    String referralId = null;
    String escalationId = null;
    String signalId = null;
    String client = null;
    String subjectCase = null;
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          switch (name) {
            case "type" -> type = p.getText();
            case "caseId" -> caseId = p.getText();
            case "referralId" -> referralId = p.getText();
            case "escalationId" -> escalationId = p.getText();
            case "signalId" -> signalId = p.getText();
            case "client" -> client = p.getText();
            default -> { }
          }
        } else if (value == JsonToken.START_OBJECT && name.equals("subject")) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String inner = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_STRING && inner.equals("caseId")) {
              subjectCase = p.getText();
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      return null;
    }
    if (type == null) {
      return null;
    }
    int dot = type.indexOf('.');
    String prefix = dot < 0 ? "" : type.substring(0, dot);
    return switch (prefix) {
      case "case" -> caseId == null ? null : type.equals(CaseEvent.Opened.TYPE)
          ? (client == null ? null : new EventLine(caseId, CASE, order, text, client, null))
          : new EventLine(caseId, CASE, order, text, null, null);
      case "referral" -> referralId == null ? null : type.equals(ReferralEvent.Drafted.TYPE)
          ? (client == null || caseId == null ? null : new EventLine(referralId, REFERRAL, order, text, client, caseId))
          : new EventLine(referralId, REFERRAL, order, text, null, null);
      case "escalation" -> escalationId == null ? null : type.equals(EscalationEvent.Raised.TYPE)
          ? (subjectCase == null ? null : new EventLine(escalationId, ESCALATION, order, text, null, subjectCase))
          : new EventLine(escalationId, ESCALATION, order, text, null, null);
      case "signal" -> signalId == null ? null : new EventLine(signalId, SIGNAL, order, text, null, null);
      default -> null;
    };
  }

  /**
   * Parses an event line of any aggregate kind: its {@code type} names the kind. A line without a known type is read
   * as a case event, so that the wire format's reader rejects it with its own code.
   */
  static CaseworkEvent parse(CaseworkJson json, String text, String where) {
    AggregateType<?, ?, ?> type = AggregateType.ofEventType(typeOf(text)).orElse(Case.TYPE);
    try {
      return json.readEvent(type, text);
    } catch (CaseworkJsonException e) {
      throw new SparkInputException(e.code(), where + ": " + e.getMessage());
    }
  }

  /** The top-level {@code type} member of a JSON object, or "" where there is none (or the text is not JSON). */
  private static String typeOf(String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        p.skipChildren();
      }
      return "";
    } catch (IOException e) {
      return "";
    }
  }
}
