package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;

/**
 * A pointer from a {@link Finding} to what it is about: a kind and an id. A need is named as
 * {@code caseId/needId}, since need ids are unique only within their case. Ordered by kind, then id.
 * Immutable and thread-safe.
 *
 * @param kind the kind of subject, not null
 * @param id the subject's id text, not blank
 */
public record SubjectRef(Kind kind, String id) implements Comparable<SubjectRef> {

  /** The kinds of subject. Each has a stable lower-case {@link #code()}. */
  public enum Kind {
    /** A client. */
    CLIENT("client"),
    /** A case. */
    CASE("case"),
    /** A need, as {@code caseId/needId}. */
    NEED("need"),
    /** A referral. */
    REFERRAL("referral"),
    /** An escalation. */
    ESCALATION("escalation"),
    /** A signal. */
    SIGNAL("signal"),
    /** An agency. */
    AGENCY("agency"),
    /** A professional. */
    PROFESSIONAL("professional"),
    /** An outreach case of early signals (vroegsignaalzaak). */
    OUTREACH("outreach");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** {@return the stable lower-case code} */
    public String code() {
      return code;
    }
  }

  /**
   * Validates the components: the id must satisfy the id rule of its kind (see {@link CaseId}), and a need's id
   * is a case id and a need id joined by a slash, as the factories make it.
   *
   * @param kind the kind of subject, not null
   * @param id the subject's id text, not blank
   * @throws InvalidValueException if the id is blank or breaks the id rule of its kind
   */
  public SubjectRef {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new InvalidValueException(CheckCodes.SUBJECT_BLANK, "SubjectRef.id", "must not be blank");
    }
    checkId(kind, id);
  }

  /**
   * Routes the id text through the canonical constructor of its kind's id type, which holds the one id rule. Not
   * through the {@code of} factories: those also intern the text, and a check naming three subjects in each of
   * a quarter of a million findings spent about a quarter of its time in the JVM's string table.
   */
  private static void checkId(Kind kind, String id) {
    switch (kind) {
      case CLIENT -> new ClientId(id);
      case CASE -> new CaseId(id);
      case NEED -> {
        int slash = id.indexOf('/');
        if (slash < 0) {
          throw new InvalidValueException(CheckCodes.SUBJECT_NEED_UNQUALIFIED, "SubjectRef.id",
              "a need is named as caseId/needId");
        }
        new CaseId(id.substring(0, slash));
        new NeedId(id.substring(slash + 1));
      }
      case REFERRAL -> new ReferralId(id);
      case ESCALATION -> new EscalationId(id);
      case SIGNAL -> new SignalId(id);
      case AGENCY -> new AgencyId(id);
      case PROFESSIONAL -> new ProfessionalId(id);
      case OUTREACH -> new OutreachId(id);
      default -> throw new AssertionError("bug: a subject kind without an id rule");
    }
  }

  /**
   * Names a client.
   *
   * @param id the client, not null
   * @return the reference
   */
  public static SubjectRef client(ClientId id) {
    return new SubjectRef(Kind.CLIENT, id.value());
  }

  /**
   * Names a case.
   *
   * @param id the case, not null
   * @return the reference
   */
  public static SubjectRef of(CaseId id) {
    return new SubjectRef(Kind.CASE, id.value());
  }

  /**
   * Names a need of a case.
   *
   * @param caseId the case, not null
   * @param need the need, not null
   * @return the reference
   */
  public static SubjectRef need(CaseId caseId, NeedId need) {
    return new SubjectRef(Kind.NEED, caseId.value() + "/" + need.value());
  }

  /**
   * Names a referral.
   *
   * @param id the referral, not null
   * @return the reference
   */
  public static SubjectRef of(ReferralId id) {
    return new SubjectRef(Kind.REFERRAL, id.value());
  }

  /**
   * Names an escalation.
   *
   * @param id the escalation, not null
   * @return the reference
   */
  public static SubjectRef of(EscalationId id) {
    return new SubjectRef(Kind.ESCALATION, id.value());
  }

  /**
   * Names a signal.
   *
   * @param id the signal, not null
   * @return the reference
   */
  public static SubjectRef of(SignalId id) {
    return new SubjectRef(Kind.SIGNAL, id.value());
  }

  /**
   * Names an outreach case.
   *
   * @param id the outreach case, not null
   * @return the reference
   */
  public static SubjectRef of(OutreachId id) {
    return new SubjectRef(Kind.OUTREACH, id.value());
  }

  /**
   * Names an agency.
   *
   * @param id the agency, not null
   * @return the reference
   */
  public static SubjectRef of(AgencyId id) {
    return new SubjectRef(Kind.AGENCY, id.value());
  }

  /**
   * Names a professional.
   *
   * @param id the professional, not null
   * @return the reference
   */
  public static SubjectRef of(ProfessionalId id) {
    return new SubjectRef(Kind.PROFESSIONAL, id.value());
  }

  @Override
  public int compareTo(SubjectRef other) {
    if (this == other) {
      // The check shares a client's and an agency's reference between findings; its sort meets them often.
      return 0;
    }
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : id.compareTo(other.id);
  }

  /** Returns {@code kind:id}, such as {@code referral:r-12}. */
  @Override
  public String toString() {
    return kind.code + ":" + id;
  }
}
