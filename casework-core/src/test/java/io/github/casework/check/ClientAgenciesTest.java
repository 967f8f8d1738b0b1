package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The open cases' table of (client, agency) pairs answers as a hash set of the pairs does. */
class ClientAgenciesTest {
  private record Pair(ClientId client, AgencyId agency) {}

  private record Trial(List<Pair> added, List<Pair> asked) {}

  /** Pairs from few ids, so that pairs repeat, share a client or an agency, and collide in the table. */
  private static final Gen<Pair> PAIRS = r -> new Pair(ClientId.of("c" + r.nextInt(12)), AgencyId.of("a" + r.nextInt(6)));

  private static final Gen<Trial> TRIALS = r -> {
    List<Pair> added = new ArrayList<>();
    int n = r.nextInt(0, 60);
    for (int i = 0; i < n; i++) {
      added.add(PAIRS.next(r));
    }
    List<Pair> asked = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      asked.add(PAIRS.next(r));
    }
    return new Trial(added, asked);
  };

  @Test
  void answersAsAHashSetOfPairs() {
    Property.forAll("check.client-agencies", TRIALS, t -> {
      ClientAgencies table = new ClientAgencies(t.added().size());
      Set<Pair> expected = new HashSet<>();
      for (Pair p : t.added()) {
        table.add(p.client(), p.agency());
        expected.add(p);
      }
      for (Pair p : t.asked()) {
        assertThat(table.contains(p.client(), p.agency())).as("%s", p).isEqualTo(expected.contains(p));
      }
      for (Pair p : t.added()) {
        assertThat(table.contains(p.client(), p.agency())).as("%s", p).isTrue();
      }
    });
  }

  @Test
  void anEmptyTableHoldsNothing() {
    assertThat(new ClientAgencies(0).contains(ClientId.of("c"), AgencyId.of("a"))).isFalse();
  }
}
