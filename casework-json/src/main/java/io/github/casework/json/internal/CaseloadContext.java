package io.github.casework.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.CaseId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.signal.Area;

/**
 * The parts of a caseload that are not aggregates (agencies, professionals, mandates and areas), as the header of
 * a caseload-events stream carries them. Immutable and thread-safe.
 *
 * @param agencies the agencies, not null
 * @param professionals the professionals, not null
 * @param mandates the mandates, not null
 * @param areas the area of each case, where known, not null
 */
public record CaseloadContext(ImmutableList<Agency> agencies, ImmutableList<Professional> professionals,
    Mandates mandates, ImmutableMap<CaseId, Area> areas) {

  /**
   * Validates the components as {@link CaseloadSnapshot} does.
   *
   * @param agencies the agencies, not null
   * @param professionals the professionals, not null
   * @param mandates the mandates, not null
   * @param areas the area of each case, where known, not null
   */
  public CaseloadContext {
    snapshot(agencies, professionals, mandates, areas);
  }

  private static CaseloadSnapshot snapshot(ImmutableList<Agency> agencies, ImmutableList<Professional> professionals,
      Mandates mandates, ImmutableMap<CaseId, Area> areas) {
    return new CaseloadSnapshot(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        requireNonNull(agencies, "agencies"), requireNonNull(professionals, "professionals"),
        requireNonNull(mandates, "mandates"), requireNonNull(areas, "areas"));
  }

  /**
   * Returns the context of a snapshot.
   *
   * @param snapshot the snapshot, not null
   * @return its agencies, professionals, mandates and areas
   */
  public static CaseloadContext of(CaseloadSnapshot snapshot) {
    return new CaseloadContext(snapshot.agencies(), snapshot.professionals(), snapshot.mandates(), snapshot.areas());
  }

  /** {@return a snapshot of this context and no aggregates} */
  public CaseloadSnapshot toSnapshot() {
    return snapshot(agencies, professionals, mandates, areas);
  }
}
