package io.github.casework.examples.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.check.Caseload;
import io.github.casework.check.Facts;
import io.github.casework.check.Finding;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.Referral;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * The picture of a finding, drawn from its facts: a deadlock's cycle, ping-pong's hand-offs (with when each was
 * answered, from the caseload's referrals), or what is overdue since when. Immutable and thread-safe.
 */
final class Pictures {
  private final ImmutableMap<ReferralId, Referral> referrals;
  private final LocalDate checkedOn;

  private Pictures(Caseload caseload, Instant at, ZoneId zone) {
    this.referrals = caseload.referrals().stream().collect(ImmutableMap.toImmutableMap(Referral::id,
        Function.identity(), (a, b) -> a));
    this.checkedOn = LocalDate.ofInstant(at, zone);
  }

  static Pictures of(Caseload caseload, Instant at, ZoneId zone) {
    return new Pictures(caseload, at, zone);
  }

  Optional<Picture> of(Finding finding) {
    Facts facts = finding.facts();
    if (facts instanceof Facts.Deadlock d) {
      return Optional.of(new Picture.Cycle(d.cycle().stream()
          .map(w -> new Picture.Cycle.Step(w.agency().id(), w.refuses(), w.referral(), w.waitsFor()))
          .collect(ImmutableList.toImmutableList())));
    } else if (facts instanceof Facts.PingPong p) {
      return Optional.of(new Picture.HandOffs(p.domain(), p.handOffs().stream()
          .map(h -> {
            Optional<Referral> r = Optional.ofNullable(referrals.get(h.referral()));
            return new Picture.HandOffs.HandOff(h.referral(), h.from(), h.to(), h.sentAt(),
                r.flatMap(Referral::respondedAt), r.flatMap(Referral::refusal).isPresent());
          })
          .collect(ImmutableList.toImmutableList())));
    } else if (facts instanceof Facts.OverdueReferral o) {
      return Optional.of(new Picture.Overdue(o.to().id(), o.dueDate(), o.daysOverdue()));
    } else if (facts instanceof Facts.UrgentThreatNorm u && u.heldOn().isEmpty()) {
      return overdue(u.agency().id(), u.dueDate());
    } else if (facts instanceof Facts.FirstConversationNorm c && c.heldOn().isEmpty()) {
      return overdue(c.agency().id(), c.dueDate());
    } else if (facts instanceof Facts.StalledEscalation s) {
      return overdue(s.target().id(), s.dueDate());
    } else if (facts instanceof Facts.SignalResponseOverdue s) {
      return overdue(s.agency().id(), s.owedSince());
    }
    return Optional.empty();
  }

  private Optional<Picture> overdue(io.github.casework.id.AgencyId owedBy, LocalDate due) {
    long days = ChronoUnit.DAYS.between(due, checkedOn);
    return days > 0 ? Optional.of(new Picture.Overdue(owedBy, due, days)) : Optional.empty();
  }
}
