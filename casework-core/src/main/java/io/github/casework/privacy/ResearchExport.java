package io.github.casework.privacy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.CaseworkEvent;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Disposition;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.Area;
import io.github.casework.signal.Quarter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A pseudonymised export of case and referral histories for research, with aggregate tables:
 * <ul>
 *   <li>every id (case, client, need, referral, agency, professional) is replaced by its {@link ResearchKey}
 *       pseudonym, the same in every export made with the same key;</li>
 *   <li>every instant is coarsened to the start (Monday 00:00) of its week in the given zone, which keeps the
 *       order of each history, so the events still replay;</li>
 *   <li>free text is dropped: a need's unmet explanation and a not-eligible refusal's criterion become
 *       {@value #WITHHELD}; a legal basis keeps its provision (a citation of law) and a referral its service code
 *       (a code of the receiving agency's catalogue);</li>
 *   <li>escalation and signal events are left out (their free text and small numbers are not covered here);</li>
 *   <li>a table counts the needs registered per area, life domain and quarter, and suppresses every cell under
 *       {@code k} (default {@value #DEFAULT_K}).</li>
 * </ul>
 *
 * <p><b>Risk that remains.</b> Pseudonymised data is still personal data under the GDPR (recital 26): whoever holds
 * the key can link pseudonyms back to ids, so the key must stay with the host. Without the key, a client can still
 * be singled out by a rare trajectory (an unusual sequence of life domains, agencies and weeks), in a small area
 * or at a small agency, and linked across exports made with the same key; the {@code k} threshold protects the
 * tables, not the event-level data. The table publishes no margins, so suppressed cells cannot be derived from
 * totals of this export; totals published elsewhere can. Give the event-level data only to researchers under a
 * data-processing agreement; publish only the tables.
 *
 * <p>Immutable and thread-safe.
 */
public final class ResearchExport {
  /** The suppression threshold used unless another is given. */
  public static final int DEFAULT_K = 10;
  /** What replaces free text. */
  public static final String WITHHELD = "withheld";

  /**
   * One cell of the table: the needs registered in an area (empty where the case's area is unknown), a life
   * domain and a quarter; the count is empty when it was under k. Immutable and thread-safe.
   *
   * @param area the area, empty if unknown, not null
   * @param domain the life domain, not null
   * @param quarter the quarter, not null
   * @param count the number of needs, empty if suppressed, not null
   */
  public record Cell(Optional<Area> area, LifeDomain domain, Quarter quarter, OptionalInt count) {
    /**
     * Validates the components.
     *
     * @param area the area, not null
     * @param domain the domain, not null
     * @param quarter the quarter, not null
     * @param count the count, not null
     */
    public Cell {
      requireNonNull(area, "area");
      requireNonNull(domain, "domain");
      requireNonNull(quarter, "quarter");
      requireNonNull(count, "count");
    }
  }

  private final ImmutableList<CaseworkEvent> events;
  private final ImmutableList<Cell> table;
  private final int k;
  private final int leftOut;

  private ResearchExport(ImmutableList<CaseworkEvent> events, ImmutableList<Cell> table, int k, int leftOut) {
    this.events = events;
    this.table = table;
    this.k = k;
    this.leftOut = leftOut;
  }

  /**
   * Exports events.
   *
   * @param events the events of a caseload, in any order that keeps each aggregate's history in order, not null
   * @param areas the area of each case, where known, not null
   * @param key the host's key, not null
   * @param k the suppression threshold, at least 2
   * @param zone the zone of weeks and quarters, not null
   * @return the export
   * @throws InvalidValueException if {@code k} is less than 2
   */
  public static ResearchExport of(Iterable<? extends CaseworkEvent> events, Map<CaseId, Area> areas, ResearchKey key,
      int k, ZoneId zone) {
    requireNonNull(events, "events");
    requireNonNull(areas, "areas");
    requireNonNull(key, "key");
    requireNonNull(zone, "zone");
    if (k < 2) {
      throw new InvalidValueException(PrivacyCodes.EXPORT_K_TOO_SMALL, "ResearchExport.k", "must be at least 2");
    }
    Pseudonymiser p = new Pseudonymiser(key, zone);
    ImmutableList.Builder<CaseworkEvent> out = ImmutableList.builder();
    Map<Optional<Area>, Map<LifeDomain, Map<Quarter, Integer>>> counts = new HashMap<>();
    int leftOut = 0;
    for (CaseworkEvent e : events) {
      if (e instanceof CaseEvent c) {
        out.add(p.caseEvent(c));
        if (c instanceof CaseEvent.NeedRegistered n) {
          counts.computeIfAbsent(Optional.ofNullable(areas.get(n.caseId())), a -> new HashMap<>())
              .computeIfAbsent(n.domain(), d -> new HashMap<>())
              .merge(Quarter.containing(n.at(), zone), 1, Integer::sum);
        }
      } else if (e instanceof ReferralEvent r) {
        out.add(p.referralEvent(r));
      } else {
        leftOut++;
      }
    }
    Comparator<Cell> order = Comparator.<Cell, String>comparing(c -> c.area().map(Area::code).orElse(""))
        .thenComparing(Cell::domain).thenComparing(Cell::quarter);
    ImmutableList.Builder<Cell> cells = ImmutableList.builder();
    counts.forEach((area, byDomain) -> byDomain.forEach((domain, byQuarter) -> byQuarter.forEach((quarter, n) ->
        cells.add(new Cell(area, domain, quarter, n >= k ? OptionalInt.of(n) : OptionalInt.empty())))));
    return new ResearchExport(out.build(), ImmutableList.sortedCopyOf(order, cells.build()), k, leftOut);
  }

  /** {@return the pseudonymised case and referral events, in the order given} */
  public ImmutableList<CaseworkEvent> events() {
    return events;
  }

  /** {@return the table, by area (unknown first), life domain and quarter} */
  public ImmutableList<Cell> table() {
    return table;
  }

  /** {@return the suppression threshold} */
  public int k() {
    return k;
  }

  /** {@return how many escalation and signal events were left out} */
  public int leftOut() {
    return leftOut;
  }

  @Override
  public String toString() {
    return "ResearchExport[events=" + events.size() + ", cells=" + table.size() + ", k=" + k + "]";
  }

  /** Maps one event at a time; the key's pseudonyms are cached per id. */
  private static final class Pseudonymiser {
    private final ResearchKey key;
    private final ZoneId zone;
    private final Map<String, String> cache = new HashMap<>();

    Pseudonymiser(ResearchKey key, ZoneId zone) {
      this.key = key;
      this.zone = zone;
    }

    private String p(String kind, String value) {
      return cache.computeIfAbsent(kind + '\u0000' + value, k -> key.pseudonym(kind, value));
    }

    CaseId id(CaseId id) {
      return CaseId.of(p("case", id.value()));
    }

    ClientId id(ClientId id) {
      return ClientId.of(p("client", id.value()));
    }

    NeedId id(NeedId id) {
      return NeedId.of(p("need", id.value()));
    }

    ReferralId id(ReferralId id) {
      return ReferralId.of(p("referral", id.value()));
    }

    AgencyId id(AgencyId id) {
      return AgencyId.of(p("agency", id.value()));
    }

    ProfessionalId id(ProfessionalId id) {
      return ProfessionalId.of(p("professional", id.value()));
    }

    Instant week(Instant at) {
      return at.atZone(zone).truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
          .toInstant();
    }

    CaseworkEvent caseEvent(CaseEvent e) {
      if (e instanceof CaseEvent.Opened x) {
        return new CaseEvent.Opened(id(x.caseId()), id(x.client()), id(x.agency()), id(x.owner()), week(x.at()));
      } else if (e instanceof CaseEvent.NeedRegistered x) {
        return new CaseEvent.NeedRegistered(id(x.caseId()), id(x.need()), x.domain(), x.urgency(),
            id(x.accountable()), week(x.at()));
      } else if (e instanceof CaseEvent.Activated x) {
        return new CaseEvent.Activated(id(x.caseId()), week(x.at()));
      } else if (e instanceof CaseEvent.WaitingStarted x) {
        return new CaseEvent.WaitingStarted(id(x.caseId()), week(x.at()));
      } else if (e instanceof CaseEvent.Resumed x) {
        return new CaseEvent.Resumed(id(x.caseId()), week(x.at()));
      } else if (e instanceof CaseEvent.AccountabilityTransferred x) {
        return new CaseEvent.AccountabilityTransferred(id(x.caseId()), id(x.need()), id(x.from()), id(x.to()),
            week(x.at()));
      } else if (e instanceof CaseEvent.NeedDisposed x) {
        return new CaseEvent.NeedDisposed(id(x.caseId()), id(x.need()), disposition(x.disposition()));
      } else if (e instanceof CaseEvent.AssessmentRecorded x) {
        Assessment a = x.assessment();
        return new CaseEvent.AssessmentRecorded(id(x.caseId()),
            new Assessment(week(a.at()), a.scores(), a.participation()));
      } else if (e instanceof CaseEvent.Closed x) {
        return new CaseEvent.Closed(id(x.caseId()), x.reason(), week(x.at()));
      } else if (e instanceof CaseEvent.NeedReferred x) {
        return new CaseEvent.NeedReferred(id(x.caseId()), id(x.need()), id(x.referral()), id(x.agency()),
            id(x.referrer()), week(x.at()));
      } else if (e instanceof CaseEvent.ReferralLoopClosed x) {
        return new CaseEvent.ReferralLoopClosed(id(x.caseId()), id(x.need()), id(x.referral()), id(x.by()),
            week(x.at()));
      } else if (e instanceof CaseEvent.NeedHandedOver x) {
        return new CaseEvent.NeedHandedOver(id(x.caseId()), id(x.need()), id(x.referral()), id(x.from()), id(x.to()),
            id(x.agency()), week(x.at()));
      } else if (e instanceof CaseEvent.UrgentThreatReported x) {
        return new CaseEvent.UrgentThreatReported(id(x.caseId()), id(x.need()), x.threat(), week(x.at()));
      } else if (e instanceof CaseEvent.FirstConversationHeld x) {
        return new CaseEvent.FirstConversationHeld(id(x.caseId()), week(x.at()));
      }
      throw new AssertionError("bug: unhandled case event " + e.getClass().getName());
    }

    Disposition disposition(Disposition d) {
      if (d instanceof Disposition.Met x) {
        return new Disposition.Met(week(x.at()));
      } else if (d instanceof Disposition.HandedOver x) {
        return new Disposition.HandedOver(id(x.to()), id(x.agency()), week(x.at()));
      } else if (d instanceof Disposition.WithdrawnByClient x) {
        return new Disposition.WithdrawnByClient(week(x.at()));
      } else if (d instanceof Disposition.Unmet x) {
        return new Disposition.Unmet(x.reason(), WITHHELD, week(x.at()));
      }
      throw new AssertionError("bug: unhandled disposition " + d.getClass().getName());
    }

    CaseworkEvent referralEvent(ReferralEvent e) {
      if (e instanceof ReferralEvent.Drafted x) {
        return new ReferralEvent.Drafted(id(x.referralId()), id(x.client()), id(x.caseId()), id(x.need()),
            x.domain(), id(x.from()), id(x.referrer()), id(x.to()), x.service(), week(x.at()));
      } else if (e instanceof ReferralEvent.BasisRecorded x) {
        return new ReferralEvent.BasisRecorded(id(x.referralId()), basis(x.basis()), week(x.at()));
      } else if (e instanceof ReferralEvent.Sent x) {
        return new ReferralEvent.Sent(id(x.referralId()), week(x.responseDue()), week(x.followUpDue()), week(x.at()),
            x.capacity());
      } else if (e instanceof ReferralEvent.Received x) {
        return new ReferralEvent.Received(id(x.referralId()), week(x.at()));
      } else if (e instanceof ReferralEvent.Accepted x) {
        return new ReferralEvent.Accepted(id(x.referralId()), week(x.at()));
      } else if (e instanceof ReferralEvent.Waitlisted x) {
        return new ReferralEvent.Waitlisted(id(x.referralId()), week(x.expected()), week(x.at()));
      } else if (e instanceof ReferralEvent.Refused x) {
        return new ReferralEvent.Refused(id(x.referralId()), refusal(x.refusal()), week(x.at()));
      } else if (e instanceof ReferralEvent.Started x) {
        return new ReferralEvent.Started(id(x.referralId()), week(x.at()));
      } else if (e instanceof ReferralEvent.Completed x) {
        return new ReferralEvent.Completed(id(x.referralId()), x.outcome(), week(x.at()));
      } else if (e instanceof ReferralEvent.Failed x) {
        return new ReferralEvent.Failed(id(x.referralId()), x.reason(), week(x.at()));
      } else if (e instanceof ReferralEvent.Cancelled x) {
        return new ReferralEvent.Cancelled(id(x.referralId()), id(x.by()), week(x.at()));
      } else if (e instanceof ReferralEvent.AccountabilityAccepted x) {
        return new ReferralEvent.AccountabilityAccepted(id(x.referralId()), id(x.by()), week(x.at()));
      } else if (e instanceof ReferralEvent.OutcomeAcknowledged x) {
        return new ReferralEvent.OutcomeAcknowledged(id(x.referralId()), id(x.by()), week(x.at()));
      }
      throw new AssertionError("bug: unhandled referral event " + e.getClass().getName());
    }

    DataSharingBasis basis(DataSharingBasis b) {
      if (b instanceof DataSharingBasis.Consent c) {
        return DataSharingBasis.Consent.of(c.givenBy(), id(c.recordedBy()), week(c.givenAt()),
            c.recipients().stream().map(this::id).toList(), c.domains());
      }
      return b;
    }

    Refusal refusal(Refusal r) {
      if (r instanceof Refusal.NotEligible) {
        return new Refusal.NotEligible(WITHHELD);
      } else if (r instanceof Refusal.PreconditionUnmet x) {
        return new Refusal.PreconditionUnmet(x.domain(), x.expectedAgency().map(this::id));
      }
      return r;
    }
  }
}
