/**
 * The simulation kit for researchers: a discrete-event model of a city district in which every client, need,
 * referral, escalation and signal is a real aggregate of the library, used to compare referral policies
 * (refer-and-forget against closed-loop) on waiting lists, drop-outs and clients who fall between the cracks.
 *
 * <p>Start at {@link io.github.casework.examples.simulation.Simulation}; configure with
 * {@link io.github.casework.examples.simulation.SimulationConfig} (a JSON file over documented defaults); read the
 * measures in {@link io.github.casework.examples.simulation.Metrics} and the definition of "between the cracks" in
 * {@link io.github.casework.examples.simulation.Cracks}. The queue core the model runs for every agency, and its
 * validation against Erlang C and Erlang A, live in {@code io.github.casework.examples.simulation.queue}.
 */
@NullMarked
package io.github.casework.examples.simulation;

import org.jspecify.annotations.NullMarked;
