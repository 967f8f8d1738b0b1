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
 * The ids of the wire format, each written as its text and read through its own factory, shared by the module's
 * id serializers, the event deserializers and the shape tables (one function object per id, not one per place that
 * reads it); and the readers and writers of codes that the shape tables use. Kept apart from the tables so that using
 * one document kind's tables builds no other kind's.
 */
public final class Ids {
  private Ids() {}

  /**
   * Reads and writes an id. Immutable and thread-safe.
   *
   * @param <T> the id type
   * @param factory the domain factory, which validates the text
   * @param text the id's text
   * @param reader reads the id as a string, through the factory
   * @param writer writes the id as a string, its text
   */
  public record Id<T>(Function<String, T> factory, Function<T, String> text, ValueReader<T> reader,
      ValueWriter<T> writer) {
    static <T> Id<T> of(Function<String, T> factory, Function<T, String> text) {
      return new Id<>(factory, text, Reading.text(factory), Writing.text(text));
    }
  }

  /** Case ids. */
  public static final Id<CaseId> CASE_ID = Id.of(CaseId::of, CaseId::value);
  /** Need ids. */
  public static final Id<NeedId> NEED_ID = Id.of(NeedId::of, NeedId::value);
  /** Clients' pseudonymous ids. */
  public static final Id<ClientId> CLIENT_ID = Id.of(ClientId::of, ClientId::value);
  /** Agency ids. */
  public static final Id<AgencyId> AGENCY_ID = Id.of(AgencyId::of, AgencyId::value);
  /** Professional ids. */
  public static final Id<ProfessionalId> PROFESSIONAL_ID = Id.of(ProfessionalId::of, ProfessionalId::value);
  /** Referral ids. */
  public static final Id<ReferralId> REFERRAL_ID = Id.of(ReferralId::of, ReferralId::value);
  /** Escalation ids. */
  public static final Id<EscalationId> ESCALATION_ID = Id.of(EscalationId::of, EscalationId::value);
  /** Signal ids. */
  public static final Id<SignalId> SIGNAL_ID = Id.of(SignalId::of, SignalId::value);
  /** Outreach case ids. */
  public static final Id<OutreachId> OUTREACH_ID = Id.of(OutreachId::of, OutreachId::value);
  /** Early signal ids. */
  public static final Id<EarlySignalId> EARLY_SIGNAL_ID = Id.of(EarlySignalId::of, EarlySignalId::value);
  /** Quarters, as their text. */
  public static final Id<Quarter> QUARTER = Id.of(Quarter::parse, Quarter::toString);
  /** Area codes. */
  public static final Id<Area> AREA = Id.of(Area::of, Area::code);
  /** Eligibility rules, in the rule language. */
  public static final Id<Eligibility> RULE = Id.of(Eligibility::parse, Eligibility::toString);

  /** Reads a code. */
  static <E extends Enum<E>> ValueReader<E> code(CodeTable<E> table) {
    return Reading.code(table);
  }

  /** Writes a code. */
  static <E extends Enum<E>> ValueWriter<E> codeOf(CodeTable<E> table) {
    return Writing.code(table);
  }
}
