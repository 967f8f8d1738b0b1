package io.github.casework.directory;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.signal.Area;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The facts about a case's client that eligibility rules read: age, household situation, pregnancy, income band,
 * whether there is a registered address, the area of residence, health insurance, a job, an addiction or a
 * psychiatric condition. A profile is pseudonymous: it holds no name, date of birth, address or BSN, and belongs to
 * a case by the case's id (see {@link io.github.casework.check.Caseload#profiles()}).
 *
 * <p>Every fact may be unknown. Rules are judged in three values (Kleene's logic): a rule that depends on an
 * unknown fact is neither met nor failed, and such a service counts as one that may take the client, so an
 * incomplete profile never produces a gap by itself.
 *
 * <p>Pregnancy, addiction and psychiatric condition are special-category data under the GDPR (art. 9, data
 * concerning health; see {@link ProfileFact#isSpecialCategory()}). {@link #toString()} leaves every fact out and
 * says only how many are known; no exception message of this package quotes a profile. Two profiles are equal
 * when all their facts are (unknown equals unknown). Immutable and thread-safe.
 */
public final class ClientProfile {
  private static final ClientProfile UNKNOWN = new Builder().build();

  /** Tri-state facts as bytes: the compiled rules read these fields directly. */
  static final byte NO = 0;
  static final byte YES = 1;
  static final byte UNSURE = 2;

  final int age;
  final @Nullable HouseholdSituation household;
  final byte pregnant;
  final @Nullable IncomeBand income;
  final byte registeredAddress;
  final @Nullable Area area;
  final byte insured;
  final byte employed;
  final byte addiction;
  final byte psychiatric;

  private ClientProfile(Builder b) {
    this.age = b.age;
    this.household = b.household;
    this.pregnant = b.pregnant;
    this.income = b.income;
    this.registeredAddress = b.registeredAddress;
    this.area = b.area;
    this.insured = b.insured;
    this.employed = b.employed;
    this.addiction = b.addiction;
    this.psychiatric = b.psychiatric;
  }

  /** {@return a profile in which every fact is unknown} */
  public static ClientProfile unknown() {
    return UNKNOWN;
  }

  /** {@return a builder whose facts are all unknown} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this profile's facts, to change some of them} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.age = age;
    b.household = household;
    b.pregnant = pregnant;
    b.income = income;
    b.registeredAddress = registeredAddress;
    b.area = area;
    b.insured = insured;
    b.employed = employed;
    b.addiction = addiction;
    b.psychiatric = psychiatric;
    return b;
  }

  /** {@return the age in years, if known} */
  public OptionalInt age() {
    return age < 0 ? OptionalInt.empty() : OptionalInt.of(age);
  }

  /** {@return the household situation, if known} */
  public Optional<HouseholdSituation> household() {
    return Optional.ofNullable(household);
  }

  /** {@return whether the client is pregnant, if known; special-category data (GDPR art. 9)} */
  public Optional<Boolean> pregnant() {
    return flag(pregnant);
  }

  /** {@return the income band, if known} */
  public Optional<IncomeBand> income() {
    return Optional.ofNullable(income);
  }

  /** {@return whether the client has a registered address (BRP), if known} */
  public Optional<Boolean> registeredAddress() {
    return flag(registeredAddress);
  }

  /** {@return the area of residence, if known} */
  public Optional<Area> area() {
    return Optional.ofNullable(area);
  }

  /** {@return whether the client has health insurance, if known} */
  public Optional<Boolean> insured() {
    return flag(insured);
  }

  /** {@return whether the client has a job, if known} */
  public Optional<Boolean> employed() {
    return flag(employed);
  }

  /** {@return whether an addiction is present, if known; special-category data (GDPR art. 9)} */
  public Optional<Boolean> addiction() {
    return flag(addiction);
  }

  /** {@return whether a psychiatric condition is present, if known; special-category data (GDPR art. 9)} */
  public Optional<Boolean> psychiatricCondition() {
    return flag(psychiatric);
  }

  /** {@return how many of the ten facts are known} */
  public int knownFacts() {
    int n = 0;
    n += age >= 0 ? 1 : 0;
    n += household != null ? 1 : 0;
    n += income != null ? 1 : 0;
    n += area != null ? 1 : 0;
    for (byte f : new byte[] {pregnant, registeredAddress, insured, employed, addiction, psychiatric}) {
      n += f != UNSURE ? 1 : 0;
    }
    return n;
  }

  private static Optional<Boolean> flag(byte f) {
    return f == UNSURE ? Optional.empty() : Optional.of(f == YES);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClientProfile p && age == p.age && household == p.household && pregnant == p.pregnant
        && income == p.income && registeredAddress == p.registeredAddress && Objects.equals(area, p.area)
        && insured == p.insured && employed == p.employed && addiction == p.addiction && psychiatric == p.psychiatric;
  }

  @Override
  public int hashCode() {
    return Objects.hash(age, household, pregnant, income, registeredAddress, area, insured, employed, addiction,
        psychiatric);
  }

  /** Says how many facts are known, and none of them: a profile may hold special-category data. */
  @Override
  public String toString() {
    return "ClientProfile[" + knownFacts() + " of 10 facts known, withheld]";
  }

  /** Builds a {@link ClientProfile}; every fact starts unknown. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private int age = -1;
    private @Nullable HouseholdSituation household;
    private byte pregnant = UNSURE;
    private @Nullable IncomeBand income;
    private byte registeredAddress = UNSURE;
    private @Nullable Area area;
    private byte insured = UNSURE;
    private byte employed = UNSURE;
    private byte addiction = UNSURE;
    private byte psychiatric = UNSURE;

    private Builder() {}

    /**
     * Sets the age.
     *
     * @param years the age in years, 0 to 130
     * @return this builder
     * @throws InvalidValueException with {@link DirectoryCodes#PROFILE_AGE} if outside 0 to 130
     */
    public Builder age(int years) {
      if (years < 0 || years > 130) {
        throw new InvalidValueException(DirectoryCodes.PROFILE_AGE, "ClientProfile.age", "must be 0 to 130 years");
      }
      this.age = years;
      return this;
    }

    /**
     * Sets the household situation.
     *
     * @param situation the situation, not null
     * @return this builder
     */
    public Builder household(HouseholdSituation situation) {
      this.household = requireNonNull(situation, "situation");
      return this;
    }

    /**
     * Sets whether the client is pregnant (special-category data).
     *
     * @param value whether she is
     * @return this builder
     */
    public Builder pregnant(boolean value) {
      this.pregnant = of(value);
      return this;
    }

    /**
     * Sets the income band.
     *
     * @param band the band, not null
     * @return this builder
     */
    public Builder income(IncomeBand band) {
      this.income = requireNonNull(band, "band");
      return this;
    }

    /**
     * Sets whether the client has a registered address.
     *
     * @param value whether there is one
     * @return this builder
     */
    public Builder registeredAddress(boolean value) {
      this.registeredAddress = of(value);
      return this;
    }

    /**
     * Sets the area of residence.
     *
     * @param value the area, not null
     * @return this builder
     */
    public Builder area(Area value) {
      this.area = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets whether the client has health insurance.
     *
     * @param value whether there is one
     * @return this builder
     */
    public Builder insured(boolean value) {
      this.insured = of(value);
      return this;
    }

    /**
     * Sets whether the client has a job.
     *
     * @param value whether there is one
     * @return this builder
     */
    public Builder employed(boolean value) {
      this.employed = of(value);
      return this;
    }

    /**
     * Sets whether an addiction is present (special-category data).
     *
     * @param value whether one is
     * @return this builder
     */
    public Builder addiction(boolean value) {
      this.addiction = of(value);
      return this;
    }

    /**
     * Sets whether a psychiatric condition is present (special-category data).
     *
     * @param value whether one is
     * @return this builder
     */
    public Builder psychiatricCondition(boolean value) {
      this.psychiatric = of(value);
      return this;
    }

    /** {@return the profile} */
    public ClientProfile build() {
      return new ClientProfile(this);
    }

    private static byte of(boolean value) {
      return value ? YES : NO;
    }
  }
}
