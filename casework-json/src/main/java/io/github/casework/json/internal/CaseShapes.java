package io.github.casework.json.internal;

import static io.github.casework.json.internal.Ids.AGENCY_ID;
import static io.github.casework.json.internal.Ids.CASE_ID;
import static io.github.casework.json.internal.Ids.CLIENT_ID;
import static io.github.casework.json.internal.Ids.NEED_ID;
import static io.github.casework.json.internal.Ids.PROFESSIONAL_ID;
import static io.github.casework.json.internal.Ids.REFERRAL_ID;
import static io.github.casework.json.internal.Ids.code;

import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Need;
import io.github.casework.casefile.ReportedThreat;
import io.github.casework.casefile.Urgency;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.deser.AssessmentDeserializer;
import io.github.casework.json.deser.DispositionDeserializer;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.ser.AssessmentSerializer;
import io.github.casework.json.ser.DispositionSerializer;
import io.github.casework.json.ser.Writing;
import java.time.Instant;

/**
 * The wire shape of a case's stated state and the values in it, as {@link ObjectCodec} tables: members in canonical
 * order (a record's components in declaration order), the domain's constructor to read them. Built on the first use
 * of a case's tables, not when the module is registered.
 */
public final class CaseShapes {
  private CaseShapes() {}

  /** A need in a case's state: its components; {@code disposition} and {@code openReferrals} only when present. */
  public static final ObjectCodec<Need> NEED = ObjectCodec.<Need>builder()
      .required("id", Need::id, NEED_ID.reader(), NEED_ID.writer())
      .required("domain", Need::domain, Reading.code(CodeTable.LIFE_DOMAIN), Writing.code(CodeTable.LIFE_DOMAIN))
      .required("urgency", Need::urgency, Reading.code(CodeTable.URGENCY), Writing.code(CodeTable.URGENCY))
      .required("accountable", Need::accountable, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("registeredAt", Need::registeredAt, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("disposition", Need::disposition, DispositionDeserializer.INSTANCE,
          Writing.with(DispositionSerializer.INSTANCE))
      .nonEmpty("openReferrals", Need::openReferrals, Reading.set(REFERRAL_ID.reader()),
          Writing.list(REFERRAL_ID.writer()))
      .build(m -> new Need(m.required("id", NeedId.class), m.required("domain", LifeDomain.class),
          m.required("urgency", Urgency.class), m.required("accountable", ProfessionalId.class),
          m.required("registeredAt", Instant.class), m.optional("disposition", Disposition.class),
          m.setOrEmpty("openReferrals")));

  /** An urgent threat reported for a need, in a case's state. */
  public static final ObjectCodec<ReportedThreat> REPORTED_THREAT = ObjectCodec.<ReportedThreat>builder()
      .required("need", ReportedThreat::need, NEED_ID.reader(), NEED_ID.writer())
      .required("threat", ReportedThreat::threat, Reading.code(CodeTable.URGENT_THREAT),
          Writing.code(CodeTable.URGENT_THREAT))
      .required("at", ReportedThreat::at, Reading.INSTANT_READER, Writing.INSTANT)
      .build(m -> new ReportedThreat(m.required("need", NeedId.class), m.required("threat", UrgentThreat.class),
          m.required("at", Instant.class)));

  /**
   * A case's state. The members added after the first release of version 1 ({@code urgentThreats},
   * {@code firstConversationAt}, and a need's {@code openReferrals}) are omitted when empty, so that a case
   * without them is written exactly as before.
   */
  public static final ObjectCodec<Case> STATE = ObjectCodec.<Case>builder()
      .required("id", Case::id, CASE_ID.reader(), CASE_ID.writer())
      .required("client", Case::client, CLIENT_ID.reader(), CLIENT_ID.writer())
      .required("agency", Case::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("owner", Case::owner, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("status", Case::status, Reading.code(CodeTable.CASE_STATUS), Writing.code(CodeTable.CASE_STATUS))
      .optional("closure", Case::closure, Reading.code(CodeTable.CLOSURE_REASON),
          Writing.code(CodeTable.CLOSURE_REASON))
      .required("needs", Case::needs, Reading.list(NEED.reader()), Writing.list(NEED.writer()))
      .required("assessments", Case::assessments, Reading.list(AssessmentDeserializer.INSTANCE),
          Writing.list(Writing.with(AssessmentSerializer.INSTANCE)))
      .nonEmpty("urgentThreats", Case::urgentThreats, Reading.list(REPORTED_THREAT.reader()),
          Writing.list(REPORTED_THREAT.writer()))
      .optional("firstConversationAt", Case::firstConversationAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("openedAt", Case::openedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("lastChangedAt", Case::lastChangedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("version", Case::version, Reading.LONG, Writing.LONG)
      .buildState();
}
