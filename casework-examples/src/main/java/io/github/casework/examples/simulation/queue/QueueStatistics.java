package io.github.casework.examples.simulation.queue;

/**
 * What a {@link ServiceQueue} measured over one window of simulated time. Counts are of clients who arrived in
 * the window (waits and sojourns are added when they end, so a client still waiting at the end of the window is
 * counted as an arrival but not yet in the wait sum). Time-weighted areas integrate the waiting-list length and
 * the number in the system over the window.
 *
 * <p>The derived measures are the ones queueing theory predicts: the mean wait in queue W<sub>q</sub>, the
 * probability of waiting, the abandonment fraction, the time-average queue length L<sub>q</sub> and number in
 * system L, and the arrival rate λ, so that Little's law L = λW can be checked on every run. Immutable and
 * thread-safe.
 *
 * @param duration the window's length in simulated time, at least 0
 * @param queueArea the integral of the waiting-list length over the window
 * @param systemArea the integral of the number in the system (waiting plus in service) over the window
 * @param arrivals clients who arrived in the window
 * @param delayed arrivals who found every counsellor busy and had to wait
 * @param started arrivals (and clients already waiting when the window opened) whose service started
 * @param completed services completed in the window
 * @param abandoned waiting clients who left in the window
 * @param waitsClosed arrivals of the window whose wait has ended (by service or abandonment)
 * @param waitSum the total of those waits
 * @param sojournsClosed arrivals of the window who have left the system (served or abandoned)
 * @param sojournSum the total of their times in the system
 */
public record QueueStatistics(double duration, double queueArea, double systemArea, long arrivals, long delayed,
    long started, long completed, long abandoned, long waitsClosed, double waitSum, long sojournsClosed,
    double sojournSum) {

  /**
   * Validates the components.
   *
   * @param duration the window's length in simulated time, at least 0
   * @param queueArea the integral of the waiting-list length over the window
   * @param systemArea the integral of the number in the system (waiting plus in service) over the window
   * @param arrivals clients who arrived in the window
   * @param delayed arrivals who found every counsellor busy and had to wait
   * @param started arrivals (and clients already waiting when the window opened) whose service started
   * @param completed services completed in the window
   * @param abandoned waiting clients who left in the window
   * @param waitsClosed arrivals of the window whose wait has ended (by service or abandonment)
   * @param waitSum the total of those waits
   * @param sojournsClosed arrivals of the window who have left the system (served or abandoned)
   * @param sojournSum the total of their times in the system
   * @throws IllegalArgumentException if a count or area is negative
   */
  public QueueStatistics {
    if (duration < 0 || queueArea < 0 || systemArea < 0 || arrivals < 0 || delayed < 0 || started < 0
        || completed < 0 || abandoned < 0 || waitsClosed < 0 || waitSum < 0 || sojournsClosed < 0
        || sojournSum < 0) {
      throw new IllegalArgumentException("queue statistics must not be negative");
    }
  }

  /** {@return the observed arrival rate λ: arrivals per unit of time} */
  public double arrivalRate() {
    return duration == 0 ? 0 : arrivals / duration;
  }

  /** {@return the mean wait in queue W<sub>q</sub> of the arrivals whose wait has ended, zero waits included} */
  public double meanWait() {
    return waitsClosed == 0 ? 0 : waitSum / waitsClosed;
  }

  /** {@return the mean time in the system W (wait plus service, or wait until abandonment)} */
  public double meanSojourn() {
    return sojournsClosed == 0 ? 0 : sojournSum / sojournsClosed;
  }

  /** {@return the fraction of arrivals who had to wait, P(W<sub>q</sub> &gt; 0)} */
  public double probabilityOfWaiting() {
    return arrivals == 0 ? 0 : (double) delayed / arrivals;
  }

  /** {@return the fraction of arrivals who abandoned the waiting list} */
  public double abandonmentFraction() {
    return arrivals == 0 ? 0 : (double) abandoned / arrivals;
  }

  /** {@return the time-average waiting-list length L<sub>q</sub>} */
  public double meanQueueLength() {
    return duration == 0 ? 0 : queueArea / duration;
  }

  /** {@return the time-average number in the system L} */
  public double meanNumberInSystem() {
    return duration == 0 ? 0 : systemArea / duration;
  }
}
