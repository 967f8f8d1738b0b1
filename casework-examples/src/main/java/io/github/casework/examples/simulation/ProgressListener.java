package io.github.casework.examples.simulation;

/**
 * Told how far a simulation has come, for a progress bar. Called at most once per simulated week of each run and
 * once when each run ends, from the simulation's worker threads but never concurrently (calls are serialised), so
 * an implementation need not be thread-safe. It must return quickly: the runs wait for it.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = (completedRuns, totalRuns, fraction) -> { };

  /**
   * Reports progress.
   *
   * @param completedRuns the runs (policy × replication) finished so far
   * @param totalRuns the runs in all
   * @param fraction the share of all simulated weeks done, from 0 to 1, never decreasing
   */
  void progress(int completedRuns, int totalRuns, double fraction);
}
