package io.github.casework.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.CaseworkException;
import io.github.casework.casefile.Case;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.ServiceListing;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.CaseId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.History;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.deser.AgencyDeserializer;
import io.github.casework.json.deser.Members;
import io.github.casework.json.deser.ProfessionalDeserializer;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.deser.ValueReader;
import io.github.casework.json.ser.AgencySerializer;
import io.github.casework.json.ser.ProfessionalSerializer;
import io.github.casework.json.ser.ValueWriter;
import io.github.casework.json.ser.Writing;
import io.github.casework.referral.ConsentRegister;
import io.github.casework.referral.ConsentWithdrawal;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Area;
import io.github.casework.signal.Signal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wire shape of a caseload: {@link CaseloadSnapshot} and the {@link CaseloadContext} a caseload-events header
 * carries. Apart from {@link Shapes} because it builds on {@link Histories}, which builds on {@link Shapes}.
 */
public final class CaseloadShapes {
  private CaseloadShapes() {}

  private static final ValueReader<Area> AREA = Reading.text(Area::of);

  /**
   * The area of each case: an object from case id to area code. A key that is not a valid case id is reported at
   * the object, since the key is input and is not echoed.
   */
  static final ValueReader<ImmutableMap<CaseId, Area>> AREAS_READER = byCaseId(AREA);

  /** The areas in the order of their case ids, so that the output does not depend on insertion order. */
  static final ValueWriter<Map<CaseId, Area>> AREAS_WRITER =
      byCaseIdWriter((g, provider, area) -> Writing.STRING.write(g, provider, area.code()));

  /** The profile of each case: an object from case id to profile, keys checked as the areas' are. */
  static final ValueReader<ImmutableMap<CaseId, ClientProfile>> PROFILES_READER =
      byCaseId(DirectoryShapes.CLIENT_PROFILE.reader());

  /** The profiles in the order of their case ids. */
  static final ValueWriter<Map<CaseId, ClientProfile>> PROFILES_WRITER =
      byCaseIdWriter(DirectoryShapes.CLIENT_PROFILE.writer());

  /**
   * Reads an object from case id to value. A key that is not a valid case id is reported at the object, since the
   * key is input and is not echoed; the parser rejects a repeated key, and two keys of different text are different
   * ids.
   */
  private static <V> ValueReader<ImmutableMap<CaseId, V>> byCaseId(ValueReader<V> value) {
    return (p, ctxt, pointer) -> {
      Reading.expect(p, pointer, JsonToken.START_OBJECT, "an object");
      Map<CaseId, V> map = new LinkedHashMap<>();
      while (p.nextToken() != JsonToken.END_OBJECT) {
        long at = Failures.whereToken(p);
        CaseId id;
        try {
          id = CaseId.of(p.currentName());
        } catch (CaseworkException e) {
          throw Failures.domain(at, pointer, e);
        }
        p.nextToken();
        map.put(id, value.read(p, ctxt, pointer.member(id.value())));
      }
      return ImmutableMap.copyOf(map);
    };
  }

  /** Writes an object from case id to value, in the order of the case ids. */
  private static <V> ValueWriter<Map<CaseId, V>> byCaseIdWriter(ValueWriter<? super V> value) {
    return (g, provider, map) -> {
      g.writeStartObject();
      for (Map.Entry<CaseId, V> e : map.entrySet().stream()
          .sorted(Map.Entry.comparingByKey(Comparator.comparing(CaseId::value))).toList()) {
        g.writeFieldName(e.getKey().value());
        value.write(g, provider, e.getValue());
      }
      g.writeEndObject();
    };
  }

  private static final ValueWriter<Collection<? extends ServiceListing>> LISTINGS_WRITER =
      Writing.list(DirectoryShapes.SERVICE_LISTING.writer());

  private static final ValueReader<ImmutableList<ConsentWithdrawal>> WITHDRAWALS_READER =
      Reading.list(OutreachShapes.WITHDRAWAL.reader());
  private static final ValueWriter<Collection<? extends ConsentWithdrawal>> WITHDRAWALS_WRITER =
      Writing.list(OutreachShapes.WITHDRAWAL.writer());

  private static final String HEADER_RULE = "a stream's header holds no aggregates: they are the lines that follow "
      + "(is this a caseload document, kind 'caseload'?)";

  /**
   * The header data of a caseload-events stream: agencies, professionals, mandates, and areas when known; the
   * consent withdrawals when any (they are a register beside the aggregates, not events of one). Outreach cases
   * are refused as the aggregates are: their events are the stream's {@code outreach.*} lines.
   */
  public static final ObjectCodec<CaseloadContext> CONTEXT = ObjectCodec.<CaseloadContext>builder()
      .required("agencies", CaseloadContext::agencies, Reading.list(AgencyDeserializer.INSTANCE),
          Writing.list(Writing.with(AgencySerializer.INSTANCE)))
      .required("professionals", CaseloadContext::professionals, Reading.list(ProfessionalDeserializer.INSTANCE),
          Writing.list(Writing.with(ProfessionalSerializer.INSTANCE)))
      .required("mandates", CaseloadContext::mandates, EscalationShapes.MANDATES.reader(),
          EscalationShapes.MANDATES.writer())
      .nonEmptyMap("areas", CaseloadContext::areas, AREAS_READER, AREAS_WRITER)
      .nonEmpty("services", CaseloadContext::listings, Reading.list(DirectoryShapes.SERVICE_LISTING.reader()),
          LISTINGS_WRITER)
      .nonEmptyMap("profiles", CaseloadContext::profiles, PROFILES_READER, PROFILES_WRITER)
      .refused("cases", JsonCodes.HEADER_HOLDS_AGGREGATES, HEADER_RULE)
      .refused("referrals", JsonCodes.HEADER_HOLDS_AGGREGATES, HEADER_RULE)
      .refused("escalations", JsonCodes.HEADER_HOLDS_AGGREGATES, HEADER_RULE)
      .refused("signals", JsonCodes.HEADER_HOLDS_AGGREGATES, HEADER_RULE)
      .nonEmpty("withdrawals", c -> c.consents().withdrawals(), WITHDRAWALS_READER, WITHDRAWALS_WRITER)
      .refused("outreach", JsonCodes.HEADER_HOLDS_AGGREGATES, HEADER_RULE)
      .build(m -> new CaseloadContext(m.list("agencies"), m.list("professionals"),
          m.required("mandates", Mandates.class), areas(m), m.listOrEmpty("services"), profiles(m), consents(m)));

  private static final ValueWriter<Collection<? extends History<?, ?>>> HISTORIES =
      Writing.list(Writing.with(Histories.WRITER));

  /**
   * A caseload document's data: the aggregates with their histories, then the context; then, optional members of
   * version 1 omitted when empty, the outreach cases with their histories and the consent withdrawals.
   */
  public static final ObjectCodec<CaseloadSnapshot> SNAPSHOT = ObjectCodec.<CaseloadSnapshot>builder()
      .required("cases", CaseloadSnapshot::cases, Reading.list(Histories.reader(Case.TYPE)), HISTORIES)
      .required("referrals", CaseloadSnapshot::referrals, Reading.list(Histories.reader(Referral.TYPE)), HISTORIES)
      .required("escalations", CaseloadSnapshot::escalations, Reading.list(Histories.reader(Escalation.TYPE)),
          HISTORIES)
      .required("signals", CaseloadSnapshot::signals, Reading.list(Histories.reader(Signal.TYPE)), HISTORIES)
      .required("agencies", CaseloadSnapshot::agencies, Reading.list(AgencyDeserializer.INSTANCE),
          Writing.list(Writing.with(AgencySerializer.INSTANCE)))
      .required("professionals", CaseloadSnapshot::professionals, Reading.list(ProfessionalDeserializer.INSTANCE),
          Writing.list(Writing.with(ProfessionalSerializer.INSTANCE)))
      .required("mandates", CaseloadSnapshot::mandates, EscalationShapes.MANDATES.reader(),
          EscalationShapes.MANDATES.writer())
      .nonEmptyMap("areas", CaseloadSnapshot::areas, AREAS_READER, AREAS_WRITER)
      .nonEmpty("services", CaseloadSnapshot::listings, Reading.list(DirectoryShapes.SERVICE_LISTING.reader()),
          LISTINGS_WRITER)
      .nonEmptyMap("profiles", CaseloadSnapshot::profiles, PROFILES_READER, PROFILES_WRITER)
      .nonEmpty("outreach", CaseloadSnapshot::outreach, Reading.list(OutreachShapes.HISTORY_READER),
          Writing.list(OutreachShapes.HISTORY_WRITER))
      .nonEmpty("withdrawals", s -> s.consents().withdrawals(), WITHDRAWALS_READER, WITHDRAWALS_WRITER)
      .build(m -> new CaseloadSnapshot(m.list("cases"), m.list("referrals"), m.list("escalations"),
          m.list("signals"), m.list("agencies"), m.list("professionals"), m.required("mandates", Mandates.class),
          areas(m), m.listOrEmpty("services"), profiles(m), m.listOrEmpty("outreach"), consents(m)));

  private static ConsentRegister consents(Members m) {
    return ConsentRegister.of(m.<ConsentWithdrawal>listOrEmpty("withdrawals"));
  }

  @SuppressWarnings("unchecked")
  private static ImmutableMap<CaseId, ClientProfile> profiles(Members m) {
    return m.optional("profiles", ImmutableMap.class).orElse(ImmutableMap.of());
  }

  @SuppressWarnings("unchecked")
  private static ImmutableMap<CaseId, Area> areas(Members m) {
    return m.optional("areas", ImmutableMap.class).orElse(ImmutableMap.of());
  }
}
