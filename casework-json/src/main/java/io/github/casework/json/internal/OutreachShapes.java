package io.github.casework.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.CaseworkException;
import io.github.casework.LifeDomain;
import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.Ending;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.json.OutreachHistory;
import io.github.casework.json.deser.MemberTable;
import io.github.casework.json.deser.Members;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.deser.ValueReader;
import io.github.casework.json.ser.ValueWriter;
import io.github.casework.json.ser.Writing;
import io.github.casework.party.Bsn;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.ConsentWithdrawal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The wire shape of the early-warning model and of consent withdrawals, the parts of a caseload that are not
 * aggregates of {@link io.github.casework.AggregateType}: an outreach case as its history of {@code outreach.*}
 * events, and a withdrawal as one record. Apart from {@link Shapes} so that the additions of format version 1's
 * outreach and withdrawal members stay in one place.
 *
 * <p>The resident of an early signal is personal data (a BSN, or a postcode and house number) and travels here as
 * the signalling partner sent it, since the household bundling and the DDAS delivery need it; a reader's message
 * about it names the member and the rule, never the value (the domain's messages carry none).
 */
public final class OutreachShapes {
  private OutreachShapes() {}

  private static final ValueReader<OutreachId> OUTREACH_ID = Reading.text(OutreachId::of);
  private static final ValueWriter<OutreachId> OUTREACH_ID_WRITER = Writing.text(OutreachId::value);
  private static final ValueReader<AgencyId> AGENCY_ID = Reading.text(AgencyId::of);
  private static final ValueWriter<AgencyId> AGENCY_ID_WRITER = Writing.text(AgencyId::value);

  /** A resident: {@code {"type":"bsn","bsn":...}} or {@code {"type":"address","postcode":...,"houseNumber":...}}. */
  public static final SealedCodec<Resident> RESIDENT = SealedCodec.<Resident>of("resident")
      .add("bsn", Resident.ByBsn.class, ObjectCodec.<Resident.ByBsn>builder()
          .required("bsn", Resident.ByBsn::bsn, Reading.text(Bsn::parse), Writing.text(Bsn::value)),
          m -> new Resident.ByBsn(m.required("bsn", Bsn.class)))
      .add("address", Resident.ByAddress.class, ObjectCodec.<Resident.ByAddress>builder()
          .required("postcode", Resident.ByAddress::postcode, Reading.STRING, Writing.STRING)
          .required("houseNumber", Resident.ByAddress::houseNumber, Reading.INT, Writing.INT)
          .optional("addition", Resident.ByAddress::addition, Reading.STRING, Writing.STRING),
          m -> new Resident.ByAddress(m.required("postcode", String.class), m.required("houseNumber", Integer.class),
              m.optional("addition", String.class)))
      .build();

  /** An early signal, as the partner sent it. */
  public static final ObjectCodec<EarlySignal> EARLY_SIGNAL = ObjectCodec.<EarlySignal>builder()
      .required("id", EarlySignal::id, Reading.text(EarlySignalId::of), Writing.text(EarlySignalId::value))
      .required("partner", EarlySignal::partner, Reading.code(CodeTable.PARTNER_TYPE),
          Writing.code(CodeTable.PARTNER_TYPE))
      .required("crisis", EarlySignal::crisis, Reading.BOOLEAN, Writing.BOOLEAN)
      .required("warmHandover", EarlySignal::warmHandover, Reading.BOOLEAN, Writing.BOOLEAN)
      .required("amountEuros", EarlySignal::amountEuros, Reading.LONG, Writing.LONG)
      .required("arrearsSince", EarlySignal::arrearsSince, Reading.DATE, Writing.DATE)
      .required("signalDate", EarlySignal::signalDate, Reading.DATE, Writing.DATE)
      .required("resident", EarlySignal::resident, RESIDENT.reader(), RESIDENT.writer())
      .build(m -> new EarlySignal(m.required("id", EarlySignalId.class), m.required("partner",
          PartnerType.class), m.required("crisis", Boolean.class),
          m.required("warmHandover", Boolean.class), m.required("amountEuros", Long.class),
          m.required("arrearsSince", LocalDate.class), m.required("signalDate", LocalDate.class),
          m.required("resident", Resident.class)));

  /** A contact attempt; {@code partOfDay} only where recorded. */
  public static final ObjectCodec<ContactAttempt> CONTACT_ATTEMPT = ObjectCodec.<ContactAttempt>builder()
      .required("kind", ContactAttempt::kind, Reading.code(CodeTable.CONTACT_KIND), Writing.code(CodeTable.CONTACT_KIND))
      .required("reached", ContactAttempt::reached, Reading.BOOLEAN, Writing.BOOLEAN)
      .required("on", ContactAttempt::on, Reading.DATE, Writing.DATE)
      .optional("partOfDay", ContactAttempt::partOfDay, Reading.code(CodeTable.PART_OF_DAY),
          Writing.code(CodeTable.PART_OF_DAY))
      .build(m -> new ContactAttempt(m.required("kind", ContactKind.class),
          m.required("reached", Boolean.class), m.required("on", LocalDate.class),
          m.optional("partOfDay", PartOfDay.class)));

  /**
   * An ending: the end result, and for follow-up help or a referral the referral that carries it on. The result
   * decides which of the two the reader builds, so the domain rejects a referral that is missing or not allowed.
   */
  public static final ObjectCodec<Ending> ENDING = ObjectCodec.<Ending>builder()
      .required("result", Ending::result, Reading.code(CodeTable.END_RESULT), Writing.code(CodeTable.END_RESULT))
      .optional("referral", OutreachShapes::referral, Reading.text(ReferralId::of), Writing.text(ReferralId::value))
      .build(m -> {
        EndResult result = m.required("result", EndResult.class);
        Optional<ReferralId> referral = m.optional("referral", ReferralId.class);
        return referral.isPresent() ? Ending.referred(result, referral.get()) : Ending.of(result);
      });

  private static Optional<ReferralId> referral(Ending e) {
    return e instanceof Ending.Referred r ? Optional.of(r.referral()) : Optional.empty();
  }

  /** The events of an outreach case, each with its {@code type}, {@code outreachId} and {@code at}. */
  public static final SealedCodec<OutreachEvent> EVENT = SealedCodec.<OutreachEvent>of("outreach event")
      .add(OutreachEvent.Opened.TYPE, OutreachEvent.Opened.class, ObjectCodec.<OutreachEvent.Opened>builder()
          .required("outreachId", OutreachEvent.Opened::outreachId, OUTREACH_ID, OUTREACH_ID_WRITER)
          .required("agency", OutreachEvent.Opened::agency, AGENCY_ID, AGENCY_ID_WRITER)
          .required("signals", OutreachEvent.Opened::signals, Reading.list(EARLY_SIGNAL.reader()),
              Writing.list(EARLY_SIGNAL.writer()))
          .required("at", OutreachEvent.Opened::at, Reading.INSTANT_READER, Writing.INSTANT),
          m -> new OutreachEvent.Opened(m.required("outreachId", OutreachId.class),
              m.required("agency", AgencyId.class), m.list("signals"), m.required("at", Instant.class)))
      .add(OutreachEvent.SignalAdded.TYPE, OutreachEvent.SignalAdded.class,
          ObjectCodec.<OutreachEvent.SignalAdded>builder()
          .required("outreachId", OutreachEvent.SignalAdded::outreachId, OUTREACH_ID, OUTREACH_ID_WRITER)
          .required("signal", OutreachEvent.SignalAdded::signal, EARLY_SIGNAL.reader(), EARLY_SIGNAL.writer())
          .required("at", OutreachEvent.SignalAdded::at, Reading.INSTANT_READER, Writing.INSTANT),
          m -> new OutreachEvent.SignalAdded(m.required("outreachId", OutreachId.class),
              m.required("signal", EarlySignal.class), m.required("at", Instant.class)))
      .add(OutreachEvent.TakenUp.TYPE, OutreachEvent.TakenUp.class, ObjectCodec.<OutreachEvent.TakenUp>builder()
          .required("outreachId", OutreachEvent.TakenUp::outreachId, OUTREACH_ID, OUTREACH_ID_WRITER)
          .required("on", OutreachEvent.TakenUp::on, Reading.DATE, Writing.DATE)
          .required("at", OutreachEvent.TakenUp::at, Reading.INSTANT_READER, Writing.INSTANT),
          m -> new OutreachEvent.TakenUp(m.required("outreachId", OutreachId.class), m.required("on", LocalDate.class),
              m.required("at", Instant.class)))
      .add(OutreachEvent.AttemptRecorded.TYPE, OutreachEvent.AttemptRecorded.class,
          ObjectCodec.<OutreachEvent.AttemptRecorded>builder()
          .required("outreachId", OutreachEvent.AttemptRecorded::outreachId, OUTREACH_ID, OUTREACH_ID_WRITER)
          .required("attempt", OutreachEvent.AttemptRecorded::attempt, CONTACT_ATTEMPT.reader(),
              CONTACT_ATTEMPT.writer())
          .required("at", OutreachEvent.AttemptRecorded::at, Reading.INSTANT_READER, Writing.INSTANT),
          m -> new OutreachEvent.AttemptRecorded(m.required("outreachId", OutreachId.class),
              m.required("attempt", ContactAttempt.class), m.required("at", Instant.class)))
      .add(OutreachEvent.Closed.TYPE, OutreachEvent.Closed.class, ObjectCodec.<OutreachEvent.Closed>builder()
          .required("outreachId", OutreachEvent.Closed::outreachId, OUTREACH_ID, OUTREACH_ID_WRITER)
          .required("ending", OutreachEvent.Closed::ending, ENDING.reader(), ENDING.writer())
          .required("at", OutreachEvent.Closed::at, Reading.INSTANT_READER, Writing.INSTANT),
          m -> new OutreachEvent.Closed(m.required("outreachId", OutreachId.class), m.required("ending", Ending.class),
              m.required("at", Instant.class)))
      .build();

  /** The prefix of every outreach event's type, by which a caseload-events stream tells its lines apart. */
  public static final String EVENT_PREFIX = "outreach.";

  /** An outreach case's events as read, with where each stands, so that a replay failure points at its event. */
  private record Parsed(ImmutableList<OutreachEvent> events, long[] where, Pointer pointer, long end) {}

  private static final ValueReader<Parsed> EVENTS_READER = (p, ctxt, pointer) -> {
    Reading.expect(p, pointer, JsonToken.START_ARRAY, "an array");
    ImmutableList.Builder<OutreachEvent> events = ImmutableList.builder();
    long[] where = new long[8];
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (i == where.length) {
        where = Arrays.copyOf(where, 2 * i);
      }
      where[i] = Failures.whereToken(p);
      events.add(EVENT.reader().read(p, ctxt, pointer.item(i++)));
    }
    return new Parsed(events.build(), where, pointer, Failures.whereToken(p));
  };

  private static final MemberTable HISTORY_MEMBERS = MemberTable.of(ImmutableMap.of("history", EVENTS_READER));

  /**
   * Reads an outreach case, {@code {"history":[...]}}, replaying its events: an event the outreach rules reject is
   * reported at that event, with the rule's code; an empty history at the history.
   */
  public static final ValueReader<OutreachHistory> HISTORY_READER = (p, ctxt, pointer) -> {
    Members m = Members.read(p, ctxt, pointer, HISTORY_MEMBERS);
    Parsed parsed = m.required("history", Parsed.class);
    try {
      return OutreachHistory.of(parsed.events());
    } catch (CaseworkException e) {
      throw locate(parsed, e);
    }
  };

  /** Replays the history event by event to find, and point at, the event the outreach rules reject. */
  private static RuntimeException locate(Parsed parsed, CaseworkException whole) {
    @Nullable OutreachCase state = null;
    for (int i = 0; i < parsed.events().size(); i++) {
      OutreachEvent event = parsed.events().get(i);
      try {
        state = state == null ? OutreachCase.replay(List.of(event)) : state.evolve(event);
      } catch (CaseworkException e) {
        return Failures.domain(parsed.where()[i], parsed.pointer().item(i), e);
      }
    }
    // Only an empty history fails as a whole and not at an event.
    return Failures.domain(parsed.end(), parsed.pointer(), whole);
  }

  private static final ValueWriter<Collection<? extends OutreachEvent>> HISTORY_EVENTS_WRITER =
      Writing.list(EVENT.writer());

  /** Writes an outreach case: {@code {"history":[...]}}; the state is not stated, it is the replay. */
  public static final ValueWriter<OutreachHistory> HISTORY_WRITER = (g, provider, h) -> {
    g.writeStartObject();
    g.writeFieldName("history");
    HISTORY_EVENTS_WRITER.write(g, provider, h.events());
    g.writeEndObject();
  };

  /** A consent withdrawal; its agencies and domains are sets, written sorted by their text. */
  public static final ObjectCodec<ConsentWithdrawal> WITHDRAWAL = ObjectCodec.<ConsentWithdrawal>builder()
      .required("client", ConsentWithdrawal::client, Reading.text(ClientId::of), Writing.text(ClientId::value))
      .required("by", ConsentWithdrawal::by, Reading.code(CodeTable.CONSENT_GIVER),
          Writing.code(CodeTable.CONSENT_GIVER))
      .required("recordedBy", ConsentWithdrawal::recordedBy, Reading.text(ProfessionalId::of),
          Writing.text(ProfessionalId::value))
      .required("at", ConsentWithdrawal::at, Reading.INSTANT_READER, Writing.INSTANT)
      .<Collection<AgencyId>>required("agencies",
          w -> w.agencies().stream().sorted(Comparator.comparing(AgencyId::value)).toList(), Reading.set(AGENCY_ID),
          Writing.list(AGENCY_ID_WRITER))
      .<Collection<LifeDomain>>required("domains",
          w -> w.domains().stream().sorted(Comparator.comparing(LifeDomain::code)).toList(),
          Reading.set(Reading.code(CodeTable.LIFE_DOMAIN)), Writing.list(Writing.code(CodeTable.LIFE_DOMAIN)))
      .build(m -> new ConsentWithdrawal(m.required("client", ClientId.class),
          m.required("by", ConsentGiver.class),
          m.required("recordedBy", ProfessionalId.class), m.required("at", Instant.class), m.set("agencies"),
          m.set("domains")));
}
