package io.github.casework.examples.simulation.queue;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;

/**
 * One agency's counsellors and waiting list (wachtlijst): a multi-server queue with first-come-first-served
 * waiting lines, two priority classes and abandonment. In queueing notation it is the M/G/c+G queue when fed by
 * Poisson arrivals: {@code c} servers (counsellors, one client each at a time), any service-time distribution, and
 * any patience distribution — a waiting client whose patience runs out before a counsellor is free leaves the
 * waiting list (drops out).
 *
 * <p>This is the single queue core of the simulation kit: the district model runs one per agency, and the
 * validation against Erlang C and Erlang A ({@link QueueExperiment}) runs exactly this class.
 *
 * <p><b>Rules.</b> An arriving client starts at once if a counsellor is free, and otherwise waits. A freed
 * counsellor takes the longest-waiting client of the priority line, else of the normal line. Abandonment is
 * decided at arrival: a patience of {@code Double.POSITIVE_INFINITY} never abandons. When a service ends, the next
 * waiting client is started before the listener hears of the completion, so work the listener adds at that
 * instant joins the back of the line and never jumps it.
 *
 * <p><b>Statistics.</b> Time-weighted queue length and number in system, and per-client counts, over a window that
 * opens at the last {@link #resetStatistics()} (a warm-up cut-off); see {@link QueueStatistics}.
 *
 * <p>Not thread-safe: a queue belongs to one run and its {@link EventCalendar}.
 *
 * @param <T> what the model queues (the district model queues referrals)
 */
public final class ServiceQueue<T> {

  /**
   * What happens to clients in a queue, told to the model that owns it. Called on the calendar's thread, at
   * the simulated time given.
   *
   * @param <T> what the model queues
   */
  public interface Listener<T> {
    /**
     * A client found every counsellor busy and joined the waiting list.
     *
     * @param job the client's job
     * @param now the simulated time
     */
    default void waitlisted(T job, double now) {}

    /**
     * A counsellor started serving a client.
     *
     * @param job the client's job
     * @param waited how long the client waited, zero if served at once
     * @param now the simulated time
     */
    default void started(T job, double waited, double now) {}

    /**
     * A counsellor finished serving a client.
     *
     * @param job the client's job
     * @param now the simulated time
     */
    default void completed(T job, double now) {}

    /**
     * A waiting client's patience ran out and the client left the waiting list.
     *
     * @param job the client's job
     * @param waited how long the client waited
     * @param now the simulated time
     */
    default void abandoned(T job, double waited, double now) {}
  }

  /**
   * A client's place in the queue, returned by {@link #arrive}; lets the model move a waiting client to the
   * priority line.
   *
   * @param <T> what the model queues
   */
  public static final class Ticket<T> {
    private static final int WAITING = 0;
    private static final int IN_SERVICE = 1;
    private static final int DONE = 2;
    private static final int ABANDONED = 3;

    private final T job;
    private final double arrivedAt;
    private final double serviceTime;
    private int state = WAITING;
    private boolean priority;

    private Ticket(T job, double arrivedAt, double serviceTime, boolean priority) {
      this.job = job;
      this.arrivedAt = arrivedAt;
      this.serviceTime = serviceTime;
      this.priority = priority;
    }

    /** {@return the queued job} */
    public T job() {
      return job;
    }

    /** {@return true while the client is on the waiting list} */
    public boolean isWaiting() {
      return state == WAITING;
    }

    /** {@return true once a counsellor has started serving the client} */
    public boolean hasStarted() {
      return state == IN_SERVICE || state == DONE;
    }

    /** {@return true if the client is (or was, while waiting) in the priority line} */
    public boolean isPriority() {
      return priority;
    }
  }

  private final String name;
  private final EventCalendar calendar;
  private final Listener<T> listener;
  private final ArrayDeque<Ticket<T>> priorityLine = new ArrayDeque<>();
  private final ArrayDeque<Ticket<T>> normalLine = new ArrayDeque<>();
  private int servers;
  private int busy;
  private int waiting;

  // Statistics since the window opened.
  private double windowStart;
  private double lastChange;
  private double queueArea;
  private double systemArea;
  private long arrivals;
  private long delayed;
  private long started;
  private long completed;
  private long abandoned;
  private long waitsClosed;
  private double waitSum;
  private long sojournsClosed;
  private double sojournSum;

  /**
   * Creates an empty queue.
   *
   * @param name a name for messages, such as the agency's id, not null
   * @param servers the number of counsellors, at least 0
   * @param calendar the run's event calendar, not null
   * @param listener told of every start, completion and abandonment, not null
   * @throws IllegalArgumentException if {@code servers} is negative
   */
  public ServiceQueue(String name, int servers, EventCalendar calendar, Listener<T> listener) {
    this.name = requireNonNull(name, "name");
    this.calendar = requireNonNull(calendar, "calendar");
    this.listener = requireNonNull(listener, "listener");
    if (servers < 0) {
      throw new IllegalArgumentException(name + ": servers must not be negative");
    }
    this.servers = servers;
    this.windowStart = calendar.now();
    this.lastChange = windowStart;
  }

  /**
   * A client arrives now.
   *
   * @param job the client's job, not null
   * @param serviceTime how long the service will take once started, positive and finite
   * @param patience how long the client is willing to wait, positive; {@code Double.POSITIVE_INFINITY} for no
   *     abandonment
   * @param priority whether the client joins the priority line if it must wait
   * @return the client's ticket
   * @throws IllegalArgumentException if a time is not positive or the service time is infinite
   */
  public Ticket<T> arrive(T job, double serviceTime, double patience, boolean priority) {
    requireNonNull(job, "job");
    if (!(serviceTime > 0) || Double.isInfinite(serviceTime)) {
      throw new IllegalArgumentException(name + ": service time must be positive and finite");
    }
    if (!(patience > 0)) {
      throw new IllegalArgumentException(name + ": patience must be positive");
    }
    double now = calendar.now();
    accumulate(now);
    Ticket<T> ticket = new Ticket<>(job, now, serviceTime, priority);
    arrivals++;
    if (busy < servers) {
      start(ticket, now);
      return ticket;
    }
    delayed++;
    waiting++;
    (priority ? priorityLine : normalLine).addLast(ticket);
    if (patience != Double.POSITIVE_INFINITY) {
      calendar.schedule(now + patience, () -> abandon(ticket));
    }
    listener.waitlisted(job, now);
    return ticket;
  }

  /**
   * Moves a waiting client to the back of the priority line (for example after an escalation granted priority).
   * Does nothing if the client is no longer waiting or is already in the priority line.
   *
   * @param ticket the client's ticket from {@link #arrive}, not null
   */
  public void prioritise(Ticket<T> ticket) {
    if (ticket.state != Ticket.WAITING || ticket.priority) {
      return;
    }
    // The old entry in the normal line is skipped lazily when it comes to the front.
    ticket.priority = true;
    priorityLine.addLast(ticket);
  }

  /**
   * Adds counsellors; waiting clients start at once on the new places.
   *
   * @param extra the number of counsellors to add, at least 0
   * @throws IllegalArgumentException if {@code extra} is negative
   */
  public void addServers(int extra) {
    if (extra < 0) {
      throw new IllegalArgumentException(name + ": cannot add a negative number of servers");
    }
    accumulate(calendar.now());
    servers += extra;
    while (busy < servers && waiting > 0) {
      start(next(), calendar.now());
    }
  }

  /** {@return the queue's name} */
  public String name() {
    return name;
  }

  /** {@return the number of counsellors} */
  public int servers() {
    return servers;
  }

  /** {@return the number of clients being served now} */
  public int busy() {
    return busy;
  }

  /** {@return the number of clients on the waiting list now} */
  public int waiting() {
    return waiting;
  }

  /**
   * Opens a new statistics window now, forgetting everything measured before (the warm-up). Clients already in
   * the queue count in the time-weighted averages from now on, but their waits and sojourns do not count, since
   * they arrived before the window.
   */
  public void resetStatistics() {
    windowStart = calendar.now();
    lastChange = windowStart;
    queueArea = 0;
    systemArea = 0;
    arrivals = 0;
    delayed = 0;
    started = 0;
    completed = 0;
    abandoned = 0;
    waitsClosed = 0;
    waitSum = 0;
    sojournsClosed = 0;
    sojournSum = 0;
  }

  /** {@return the statistics of the current window, up to the calendar's current time} */
  public QueueStatistics statistics() {
    accumulate(calendar.now());
    return new QueueStatistics(calendar.now() - windowStart, queueArea, systemArea, arrivals, delayed, started,
        completed, abandoned, waitsClosed, waitSum, sojournsClosed, sojournSum);
  }

  private void start(Ticket<T> ticket, double now) {
    ticket.state = Ticket.IN_SERVICE;
    busy++;
    started++;
    double waited = now - ticket.arrivedAt;
    closeWait(ticket, waited);
    calendar.schedule(now + ticket.serviceTime, () -> complete(ticket));
    listener.started(ticket.job, waited, now);
  }

  private void complete(Ticket<T> ticket) {
    double now = calendar.now();
    accumulate(now);
    ticket.state = Ticket.DONE;
    busy--;
    completed++;
    closeSojourn(ticket, now - ticket.arrivedAt);
    if (busy < servers && waiting > 0) {
      start(next(), now);
    }
    listener.completed(ticket.job, now);
  }

  private void abandon(Ticket<T> ticket) {
    if (ticket.state != Ticket.WAITING) {
      return;
    }
    double now = calendar.now();
    accumulate(now);
    ticket.state = Ticket.ABANDONED;
    waiting--;
    abandoned++;
    double waited = now - ticket.arrivedAt;
    closeWait(ticket, waited);
    closeSojourn(ticket, waited);
    listener.abandoned(ticket.job, waited, now);
  }

  /** Takes the next waiting client, skipping entries that left or moved to the priority line. */
  private Ticket<T> next() {
    while (!priorityLine.isEmpty()) {
      Ticket<T> t = priorityLine.pollFirst();
      if (t.state == Ticket.WAITING) {
        waiting--;
        return t;
      }
    }
    while (true) {
      Ticket<T> t = normalLine.pollFirst();
      if (t == null) {
        throw new IllegalStateException("bug: " + name + " counted " + waiting + " waiting but found none");
      }
      if (t.state == Ticket.WAITING && !t.priority) {
        waiting--;
        return t;
      }
    }
  }

  private void closeWait(Ticket<T> ticket, double waited) {
    if (ticket.arrivedAt >= windowStart) {
      waitsClosed++;
      waitSum += waited;
    }
  }

  private void closeSojourn(Ticket<T> ticket, double sojourn) {
    if (ticket.arrivedAt >= windowStart) {
      sojournsClosed++;
      sojournSum += sojourn;
    }
  }

  private void accumulate(double now) {
    double dt = now - lastChange;
    if (dt > 0) {
      queueArea += waiting * dt;
      systemArea += (waiting + busy) * dt;
      lastChange = now;
    }
  }
}
