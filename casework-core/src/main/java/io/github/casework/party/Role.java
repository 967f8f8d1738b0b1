package io.github.casework.party;

/** A professional's role at an agency. Each has a stable lower-case {@link #code()}. */
public enum Role {
  /** Social worker (maatschappelijk werker). */
  SOCIAL_WORKER("social-worker"),
  /** Debt counsellor (schuldhulpverlener). */
  DEBT_COUNSELLOR("debt-counsellor"),
  /** Elderly advisor (ouderenadviseur). */
  ELDERLY_ADVISOR("elderly-advisor"),
  /** Community worker in a district (welzijnswerker in de wijk). */
  COMMUNITY_WORKER("community-worker"),
  /** Team lead (teamleider). */
  TEAM_LEAD("team-lead"),
  /** Manager (leidinggevende). */
  MANAGER("manager"),
  /** Civil servant, the frontline official at a municipal service (ambtenaar). */
  CIVIL_SERVANT("civil-servant"),
  /** Senior official at a municipal service. */
  SENIOR_OFFICIAL("senior-official");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
