package io.github.casework.json.internal;

import static io.github.casework.json.internal.Ids.AGENCY_ID;
import static io.github.casework.json.internal.Ids.AREA;
import static io.github.casework.json.internal.Ids.CASE_ID;
import static io.github.casework.json.internal.Ids.ESCALATION_ID;
import static io.github.casework.json.internal.Ids.PROFESSIONAL_ID;
import static io.github.casework.json.internal.Ids.QUARTER;
import static io.github.casework.json.internal.Ids.REFERRAL_ID;
import static io.github.casework.json.internal.Ids.SIGNAL_ID;
import static io.github.casework.json.internal.Ids.code;
import static io.github.casework.json.internal.Ids.codeOf;

import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.ser.Writing;
import io.github.casework.party.Role;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Area;
import io.github.casework.signal.Evidence;
import io.github.casework.signal.Observation;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Response;
import io.github.casework.signal.ResponseKind;
import io.github.casework.signal.Signal;
import io.github.casework.signal.Topic;
import io.github.casework.signal.Trend;

/**
 * The wire shape of a signal's stated state and the values in it, as {@link ObjectCodec} tables: members in
 * canonical order, the domain's constructor to read them. Built on first use, not when the module is registered.
 */
public final class SignalShapes {
  private SignalShapes() {}

  /** What a signal is about. */
  public static final ObjectCodec<Topic> TOPIC = ObjectCodec.<Topic>builder()
      .required("domain", Topic::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
      .required("targetGroup", Topic::targetGroup, Reading.STRING, Writing.STRING)
      .build(m -> new Topic(m.required("domain", LifeDomain.class), m.required("targetGroup", String.class)));

  /** The evidence behind a signal: counts, and the pseudonymous ids (sorted) of the items named. */
  public static final ObjectCodec<Evidence> EVIDENCE = ObjectCodec.<Evidence>builder()
      .required("caseCount", Evidence::caseCount, Reading.INT, Writing.INT)
      .required("escalationCount", Evidence::escalationCount, Reading.INT, Writing.INT)
      .required("refusalCount", Evidence::refusalCount, Reading.INT, Writing.INT)
      .required("caseIds", Evidence::caseIds, Reading.sortedSet(CASE_ID.reader()), Writing.list(CASE_ID.writer()))
      .required("escalationIds", Evidence::escalationIds, Reading.sortedSet(ESCALATION_ID.reader()),
          Writing.list(ESCALATION_ID.writer()))
      .required("refusalIds", Evidence::refusalIds, Reading.sortedSet(REFERRAL_ID.reader()),
          Writing.list(REFERRAL_ID.writer()))
      .build(m -> new Evidence(m.required("caseCount", Integer.class), m.required("escalationCount", Integer.class),
          m.required("refusalCount", Integer.class), m.sortedSet("caseIds"), m.sortedSet("escalationIds"),
          m.sortedSet("refusalIds")));

  /** What a signal reports. */
  public static final ObjectCodec<Observation> OBSERVATION = ObjectCodec.<Observation>builder()
      .required("period", Observation::period, QUARTER.reader(), QUARTER.writer())
      .required("area", Observation::area, AREA.reader(), AREA.writer())
      .required("topic", Observation::topic, TOPIC.reader(), TOPIC.writer())
      .required("trend", Observation::trend, code(CodeTable.TREND), codeOf(CodeTable.TREND))
      .required("evidence", Observation::evidence, EVIDENCE.reader(), EVIDENCE.writer())
      .build(m -> new Observation(m.required("period", Quarter.class), m.required("area", Area.class),
          m.required("topic", Topic.class), m.required("trend", Trend.class), m.required("evidence", Evidence.class)));

  /** The manager role a signal is addressed to. */
  public static final ObjectCodec<Addressee> ADDRESSEE = ObjectCodec.<Addressee>builder()
      .required("agency", Addressee::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("role", Addressee::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
      .build(m -> new Addressee(m.required("agency", AgencyId.class), m.required("role", Role.class)));

  /** The answer to a signal. */
  public static final ObjectCodec<Response> RESPONSE = ObjectCodec.<Response>builder()
      .required("kind", Response::kind, code(CodeTable.RESPONSE_KIND), codeOf(CodeTable.RESPONSE_KIND))
      .optional("explanation", Response::explanation, Reading.STRING, Writing.STRING)
      .build(m -> new Response(m.required("kind", ResponseKind.class), m.optional("explanation", String.class)));

  /** A signal's state. */
  public static final ObjectCodec<Signal> STATE = ObjectCodec.<Signal>builder()
      .required("id", Signal::id, SIGNAL_ID.reader(), SIGNAL_ID.writer())
      .required("raisers", Signal::raisers, Reading.sortedSet(PROFESSIONAL_ID.reader()),
          Writing.list(PROFESSIONAL_ID.writer()))
      .required("addressee", Signal::addressee, ADDRESSEE.reader(), ADDRESSEE.writer())
      .required("observation", Signal::observation, OBSERVATION.reader(), OBSERVATION.writer())
      .required("responseDue", Signal::responseDue, Reading.INSTANT_READER, Writing.INSTANT)
      .required("status", Signal::status, code(CodeTable.SIGNAL_STATUS), codeOf(CodeTable.SIGNAL_STATUS))
      .optional("acknowledgedBy", Signal::acknowledgedBy, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .optional("response", Signal::response, RESPONSE.reader(), RESPONSE.writer())
      .optional("respondedBy", Signal::respondedBy, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .optional("respondedAt", Signal::respondedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("feedbackReached", Signal::feedbackReached, Reading.sortedSet(PROFESSIONAL_ID.reader()),
          Writing.list(PROFESSIONAL_ID.writer()))
      .required("raisedAt", Signal::raisedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("lastChangedAt", Signal::lastChangedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("version", Signal::version, Reading.LONG, Writing.LONG)
      .buildState();
}
