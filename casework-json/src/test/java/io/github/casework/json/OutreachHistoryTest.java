package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An outreach case's history: its state as of any instant, equality by its events, a toString without data. */
class OutreachHistoryTest {

  @Test
  void asOfAnInstantReplaysTheEventsUpToAndIncludingIt() {
    OutreachHistory h = OutreachScenarios.referred();
    List<OutreachEvent> events = h.events();
    assertThat(events).hasSizeGreaterThan(2);
    Instant first = events.get(0).at();
    assertThat(h.asOf(first.minusNanos(1))).isEmpty();
    // An event at the very instant counts.
    assertThat(h.asOf(first)).contains(OutreachCase.replay(events.subList(0, 1)));
    Instant second = events.get(1).at();
    assertThat(h.asOf(second.minusNanos(1))).contains(OutreachCase.replay(events.subList(0, 1)));
    assertThat(h.asOf(second)).contains(OutreachCase.replay(events.subList(0, 2)));
    Instant last = events.get(events.size() - 1).at();
    assertThat(h.asOf(last)).containsSame(h.state());
    assertThat(h.asOf(last.plusSeconds(86_400))).containsSame(h.state());
    assertThat(h.asOf(last.minusNanos(1)).orElseThrow()).isNotEqualTo(h.state());
  }

  @Test
  void historiesAreEqualByTheirEventsAndNameNoData() {
    OutreachHistory h = OutreachScenarios.referred();
    OutreachHistory same = OutreachHistory.of(h.events());
    OutreachHistory other = OutreachScenarios.notTakenUp();
    assertThat(same).isEqualTo(h).hasSameHashCodeAs(h);
    assertThat(other).isNotEqualTo(h);
    // The hash follows the events, so histories of different events (almost always) hash apart.
    assertThat(other.hashCode()).isNotEqualTo(h.hashCode());
    assertThat(h).isNotEqualTo(h.state());
    assertThat(h.id()).isEqualTo(h.state().id());
    assertThat(h.toString()).isEqualTo("OutreachHistory[id=" + h.state().id() + ", status="
        + h.state().status().code() + ", events=" + h.events().size() + "]");
    assertThat(h.toString()).doesNotContain("111222333");
  }
}
