package io.github.casework.examples.simulation;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.LongJumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random streams of a simulation: one independent stream per replication, all derived from one seed, from
 * Apache Commons RNG.
 *
 * <p>The generator is {@link RandomSource#XO_SHI_RO_256_PP} (xoshiro256++, period 2<sup>256</sup> − 1) seeded with
 * the run's seed. Replication {@code r} gets the stream that starts {@code r + 1} long jumps (2<sup>192</sup> draws
 * each) along the sequence, so replications never overlap and a replication's numbers do not depend on how many
 * replications run or on which thread. Within a replication, {@link #split} cuts the stream into sub-streams 2<sup>128</sup>
 * draws apart, so that the arrival process and the decisions of the model draw from separate sub-streams: two
 * policies run on the same replication then see the same clients (common random numbers), which makes their
 * comparison paired.
 *
 * <p>Stateless; thread-safe.
 */
public final class RandomStreams {
  /** The generator behind every stream. */
  public static final RandomSource SOURCE = RandomSource.XO_SHI_RO_256_PP;

  private RandomStreams() {}

  /**
   * Returns the stream of one replication.
   *
   * @param seed the run's seed
   * @param replication the replication's index, from 0
   * @return a fresh stream; the same arguments always give a stream with the same numbers
   * @throws IllegalArgumentException if the index is negative
   */
  public static JumpableUniformRandomProvider replication(long seed, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication index must not be negative");
    }
    LongJumpableUniformRandomProvider base = (LongJumpableUniformRandomProvider) SOURCE.create(seed);
    JumpableUniformRandomProvider stream = base.longJump();
    for (int i = 0; i < replication; i++) {
      stream = base.longJump();
    }
    return stream;
  }

  /**
   * Splits a replication's stream into sub-streams that do not overlap.
   *
   * @param stream the replication's stream, not null; it is advanced
   * @param count how many sub-streams, at least 1
   * @return the sub-streams, in a fixed order
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public static UniformRandomProvider[] split(JumpableUniformRandomProvider stream, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    UniformRandomProvider[] parts = new UniformRandomProvider[count];
    for (int i = 0; i < count; i++) {
      parts[i] = stream.jump();
    }
    return parts;
  }
}
