package io.github.casework.examples.simulation.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue's rules on small hand-made scenarios, and the calendar's order. */
class ServiceQueueTest {
  private final EventCalendar calendar = new EventCalendar();
  private final List<String> log = new ArrayList<>();
  private final ServiceQueue<String> queue = new ServiceQueue<>("q", 1, calendar, new ServiceQueue.Listener<>() {
    @Override
    public void waitlisted(String job, double now) {
      log.add(now + " wait " + job);
    }

    @Override
    public void started(String job, double waited, double now) {
      log.add(now + " start " + job + " after " + waited);
    }

    @Override
    public void completed(String job, double now) {
      log.add(now + " done " + job);
    }

    @Override
    public void abandoned(String job, double waited, double now) {
      log.add(now + " left " + job + " after " + waited);
    }
  });

  @Test
  void clientsAreServedFirstComeFirstServedWithThePriorityLineFirst() {
    queue.arrive("a", 10, Double.POSITIVE_INFINITY, false);
    queue.arrive("b", 1, Double.POSITIVE_INFINITY, false);
    queue.arrive("c", 1, Double.POSITIVE_INFINITY, false);
    ServiceQueue.Ticket<String> d = queue.arrive("d", 1, Double.POSITIVE_INFINITY, false);
    queue.arrive("e", 1, Double.POSITIVE_INFINITY, true);
    queue.prioritise(d);
    calendar.runUntil(100);
    assertThat(log).containsSubsequence("0.0 start a after 0.0", "10.0 start e after 10.0", "11.0 start d after 11.0",
        "12.0 start b after 12.0", "13.0 start c after 13.0");
    assertThat(queue.statistics().completed()).isEqualTo(5);
  }

  @Test
  void aClientWhosePatienceRunsOutLeavesButNotOnceServiceHasStarted() {
    queue.arrive("a", 10, 1, false);
    queue.arrive("b", 5, 3, false);
    calendar.runUntil(100);
    assertThat(log).containsExactly("0.0 start a after 0.0", "0.0 wait b", "3.0 left b after 3.0", "10.0 done a");
    QueueStatistics s = queue.statistics();
    assertThat(s.abandonmentFraction()).isEqualTo(0.5);
    assertThat(s.meanWait()).isEqualTo(1.5);
    assertThat(s.meanQueueLength() * s.duration()).isEqualTo(3.0);
  }

  @Test
  void theNextClientStartsBeforeTheListenerHearsOfACompletion() {
    queue.arrive("a", 2, Double.POSITIVE_INFINITY, false);
    queue.arrive("b", 2, Double.POSITIVE_INFINITY, false);
    calendar.runUntil(100);
    assertThat(log).containsExactly("0.0 start a after 0.0", "0.0 wait b", "2.0 start b after 2.0", "2.0 done a",
        "4.0 done b");
  }

  @Test
  void eventsAtTheSameTimeRunInTheOrderTheyWereScheduled() {
    EventCalendar c = new EventCalendar();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      int k = i;
      c.schedule((i * 7919) % 13, () -> order.add(k));
    }
    c.runUntil(20);
    for (int i = 1; i < order.size(); i++) {
      int a = order.get(i - 1);
      int b = order.get(i);
      int ta = (a * 7919) % 13;
      int tb = (b * 7919) % 13;
      assertThat(ta < tb || (ta == tb && a < b)).isTrue();
    }
    assertThat(order).hasSize(1000);
  }
}
