package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.referral.ReferralNetwork;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import io.github.casework.testing.Reach;
import io.github.casework.testing.Tries;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check reads stale referrals itself, straight from the referrals (without a {@code StaleReferral} per
 * finding): its overdue-referral findings are exactly {@link ReferralNetwork#staleReferrals}, field for field.
 */
class ReferralRuleTest {
  /** What an overdue-referral finding and a stale referral have in common, to compare the two readings. */
  record Stale(String client, String referral, String to, String kind, Instant due, long days) {}

  private static final Comparator<Stale> BY_REFERRAL = Comparator.comparing(Stale::referral);

  @Test
  void theCheckFindsExactlyTheNetworksStaleReferrals() {
    int[] withStale = {0};
    Property.forAll("check.stale-as-network", CaseloadCheckProperties.SCENARIOS, s -> {
      Caseload caseload = CaseloadCheckProperties.caseload(s, false);
      List<Stale> fromCheck = CaseloadCheckProperties.CHECK.run(caseload, s.at()).stream()
          .filter(f -> f.facts() instanceof Facts.OverdueReferral)
          .map(f -> (Facts.OverdueReferral) f.facts())
          .map(o -> new Stale(o.client().value(), o.referral().value(), o.to().id().value(), o.kind().name(), o.due(),
              o.daysOverdue()))
          .sorted(BY_REFERRAL).toList();
      List<Stale> fromNetwork = ReferralNetwork.of(caseload.referrals()).staleReferrals(s.at()).stream()
          .map(r -> new Stale(r.client().value(), r.referral().value(), r.to().value(), r.kind().name(), r.due(),
              r.overdue().toDays()))
          .sorted(BY_REFERRAL).toList();
      assertThat(fromCheck).isEqualTo(fromNetwork);
      if (!fromCheck.isEmpty()) {
        withStale[0]++;
      }
    });
    Reach.require("snapshots with stale referrals", withStale[0], Tries.count(), 0.2);
  }

  private record Span(Instant due, Instant at) {}

  private static final Gen<Span> SPANS = r -> {
    Instant due = Instant.ofEpochSecond(r.nextLong(-62_000_000_000L, 250_000_000_000L), r.nextInt(1_000_000_000));
    long seconds = switch (r.nextInt(4)) {
      case 0 -> r.nextInt(3);
      case 1 -> 86_400L * r.nextInt(1, 5) + r.nextInt(-1, 2);
      default -> r.nextLong(0, 400L * 86_400 * 366);
    };
    Instant at = due.plusSeconds(seconds).plusNanos(r.nextInt(-1_000_000_000, 1_000_000_000));
    if (!at.isAfter(due)) {
      at = due.plusNanos(1 + r.nextInt(1_000_000_000));
    }
    return new Span(due, at);
  };

  @Test
  void daysOverdueAreTheWholeDaysOfTheDuration() {
    Property.forAll("check.days-overdue", SPANS, s ->
        assertThat(ReferralRule.daysOverdue(s.due(), s.at())).as("%s", s)
            .isEqualTo(Duration.between(s.due(), s.at()).toDays()));
  }
}
