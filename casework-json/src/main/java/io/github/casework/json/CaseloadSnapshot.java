package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.InvalidValueException;
import io.github.casework.check.Caseload;
import io.github.casework.check.CheckCodes;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.CaseId;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.signal.Area;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A caseload as it travels: the content of a {@link DocumentKind#CASELOAD caseload document} and of a
 * {@link EventStreamKind#CASELOAD_EVENTS caseload-events stream}, and the input of the caseload check. It holds the
 * parts of a {@link Caseload}, with every aggregate as its history (the truth on the wire) rather than its state:
 * cases, referrals, escalations and signals, the agencies, the professionals who currently hold a role, the
 * escalation mandates, and the area (wijk) of each case where known. {@link #caseload()} gives the check's input.
 *
 * <p>Invariants: those of {@link Caseload} — ids are distinct within each list (so each aggregate appears once);
 * the parts need not agree with each other, since they may come from different systems, and the check reports
 * where they do not. Order is kept as given. Two snapshots are equal when their parts are (areas compare as a map).
 * Immutable and thread-safe.
 *
 * @param cases the cases, each with its history, not null
 * @param referrals the referrals, each with its history, not null
 * @param escalations the escalations, each with its history, not null
 * @param signals the signals, each with its history, not null
 * @param agencies the agencies, not null
 * @param professionals the professionals who currently hold a role at an agency, not null
 * @param mandates the escalation mandates per agency and role, not null
 * @param areas the area of each case, where known, not null
 */
public record CaseloadSnapshot(ImmutableList<CaseHistory> cases, ImmutableList<ReferralHistory> referrals,
    ImmutableList<EscalationHistory> escalations, ImmutableList<SignalHistory> signals,
    ImmutableList<Agency> agencies, ImmutableList<Professional> professionals, Mandates mandates,
    ImmutableMap<CaseId, Area> areas) {

  /**
   * Validates the components as {@link Caseload} does.
   *
   * @param cases the cases, each with its history, not null
   * @param referrals the referrals, each with its history, not null
   * @param escalations the escalations, each with its history, not null
   * @param signals the signals, each with its history, not null
   * @param agencies the agencies, not null
   * @param professionals the professionals who currently hold a role at an agency, not null
   * @param mandates the escalation mandates per agency and role, not null
   * @param areas the area of each case, where known, not null
   * @throws InvalidValueException if an id occurs twice within one list ({@code caseload.duplicate-id})
   */
  public CaseloadSnapshot {
    toCaseload(cases, referrals, escalations, signals, agencies, professionals, mandates, areas);
  }

  private static Caseload toCaseload(List<CaseHistory> cases, List<ReferralHistory> referrals,
      List<EscalationHistory> escalations, List<SignalHistory> signals, ImmutableList<Agency> agencies,
      ImmutableList<Professional> professionals, Mandates mandates, ImmutableMap<CaseId, Area> areas) {
    requireNonNull(cases, "cases");
    requireNonNull(referrals, "referrals");
    requireNonNull(escalations, "escalations");
    requireNonNull(signals, "signals");
    return new Caseload(
        cases.stream().map(CaseHistory::state).collect(ImmutableList.toImmutableList()),
        referrals.stream().map(ReferralHistory::state).collect(ImmutableList.toImmutableList()),
        escalations.stream().map(EscalationHistory::state).collect(ImmutableList.toImmutableList()),
        signals.stream().map(SignalHistory::state).collect(ImmutableList.toImmutableList()),
        agencies, professionals, mandates, areas);
  }

  /**
   * Returns the caseload the check reads: every aggregate as its history leaves it, and the other parts as they
   * are.
   *
   * @return the caseload
   */
  public Caseload caseload() {
    return toCaseload(cases, referrals, escalations, signals, agencies, professionals, mandates, areas);
  }

  /** {@return an empty snapshot: no aggregates, agencies, professionals or areas, and the default mandates} */
  public static CaseloadSnapshot empty() {
    return builder().build();
  }

  /** {@return a builder, empty but for the default mandates (see {@link Mandates#of(Collection)})} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CaseloadSnapshot}, in the order the parts are added. Not thread-safe.
   */
  public static final class Builder {
    private final ImmutableList.Builder<CaseHistory> cases = ImmutableList.builder();
    private final ImmutableList.Builder<ReferralHistory> referrals = ImmutableList.builder();
    private final ImmutableList.Builder<EscalationHistory> escalations = ImmutableList.builder();
    private final ImmutableList.Builder<SignalHistory> signals = ImmutableList.builder();
    private final ImmutableList.Builder<Agency> agencies = ImmutableList.builder();
    private final ImmutableList.Builder<Professional> professionals = ImmutableList.builder();
    private final ImmutableMap.Builder<CaseId, Area> areas = ImmutableMap.builder();
    private Mandates mandates = Mandates.of(List.of());

    private Builder() {}

    /**
     * Adds cases.
     *
     * @param items the cases with their histories, not null
     * @return this builder
     */
    public Builder cases(Collection<CaseHistory> items) {
      cases.addAll(items);
      return this;
    }

    /**
     * Adds referrals.
     *
     * @param items the referrals with their histories, not null
     * @return this builder
     */
    public Builder referrals(Collection<ReferralHistory> items) {
      referrals.addAll(items);
      return this;
    }

    /**
     * Adds escalations.
     *
     * @param items the escalations with their histories, not null
     * @return this builder
     */
    public Builder escalations(Collection<EscalationHistory> items) {
      escalations.addAll(items);
      return this;
    }

    /**
     * Adds signals.
     *
     * @param items the signals with their histories, not null
     * @return this builder
     */
    public Builder signals(Collection<SignalHistory> items) {
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
     * Adds the agencies and professionals of a directory.
     *
     * @param directory the directory, not null
     * @return this builder
     */
    public Builder directory(AgencyDirectory directory) {
      requireNonNull(directory, "directory");
      return agencies(directory.agencies()).professionals(directory.professionals());
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
     * Adds areas of cases.
     *
     * @param byCase the area per case, not null
     * @return this builder
     */
    public Builder areas(Map<CaseId, Area> byCase) {
      areas.putAll(byCase);
      return this;
    }

    /**
     * Builds the snapshot.
     *
     * @return the snapshot
     * @throws InvalidValueException if an id occurs twice within one list or a case has two areas
     */
    public CaseloadSnapshot build() {
      ImmutableMap<CaseId, Area> areaMap;
      try {
        areaMap = areas.buildOrThrow();
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(CheckCodes.CASELOAD_DUPLICATE_ID, "Caseload.areas", "a case has one area");
      }
      return new CaseloadSnapshot(cases.build(), referrals.build(), escalations.build(), signals.build(),
          agencies.build(), professionals.build(), mandates, areaMap);
    }
  }
}
