/**
 * The queue core of the simulation kit: the {@link io.github.casework.examples.simulation.queue.EventCalendar}
 * that orders simulated time, the multi-server {@link io.github.casework.examples.simulation.queue.ServiceQueue}
 * with waiting lists and abandonment that every agency of the district model runs, and
 * {@link io.github.casework.examples.simulation.queue.QueueExperiment}, which feeds one such queue with Poisson
 * arrivals so that it can be checked against Erlang C and Erlang A.
 */
@NullMarked
package io.github.casework.examples.simulation.queue;

import org.jspecify.annotations.NullMarked;
