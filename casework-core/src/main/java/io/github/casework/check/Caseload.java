package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.InvalidValueException;
import io.github.casework.casefile.Case;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.CaseId;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Area;
import io.github.casework.signal.Signal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A snapshot of one organisation's caseload as the {@link CaseloadCheck} reads it: cases, referrals, escalations
 * and signals (each a valid aggregate), the agencies and the professionals who currently hold a role (the
 * roster), the escalation mandates, and the area (wijk) of each case where known. The aggregates may come from
 * different systems, so the snapshot does not require them to agree with each other; the check reports where
 * they do not. Ids are distinct within each list. Optionally it holds a {@link ServiceDirectory} with eligibility
 * and capacity and the {@link ClientProfile} of cases, from which the check finds regulatory and capacity gaps; a
 * caseload without them (the eight-part constructor) has an empty directory and no profiles. Immutable and
 * thread-safe.
 *
 * @param cases the cases, not null
 * @param referrals the referrals, not null
 * @param escalations the escalations, not null
 * @param signals the signals, not null
 * @param agencies the agencies, not null
 * @param professionals the professionals who currently hold a role at an agency, not null
 * @param mandates the escalation mandates per agency and role, not null
 * @param areas the area of each case, where known, not null
 * @param directory the service directory the gap check matches open needs against, not null
 * @param profiles the client profile of each case, where recorded, not null
 */
public record Caseload(ImmutableList<Case> cases, ImmutableList<Referral> referrals,
    ImmutableList<Escalation> escalations, ImmutableList<Signal> signals, ImmutableList<Agency> agencies,
    ImmutableList<Professional> professionals, Mandates mandates, ImmutableMap<CaseId, Area> areas,
    ServiceDirectory directory, ImmutableMap<CaseId, ClientProfile> profiles) {

  /**
   * Validates the components.
   *
   * @param cases the cases, not null
   * @param referrals the referrals, not null
   * @param escalations the escalations, not null
   * @param signals the signals, not null
   * @param agencies the agencies, not null
   * @param professionals the professionals who currently hold a role, not null
   * @param mandates the escalation mandates, not null
   * @param areas the area of each case, where known, not null
   * @param directory the service directory, not null
   * @param profiles the client profile of each case, where recorded, not null
   * @throws InvalidValueException if an id occurs twice within one list
   */
  public Caseload {
    requireNonNull(mandates, "mandates");
    requireNonNull(areas, "areas");
    requireNonNull(directory, "directory");
    requireNonNull(profiles, "profiles");
    distinct("Caseload.cases", cases, Case::id);
    distinct("Caseload.referrals", referrals, Referral::id);
    distinct("Caseload.escalations", escalations, Escalation::id);
    distinct("Caseload.signals", signals, Signal::id);
    distinct("Caseload.agencies", agencies, Agency::id);
    distinct("Caseload.professionals", professionals, Professional::id);
  }

  /**
   * Returns a caseload without a service directory or client profiles, as before the gap check.
   *
   * @param cases the cases, not null
   * @param referrals the referrals, not null
   * @param escalations the escalations, not null
   * @param signals the signals, not null
   * @param agencies the agencies, not null
   * @param professionals the professionals who currently hold a role, not null
   * @param mandates the escalation mandates, not null
   * @param areas the area of each case, where known, not null
   * @throws InvalidValueException if an id occurs twice within one list
   */
  public Caseload(ImmutableList<Case> cases, ImmutableList<Referral> referrals,
      ImmutableList<Escalation> escalations, ImmutableList<Signal> signals, ImmutableList<Agency> agencies,
      ImmutableList<Professional> professionals, Mandates mandates, ImmutableMap<CaseId, Area> areas) {
    this(cases, referrals, escalations, signals, agencies, professionals, mandates, areas, ServiceDirectory.empty(),
        ImmutableMap.of());
  }

  /**
   * Returns a copy with a service directory and client profiles, for the gap check.
   *
   * @param serviceDirectory the directory, not null
   * @param byCase the profile of each case, where recorded, not null
   * @return the caseload; this instance if unchanged
   */
  public Caseload withGapInputs(ServiceDirectory serviceDirectory, Map<CaseId, ClientProfile> byCase) {
    ImmutableMap<CaseId, ClientProfile> copy = ImmutableMap.copyOf(byCase);
    return serviceDirectory.equals(directory) && copy.equals(profiles) ? this
        : new Caseload(cases, referrals, escalations, signals, agencies, professionals, mandates, areas,
            serviceDirectory, copy);
  }

  private static <T> void distinct(String field, List<T> items, Function<T, ?> id) {
    requireNonNull(items, field);
    Set<Object> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(id.apply(item))) {
        throw new InvalidValueException(CheckCodes.CASELOAD_DUPLICATE_ID, field, "ids must be distinct within a list");
      }
    }
  }

  /**
   * Finds orphaned needs: needs still being worked on whose accountable professional no longer holds an agency
   * role (is not among the {@link #professionals()}), or holds no open case of the client at their own agency. A
   * need is still being worked on if it is open in an open case (the professional is the need's accountable one),
   * or if it was handed over through a referral that is still accepted or in progress (the professional is the
   * one who accepted accountability); after a handover the receiving agency is expected to hold an open case of
   * the client.
   *
   * <p>O(n + m + p) expected time for n referrals, m needs in the cases and p professionals.
   *
   * @return the orphaned needs, needs of the cases first (in case order), then handed-over needs in referral order
   */
  public ImmutableList<OrphanedNeed> orphanedNeeds() {
    return OrphanedNeed.find(this);
  }

  /**
   * Returns a caseload with other aggregates and this one's agencies, professionals, mandates and areas: a part of a
   * caseload (see {@link RuleScope}), or a whole one put together from parts.
   *
   * @param cases the cases, not null
   * @param referrals the referrals, not null
   * @param escalations the escalations, not null
   * @param signals the signals, not null
   * @return the caseload
   * @throws InvalidValueException if an id occurs twice within one list
   */
  public Caseload withAggregates(Collection<Case> cases, Collection<Referral> referrals,
      Collection<Escalation> escalations, Collection<Signal> signals) {
    return new Caseload(ImmutableList.copyOf(cases), ImmutableList.copyOf(referrals),
        ImmutableList.copyOf(escalations), ImmutableList.copyOf(signals), agencies, professionals, mandates, areas);
  }

  /** {@return a builder for a caseload, empty but for the frontline-official fallback mandate} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Caseload}. Not thread-safe; use one builder per thread.
   */
  public static final class Builder {
    private final ImmutableList.Builder<Case> cases = ImmutableList.builder();
    private final ImmutableList.Builder<Referral> referrals = ImmutableList.builder();
    private final ImmutableList.Builder<Escalation> escalations = ImmutableList.builder();
    private final ImmutableList.Builder<Signal> signals = ImmutableList.builder();
    private final ImmutableList.Builder<Agency> agencies = ImmutableList.builder();
    private final ImmutableList.Builder<Professional> professionals = ImmutableList.builder();
    private final ImmutableMap.Builder<CaseId, Area> areas = ImmutableMap.builder();
    private final ImmutableMap.Builder<CaseId, ClientProfile> profiles = ImmutableMap.builder();
    private ServiceDirectory directory = ServiceDirectory.empty();
    private Mandates mandates = Mandates.of(List.of());

    private Builder() {}

    /**
     * Adds cases.
     *
     * @param items the cases, not null
     * @return this builder
     */
    public Builder cases(Collection<Case> items) {
      cases.addAll(items);
      return this;
    }

    /**
     * Adds referrals.
     *
     * @param items the referrals, not null
     * @return this builder
     */
    public Builder referrals(Collection<Referral> items) {
      referrals.addAll(items);
      return this;
    }

    /**
     * Adds escalations.
     *
     * @param items the escalations, not null
     * @return this builder
     */
    public Builder escalations(Collection<Escalation> items) {
      escalations.addAll(items);
      return this;
    }

    /**
     * Adds signals.
     *
     * @param items the signals, not null
     * @return this builder
     */
    public Builder signals(Collection<Signal> items) {
      signals.addAll(items);
      return this;
    }

    /**
     * Adds agencies.
     *
     * @param items the agencies, not null
     * @return this builder
     */
    public Builder agencies(Collection<Agency> items) {
      agencies.addAll(items);
      return this;
    }

    /**
     * Adds professionals who currently hold a role.
     *
     * @param items the professionals, not null
     * @return this builder
     */
    public Builder professionals(Collection<Professional> items) {
      professionals.addAll(items);
      return this;
    }

    /**
     * Sets the escalation mandates.
     *
     * @param table the mandates, not null
     * @return this builder
     */
    public Builder mandates(Mandates table) {
      this.mandates = requireNonNull(table, "table");
      return this;
    }

    /**
     * Sets the areas of cases.
     *
     * @param byCase the area per case, not null
     * @return this builder
     */
    public Builder areas(Map<CaseId, Area> byCase) {
      areas.putAll(byCase);
      return this;
    }

    /**
     * Sets the service directory the gap check matches open needs against.
     *
     * @param serviceDirectory the directory, not null
     * @return this builder
     */
    public Builder directory(ServiceDirectory serviceDirectory) {
      this.directory = requireNonNull(serviceDirectory, "serviceDirectory");
      return this;
    }

    /**
     * Sets the client profiles of cases.
     *
     * @param byCase the profile per case, not null
     * @return this builder
     */
    public Builder profiles(Map<CaseId, ClientProfile> byCase) {
      profiles.putAll(byCase);
      return this;
    }

    /**
     * Builds the caseload.
     *
     * @return the caseload
     * @throws InvalidValueException if an id occurs twice within one list, or a case has two areas or two profiles
     */
    public Caseload build() {
      ImmutableMap<CaseId, Area> areaMap;
      ImmutableMap<CaseId, ClientProfile> profileMap;
      try {
        areaMap = areas.buildOrThrow();
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(CheckCodes.CASELOAD_DUPLICATE_ID, "Caseload.areas", "a case has one area");
      }
      try {
        profileMap = profiles.buildOrThrow();
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(CheckCodes.CASELOAD_DUPLICATE_ID, "Caseload.profiles",
            "a case has one profile");
      }
      return new Caseload(cases.build(), referrals.build(), escalations.build(), signals.build(), agencies.build(),
          professionals.build(), mandates, areaMap, directory, profileMap);
    }
  }
}
