package io.github.casework.json.internal;

import static io.github.casework.json.internal.Ids.AGENCY_ID;
import static io.github.casework.json.internal.Ids.CASE_ID;
import static io.github.casework.json.internal.Ids.CLIENT_ID;
import static io.github.casework.json.internal.Ids.NEED_ID;
import static io.github.casework.json.internal.Ids.PROFESSIONAL_ID;
import static io.github.casework.json.internal.Ids.REFERRAL_ID;
import static io.github.casework.json.internal.Ids.code;
import static io.github.casework.json.internal.Ids.codeOf;

import io.github.casework.id.ProfessionalId;
import io.github.casework.json.deser.DataSharingBasisDeserializer;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.deser.RefusalDeserializer;
import io.github.casework.json.ser.DataSharingBasisSerializer;
import io.github.casework.json.ser.RefusalSerializer;
import io.github.casework.json.ser.Writing;
import io.github.casework.referral.Handover;
import io.github.casework.referral.LoopClosure;
import io.github.casework.referral.Referral;
import java.time.Instant;

/**
 * The wire shape of a referral's stated state and the values in it, as {@link ObjectCodec} tables: members in
 * canonical order, the domain's constructor to read them. Built on the first use of a referral's tables, not when the
 * module is registered.
 */
public final class ReferralShapes {
  private ReferralShapes() {}

  /** A warm handover in a referral's state. */
  public static final ObjectCodec<Handover> HANDOVER = ObjectCodec.<Handover>builder()
      .required("to", Handover::to, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("at", Handover::at, Reading.INSTANT_READER, Writing.INSTANT)
      .build(m -> new Handover(m.required("to", ProfessionalId.class), m.required("at", Instant.class)));

  /** The closing of a referral's loop, in a referral's state. */
  public static final ObjectCodec<LoopClosure> LOOP_CLOSURE = ObjectCodec.<LoopClosure>builder()
      .required("by", LoopClosure::by, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("at", LoopClosure::at, Reading.INSTANT_READER, Writing.INSTANT)
      .build(m -> new LoopClosure(m.required("by", ProfessionalId.class), m.required("at", Instant.class)));

  /** A referral's state: what its drafting fixed, then what its lifecycle changed, each part only once present. */
  public static final ObjectCodec<Referral> STATE = ObjectCodec.<Referral>builder()
      .required("id", Referral::id, REFERRAL_ID.reader(), REFERRAL_ID.writer())
      .required("client", Referral::client, CLIENT_ID.reader(), CLIENT_ID.writer())
      .required("caseId", Referral::caseId, CASE_ID.reader(), CASE_ID.writer())
      .required("need", Referral::need, NEED_ID.reader(), NEED_ID.writer())
      .required("domain", Referral::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
      .required("from", Referral::from, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("referrer", Referral::referrer, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("to", Referral::to, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("service", Referral::service, Reading.STRING, Writing.STRING)
      .required("draftedAt", Referral::draftedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("status", Referral::status, code(CodeTable.REFERRAL_STATUS), codeOf(CodeTable.REFERRAL_STATUS))
      .optional("basis", Referral::basis, DataSharingBasisDeserializer.INSTANCE,
          Writing.with(DataSharingBasisSerializer.INSTANCE))
      .optional("sentAt", Referral::sentAt, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("responseDue", Referral::responseDue, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("followUpDue", Referral::followUpDue, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("capacity", Referral::capacity, code(CodeTable.CAPACITY), codeOf(CodeTable.CAPACITY))
      .optional("respondedAt", Referral::respondedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("expectedStart", Referral::expectedStart, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("refusal", Referral::refusal, RefusalDeserializer.INSTANCE, Writing.with(RefusalSerializer.INSTANCE))
      .optional("outcome", Referral::outcome, code(CodeTable.REFERRAL_OUTCOME), codeOf(CodeTable.REFERRAL_OUTCOME))
      .optional("failure", Referral::failure, code(CodeTable.FAILURE_REASON), codeOf(CodeTable.FAILURE_REASON))
      .optional("handover", Referral::handover, HANDOVER.reader(), HANDOVER.writer())
      .optional("loopClosure", Referral::loopClosure, LOOP_CLOSURE.reader(), LOOP_CLOSURE.writer())
      .required("lastChangedAt", Referral::lastChangedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("version", Referral::version, Reading.LONG, Writing.LONG)
      .buildState();
}
