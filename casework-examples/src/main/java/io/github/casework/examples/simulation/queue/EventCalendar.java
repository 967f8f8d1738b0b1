package io.github.casework.examples.simulation.queue;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * The future-event list of a discrete-event simulation: actions scheduled at points of simulated time, run in
 * time order. Events at the same time run in the order they were scheduled, so a run is a pure function of its
 * inputs and random streams: no hash order, no wall clock, no threads.
 *
 * <p>Time is a {@code double} in whatever unit the model chooses (the district model uses days). An action may
 * schedule further events, at the current time or later, never earlier.
 *
 * <p>A binary heap over parallel arrays: O(log n) to schedule and to run the next event. Not thread-safe: one
 * calendar belongs to one run on one thread.
 */
public final class EventCalendar {
  // A 4-ary heap: half the depth of a binary heap, and a node's children share cache lines. Each event's time and
  // sequence number sit side by side in one array (keys[2i], keys[2i+1]) so that a comparison touches one line.
  private long[] keys = new long[128];
  private Runnable[] actions = new Runnable[64];
  private int size;
  private long scheduled;
  private long processed;
  private double now;

  /** Creates an empty calendar at time 0. */
  public EventCalendar() {}

  /** {@return the current simulated time: the time of the event being run, or of the last one run} */
  public double now() {
    return now;
  }

  /** {@return the number of events run so far} */
  public long processed() {
    return processed;
  }

  /** {@return the number of events scheduled and not yet run} */
  public int pending() {
    return size;
  }

  /**
   * Schedules an action.
   *
   * @param time when to run it, not before {@link #now()}, finite
   * @param action what to run, not null
   * @throws IllegalArgumentException if the time is earlier than now or not finite (a bug in the model)
   */
  public void schedule(double time, Runnable action) {
    requireNonNull(action, "action");
    if (!(time >= now) || Double.isInfinite(time)) {
      throw new IllegalArgumentException("bug: event scheduled at " + time + ", now is " + now);
    }
    if (size == actions.length) {
      actions = Arrays.copyOf(actions, size * 2);
      keys = Arrays.copyOf(keys, size * 4);
    }
    // Times are never negative, so their IEEE bits order like the times themselves.
    long t = Double.doubleToRawLongBits(time + 0.0);
    long seq = scheduled++;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      if (!before(t, seq, keys[2 * parent], keys[2 * parent + 1])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    keys[2 * i] = t;
    keys[2 * i + 1] = seq;
    actions[i] = action;
  }

  /**
   * Runs the next event, if any.
   *
   * @return false if the calendar was empty
   */
  public boolean step() {
    if (size == 0) {
      return false;
    }
    double time = Double.longBitsToDouble(keys[0]);
    Runnable action = actions[0];
    int last = --size;
    long lastTime = keys[2 * last];
    long lastSeq = keys[2 * last + 1];
    Runnable lastAction = actions[last];
    actions[last] = null;
    if (last > 0) {
      int i = 0;
      while (true) {
        int first = 4 * i + 1;
        if (first >= last) {
          break;
        }
        int best = first;
        int end = Math.min(first + 4, last);
        for (int c = first + 1; c < end; c++) {
          if (before(keys[2 * c], keys[2 * c + 1], keys[2 * best], keys[2 * best + 1])) {
            best = c;
          }
        }
        if (!before(keys[2 * best], keys[2 * best + 1], lastTime, lastSeq)) {
          break;
        }
        move(best, i);
        i = best;
      }
      keys[2 * i] = lastTime;
      keys[2 * i + 1] = lastSeq;
      actions[i] = lastAction;
    }
    now = time;
    processed++;
    action.run();
    return true;
  }

  /**
   * Runs every event scheduled before {@code end} (events at {@code end} itself stay pending), then sets the
   * time to {@code end}.
   *
   * @param end the time to run to, not before {@link #now()}
   * @throws IllegalArgumentException if {@code end} is earlier than now
   */
  public void runUntil(double end) {
    if (!(end >= now)) {
      throw new IllegalArgumentException("bug: cannot run back to " + end + ", now is " + now);
    }
    long e = Double.doubleToRawLongBits(end + 0.0);
    while (size > 0 && keys[0] < e) {
      step();
    }
    now = end;
  }

  private static boolean before(long t1, long s1, long t2, long s2) {
    return t1 < t2 || (t1 == t2 && s1 < s2);
  }

  private void move(int from, int to) {
    keys[2 * to] = keys[2 * from];
    keys[2 * to + 1] = keys[2 * from + 1];
    actions[to] = actions[from];
  }
}
