package io.github.casework;

/**
 * A life domain of the Dutch self-sufficiency matrix (Zelfredzaamheid-Matrix, ZRM), in which a need is placed
 * and an assessment scores the client from 1 (acute problems) to 5 (fully self-sufficient).
 *
 * <p>The thirteen domains follow the ZRM (GGD Amsterdam, version 2017). Each has a stable lower-case
 * {@link #code()} used in the wire format.
 */
public enum LifeDomain {
  /** Finances (financiën): income, debts, budgeting. */
  FINANCES("finances"),
  /** Work and education (werk &amp; opleiding). */
  WORK_AND_EDUCATION("work-and-education"),
  /** Time use (tijdsbesteding). */
  TIME_USE("time-use"),
  /** Housing (huisvesting). */
  HOUSING("housing"),
  /** Domestic relations (huiselijke relaties). */
  DOMESTIC_RELATIONS("domestic-relations"),
  /** Mental health (geestelijke gezondheid). */
  MENTAL_HEALTH("mental-health"),
  /** Physical health (lichamelijke gezondheid). */
  PHYSICAL_HEALTH("physical-health"),
  /** Substance use (middelengebruik). */
  SUBSTANCE_USE("substance-use"),
  /** Basic activities of daily living (basale ADL). */
  BASIC_ADL("basic-adl"),
  /** Instrumental activities of daily living (instrumentele ADL). */
  INSTRUMENTAL_ADL("instrumental-adl"),
  /** Social network (sociaal netwerk). */
  SOCIAL_NETWORK("social-network"),
  /** Societal participation (maatschappelijke participatie). */
  SOCIETAL_PARTICIPATION("societal-participation"),
  /** Justice (justitie). */
  JUSTICE("justice");

  private final String code;

  LifeDomain(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code, such as {@code substance-use}} */
  public String code() {
    return code;
  }

  /**
   * Returns the domain with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the domain
   * @throws InvalidValueException if no domain has this code
   */
  public static LifeDomain ofCode(String code) {
    for (LifeDomain d : values()) {
      if (d.code.equals(code)) {
        return d;
      }
    }
    throw new InvalidValueException(CoreCodes.LIFE_DOMAIN_UNKNOWN, "LifeDomain.code", "is not a known life domain");
  }
}
