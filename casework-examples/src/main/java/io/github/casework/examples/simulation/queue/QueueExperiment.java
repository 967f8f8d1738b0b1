package io.github.casework.examples.simulation.queue;

import static java.util.Objects.requireNonNull;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One agency on its own, as queueing theory sees it: Poisson arrivals at rate λ, exponential service times at rate
 * μ per counsellor, {@code c} counsellors, and optionally exponential patience at rate θ (the M/M/c queue of Erlang C
 * when θ = 0, the M/M/c+M queue of Erlang A, or Palm's queue, when θ &gt; 0). It runs the same
 * {@link ServiceQueue} the district model runs, so that the queue core can be validated against closed formulas.
 *
 * <p>A run starts empty, runs for {@code warmup} units of time, opens its statistics window and runs for
 * {@code duration} more. Every random number comes from the given Commons RNG stream, in a fixed order, so a run is
 * a pure function of the experiment and the stream's seed. Immutable and thread-safe (each run has its own
 * calendar and queue).
 *
 * @param servers the number of counsellors c, at least 1
 * @param arrivalRate λ, arrivals per unit of time, positive
 * @param serviceRate μ, services per counsellor per unit of time, positive
 * @param abandonmentRate θ, the rate of exponential patience (mean patience 1/θ); 0 for no abandonment
 * @param warmup time run before measuring, at least 0
 * @param duration time measured, positive
 */
public record QueueExperiment(int servers, double arrivalRate, double serviceRate, double abandonmentRate,
    double warmup, double duration) {

  private static final Object CLIENT = new Object();

  /**
   * Validates the components.
   *
   * @param servers the number of counsellors c, at least 1
   * @param arrivalRate λ, arrivals per unit of time, positive
   * @param serviceRate μ, services per counsellor per unit of time, positive
   * @param abandonmentRate θ, the rate of exponential patience (mean patience 1/θ); 0 for no abandonment
   * @param warmup time run before measuring, at least 0
   * @param duration time measured, positive
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public QueueExperiment {
    if (servers < 1 || !(arrivalRate > 0) || !(serviceRate > 0) || !(abandonmentRate >= 0) || !(warmup >= 0)
        || !(duration > 0) || Double.isInfinite(warmup + duration)) {
      throw new IllegalArgumentException("queue experiment parameters out of range");
    }
  }

  /**
   * Returns an Erlang C experiment (no abandonment).
   *
   * @param servers c, at least 1
   * @param arrivalRate λ, positive
   * @param serviceRate μ, positive
   * @param warmup time run before measuring, at least 0
   * @param duration time measured, positive
   * @return the experiment
   */
  public static QueueExperiment erlangC(int servers, double arrivalRate, double serviceRate, double warmup,
      double duration) {
    return new QueueExperiment(servers, arrivalRate, serviceRate, 0, warmup, duration);
  }

  /** {@return the offered utilisation ρ = λ / (c μ)} */
  public double utilisation() {
    return arrivalRate / (servers * serviceRate);
  }

  /**
   * Runs the experiment once.
   *
   * @param rng the replication's random stream, not null; it is advanced
   * @return what the queue measured in the window
   */
  public QueueStatistics run(UniformRandomProvider rng) {
    requireNonNull(rng, "rng");
    EventCalendar calendar = new EventCalendar();
    ServiceQueue<Object> queue = new ServiceQueue<>("agency", servers, calendar, new ServiceQueue.Listener<>() {});
    ContinuousSampler interArrival = ZigguratSampler.Exponential.of(rng, 1 / arrivalRate);
    ContinuousSampler service = ZigguratSampler.Exponential.of(rng, 1 / serviceRate);
    ContinuousSampler patience = abandonmentRate > 0 ? ZigguratSampler.Exponential.of(rng, 1 / abandonmentRate)
        : () -> Double.POSITIVE_INFINITY;
    Runnable arrival = new Runnable() {
      @Override
      public void run() {
        queue.arrive(CLIENT, positive(service.sample()), positive(patience.sample()), false);
        calendar.schedule(calendar.now() + interArrival.sample(), this);
      }
    };
    calendar.schedule(interArrival.sample(), arrival);
    calendar.runUntil(warmup);
    queue.resetStatistics();
    calendar.runUntil(warmup + duration);
    return queue.statistics();
  }

  /** An exponential sample can be exactly 0; a queue needs positive times, and the smallest double is harmless. */
  private static double positive(double x) {
    return x > 0 ? x : Double.MIN_VALUE;
  }
}
