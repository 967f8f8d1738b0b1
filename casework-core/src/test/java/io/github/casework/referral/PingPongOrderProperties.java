package io.github.casework.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.testing.Property;
import io.github.casework.testing.Reach;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.Tries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The order of {@link ReferralNetwork#pingPongs(int)}: a finding comes where the first referral (in input order) of
 * its client, domain and pair of agencies comes, also when the network groups the referrals by client first. Which
 * findings there are is {@link ReferralNetworkProperties}' direct count; this checks only their order, on shuffled
 * inputs of several clients.
 */
class PingPongOrderProperties {

  private record Key(String client, LifeDomainKey domain, String first, String second) {}

  private record LifeDomainKey(String code) {}

  @Test
  void pingPongsComeInTheOrderOfTheFirstReferralOfTheirGroup() {
    AtomicInteger withTwo = new AtomicInteger();
    Property.forAll("referral-network.ping-pong-order", r -> {
      List<Referral> refs = new ArrayList<>(ReferralGen.referralSets().next(r));
      Collections.shuffle(refs, new Random(r.nextLong()));
      return refs;
    }, refs -> {
      Map<Key, Integer> sizes = new LinkedHashMap<>();
      for (Referral r : refs) {
        if (r.sentAt().isPresent() && r.status() != ReferralStatus.CANCELLED) {
          sizes.merge(key(r), 1, Integer::sum);
        }
      }
      List<Key> expected = new ArrayList<>();
      sizes.forEach((k, size) -> {
        if (size - 1 >= 1) {
          expected.add(k);
        }
      });
      List<Key> actual = new ArrayList<>();
      for (NetworkFinding.PingPong p : ReferralNetwork.of(refs).pingPongs(1)) {
        actual.add(new Key(p.client().value(), new LifeDomainKey(p.domain().code()), p.first().value(),
            p.second().value()));
      }
      assertThat(actual).containsExactlyElementsOf(expected);
      if (actual.stream().map(Key::client).distinct().count() >= 2) {
        withTwo.incrementAndGet();
      }
    });
    // The order across clients is only tested where findings of two clients are to be ordered.
    Reach.require("referral sets with ping-pong of two clients", withTwo.get(), Tries.count(), 0.05);
  }

  private static Key key(Referral r) {
    boolean ordered = r.from().compareTo(r.to()) <= 0;
    return new Key(r.client().value(), new LifeDomainKey(r.domain().code()),
        (ordered ? r.from() : r.to()).value(), (ordered ? r.to() : r.from()).value());
  }
}
