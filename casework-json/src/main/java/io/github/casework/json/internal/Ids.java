package io.github.casework.json.internal;

import io.github.casework.directory.Eligibility;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.deser.ValueReader;
import io.github.casework.json.ser.ValueWriter;
import io.github.casework.json.ser.Writing;
import io.github.casework.signal.Area;
import io.github.casework.signal.Quarter;
import java.util.function.Function;

/**
 * The readers and writers of ids and codes that the shape tables share: each id as its text, through its own
 * factory; each enum as its stable code. Kept apart from the tables so that using one document kind's tables builds
 * no other kind's.
 */
final class Ids {
  private Ids() {}

  /** Reads and writes an id. */
  record Id<T>(ValueReader<T> reader, ValueWriter<T> writer) {
    static <T> Id<T> of(Function<String, T> factory, Function<T, String> text) {
      return new Id<>(Reading.text(factory), Writing.text(text));
    }
  }

  static final Id<CaseId> CASE_ID = Id.of(CaseId::of, CaseId::value);
  static final Id<NeedId> NEED_ID = Id.of(NeedId::of, NeedId::value);
  static final Id<ClientId> CLIENT_ID = Id.of(ClientId::of, ClientId::value);
  static final Id<AgencyId> AGENCY_ID = Id.of(AgencyId::of, AgencyId::value);
  static final Id<ProfessionalId> PROFESSIONAL_ID = Id.of(ProfessionalId::of, ProfessionalId::value);
  static final Id<ReferralId> REFERRAL_ID = Id.of(ReferralId::of, ReferralId::value);
  static final Id<EscalationId> ESCALATION_ID = Id.of(EscalationId::of, EscalationId::value);
  static final Id<SignalId> SIGNAL_ID = Id.of(SignalId::of, SignalId::value);
  static final Id<OutreachId> OUTREACH_ID = Id.of(OutreachId::of, OutreachId::value);
  static final Id<EarlySignalId> EARLY_SIGNAL_ID = Id.of(EarlySignalId::of, EarlySignalId::value);
  static final Id<Quarter> QUARTER = Id.of(Quarter::parse, Quarter::toString);
  static final Id<Area> AREA = Id.of(Area::of, Area::code);

  static final Id<Eligibility> RULE = Id.of(Eligibility::parse, Eligibility::toString);

  /** Reads a code. */
  static <E extends Enum<E>> ValueReader<E> code(CodeTable<E> table) {
    return Reading.code(table);
  }

  /** Writes a code. */
  static <E extends Enum<E>> ValueWriter<E> codeOf(CodeTable<E> table) {
    return Writing.code(table);
  }
}
