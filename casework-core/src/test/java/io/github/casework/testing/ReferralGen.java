package io.github.casework.testing;

import io.github.casework.CaseworkException;
import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.Need;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.FailureReason;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.ReferralStatus;
import io.github.casework.referral.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Seeded generators for referrals and their commands, and for sets of referrals to analyse as a network. Built
 * only through the public factories and commands. Shared by the tests of all modules (the core's test-jar).
 */
public final class ReferralGen {
  private ReferralGen() {}

  /** Service codes of a small catalogue. */
  public static Gen<String> serviceCodes() {
    return Gen.oneOf("detox", "night-shelter", "debt-rescheduling", "social-support", "housing-priority", "budget-1");
  }

  /** Referral ids from a small range, so that a set of them sometimes repeats one. */
  public static Gen<ReferralId> referralIds() {
    return r -> ReferralId.of("ref-" + r.nextInt(1000));
  }

  /** A life domain other than {@code not}. */
  public static LifeDomain otherDomain(LifeDomain not, SplittableRandom r) {
    LifeDomain[] all = LifeDomain.values();
    LifeDomain d = all[r.nextInt(all.length - 1)];
    return d.ordinal() >= not.ordinal() ? all[d.ordinal() + 1] : d;
  }

  /** The opening event of a fresh referral, from a random need to a random agency. */
  public static Gen<ReferralEvent.Drafted> drafts() {
    return r -> (ReferralEvent.Drafted) Referral.draft(referralIds().next(r), CaseworkGen.clientIds().next(r),
        CaseworkGen.caseIds().next(r), CaseworkGen.needIds().next(r), Gen.oneOf(LifeDomain.values()).next(r),
        CaseworkGen.agencyIds().next(r), CaseworkGen.professionalIds().next(r), CaseworkGen.agencyIds().next(r),
        serviceCodes().next(r), CaseworkGen.instants().next(r)).event();
  }

  /** A time at or after the referral's last change (and once in a while before it, which must be rejected). */
  public static Instant nextTime(Referral state, SplittableRandom r) {
    if (r.nextInt(25) == 0) {
      return state.lastChangedAt().minusSeconds(1 + r.nextInt(86_400));
    }
    return state.lastChangedAt().plus(Duration.ofMinutes(r.nextInt(10 * 24 * 60)));
  }

  /**
   * A basis for sharing data: a legal basis, a consent that covers the referral, or (sometimes) a consent that
   * does not cover it or is dated after {@code at}.
   */
  public static DataSharingBasis bases(Referral referral, Instant at, SplittableRandom r) {
    int pick = r.nextInt(10);
    if (pick < 4) {
      return new DataSharingBasis.LegalBasis(Gen.oneOf(LegalGround.values()).next(r), "Wgs art. " + (1 + r.nextInt(9)));
    }
    AgencyId recipient = pick == 8 ? CaseworkGen.agencyIds().next(r) : referral.to();
    LifeDomain domain = pick == 9 ? Gen.oneOf(LifeDomain.values()).next(r) : referral.domain();
    Instant givenAt = r.nextInt(15) == 0 ? at.plusSeconds(1 + r.nextInt(3600)) : at.minusSeconds(r.nextInt(86_400));
    return DataSharingBasis.Consent.of(Gen.oneOf(ConsentGiver.values()).next(r), referral.referrer(), givenAt,
        List.of(recipient), List.of(domain));
  }

  /** A deadline: mostly a duration, sometimes a fixed instant (which may lie before {@code at}). */
  public static Deadline deadlines(Instant at, SplittableRandom r) {
    if (r.nextInt(5) == 0) {
      return Deadline.at(at.plus(Duration.ofHours(r.nextInt(96) - 24)));
    }
    return Deadline.after(Duration.ofHours(r.nextInt(60 * 24)));
  }

  /** A refusal of a referral in {@code domain}; a precondition names another domain, rarely the same. */
  public static Refusal refusals(LifeDomain domain, SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> new Refusal.NotEligible("not resident for " + (1 + r.nextInt(5)) + " years");
      case 1 -> new Refusal.NoCapacity();
      case 2 -> new Refusal.ClientUnreachable();
      default -> {
        LifeDomain first = r.nextInt(30) == 0 ? domain : otherDomain(domain, r);
        yield r.nextBoolean() ? Refusal.PreconditionUnmet.solvedBy(first, CaseworkGen.agencyIds().next(r))
            : Refusal.PreconditionUnmet.first(first);
      }
    };
  }

  /** Someone who may act for the referral: mostly the referrer, sometimes another professional. */
  public static ProfessionalId someProfessional(Referral referral, SplittableRandom r) {
    return r.nextInt(3) == 0 ? CaseworkGen.professionalIds().next(r) : referral.referrer();
  }

  /**
   * The longest command sequence worth running against one referral: its lifecycle has about eight changes
   * (basis, send, receive, accept, start, accountability, complete, acknowledge), so longer runs would mostly
   * probe a finished referral, which a few steps do as well.
   */
  public static final int SEQUENCE_STEPS = 10;

  /**
   * A command for the referral: most of the time ({@code Choices.LEGAL_SHARE}) one that its status allows with
   * content that passes its rules (see {@link #legalReferralCommands}), otherwise one of
   * {@link #anyReferralCommand}, which are often rejected.
   */
  public static ReferralCommand referralCommands(Referral state, SplittableRandom r) {
    if (Choices.legalTurn(r)) {
      Optional<ReferralCommand> legal = legalReferralCommands(state, laterTime(state, r), r).pick(r);
      if (legal.isPresent()) {
        return legal.get();
      }
    }
    return anyReferralCommand(state, nextTime(state, r), r);
  }

  /** As {@link #referralCommands(Referral, SplittableRandom)}, made at a given instant. */
  public static ReferralCommand referralCommands(Referral state, Instant at, SplittableRandom r) {
    if (Choices.legalTurn(r) && !at.isBefore(state.lastChangedAt())) {
      Optional<ReferralCommand> legal = legalReferralCommands(state, at, r).pick(r);
      if (legal.isPresent()) {
        return legal.get();
      }
    }
    return anyReferralCommand(state, at, r);
  }

  /** A time at or after the referral's last change, within ten days. */
  public static Instant laterTime(Referral state, SplittableRandom r) {
    return state.lastChangedAt().plus(Duration.ofMinutes(r.nextInt(10 * 24 * 60)));
  }

  /**
   * The commands the transition table and rules in {@link Referral}'s Javadoc allow in this state at {@code at},
   * weighted towards progress (accept over refuse, start, complete) so that many referrals reach the later
   * states; cancelling and failing, which end a referral, are offered with a low weight. None once the loop is
   * closed. A case may still reject the crossing of a cancel, an acknowledgement or an accepted accountability.
   */
  static Choices<ReferralCommand> legalReferralCommands(Referral state, Instant at, SplittableRandom r) {
    Choices<ReferralCommand> c = new Choices<>();
    boolean handedOver = state.handover().isPresent();
    Supplier<ReferralCommand> cancel = () -> new ReferralCommand.Cancel(someProfessional(state, r), at);
    Supplier<ReferralCommand> accept = () -> new ReferralCommand.Accept(at);
    Supplier<ReferralCommand> waitlist =
        () -> new ReferralCommand.Waitlist(at.plus(Duration.ofDays(r.nextInt(90))), at);
    Supplier<ReferralCommand> refuse = () -> new ReferralCommand.Refuse(validRefusal(state.domain(), r), at);
    Supplier<ReferralCommand> fail =
        () -> new ReferralCommand.Fail(Gen.oneOf(FailureReason.values()).next(r), at);
    Supplier<ReferralCommand> takeOver = () -> new ReferralCommand.AcceptAccountability(
        ProfessionalId.of("receiver-" + r.nextInt(4)), at);
    switch (state.status()) {
      case DRAFT -> c.add(state.basis().isEmpty() ? 16 : 2,
              () -> new ReferralCommand.RecordBasis(validBasis(state, at, r), at))
          .addIf(state.basis().isPresent(), 16, () -> {
            Duration response = Duration.ofHours(r.nextInt(30 * 24));
            // The capacity answer is derived from a value already drawn, so the random stream stays as it was.
            int k = (int) (response.toHours() % 8);
            return new ReferralCommand.Send(Deadline.after(response),
                Deadline.after(response.plus(Duration.ofHours(r.nextInt(30 * 24)))), at,
                k < Capacity.values().length ? Optional.of(Capacity.values()[k]) : Optional.empty());
          })
          .add(1, cancel);
      case SENT -> c.add(8, () -> new ReferralCommand.Receive(at)).add(12, accept).add(4, waitlist).add(4, refuse)
          .add(1, cancel);
      case RECEIVED -> c.add(12, accept).add(4, waitlist).add(4, refuse).add(1, cancel);
      case WAITLISTED -> c.add(12, accept).add(2, waitlist).add(4, refuse).add(2, fail).add(1, cancel);
      case ACCEPTED -> c.add(16, () -> new ReferralCommand.Start(at)).add(2, fail)
          .addIf(!handedOver, 1, cancel).addIf(!handedOver, 6, takeOver);
      case IN_PROGRESS -> c.add(16,
              () -> new ReferralCommand.Complete(Gen.oneOf(ReferralOutcome.values()).next(r), at))
          .add(2, fail).addIf(!handedOver, 1, cancel).addIf(!handedOver, 6, takeOver);
      case COMPLETED, REFUSED, FAILED -> c.addIf(state.loopClosure().isEmpty(), 1,
          () -> new ReferralCommand.AcknowledgeOutcome(someProfessional(state, r), at));
      case CANCELLED -> { }
    }
    return c;
  }

  /** A basis that passes the rules: a legal basis, or a consent given by {@code at} covering the referral. */
  public static DataSharingBasis validBasis(Referral referral, Instant at, SplittableRandom r) {
    if (r.nextBoolean()) {
      return new DataSharingBasis.LegalBasis(Gen.oneOf(LegalGround.values()).next(r), "Wgs art. " + (1 + r.nextInt(9)));
    }
    return DataSharingBasis.Consent.of(Gen.oneOf(ConsentGiver.values()).next(r), referral.referrer(),
        at.minusSeconds(r.nextInt(86_400)), List.of(referral.to()), List.of(referral.domain()));
  }

  /** A refusal that passes the rules: a precondition never names the referral's own domain. */
  public static Refusal validRefusal(LifeDomain domain, SplittableRandom r) {
    while (true) {
      Refusal refusal = refusals(domain, r);
      if (!(refusal instanceof Refusal.PreconditionUnmet p && p.domain() == domain)) {
        return refusal;
      }
    }
  }

  /**
   * A command of any of the twelve kinds, usually one the referral's status allows, with plausible content that
   * is sometimes invalid, so that rejections of every rule are exercised.
   */
  public static ReferralCommand anyReferralCommand(Referral state, Instant at, SplittableRandom r) {
    int kind = r.nextInt(5) == 0 ? r.nextInt(12) : plausibleKind(state, r);
    return command(kind, state, at, r);
  }

  private static int plausibleKind(Referral state, SplittableRandom r) {
    int[] kinds = switch (state.status()) {
      case DRAFT -> state.basis().isEmpty() ? new int[] {0, 0, 0, 1, 9} : new int[] {0, 1, 1, 1, 1, 9};
      case SENT -> new int[] {2, 3, 4, 5, 9};
      case RECEIVED -> new int[] {3, 4, 5, 5, 9};
      case WAITLISTED -> new int[] {3, 4, 5, 8, 9};
      case ACCEPTED -> new int[] {6, 6, 8, 9, 10};
      case IN_PROGRESS -> new int[] {7, 7, 8, 9, 10};
      case COMPLETED, REFUSED, FAILED -> new int[] {11};
      case CANCELLED -> new int[] {9, 11};
    };
    return kinds[r.nextInt(kinds.length)];
  }

  /** The command of one of the twelve kinds, with plausible content. */
  public static ReferralCommand command(int kind, Referral state, Instant at, SplittableRandom r) {
    return switch (kind) {
      case 0 -> new ReferralCommand.RecordBasis(bases(state, at, r), at);
      case 1 -> new ReferralCommand.Send(deadlines(at, r), deadlines(at, r), at);
      case 2 -> new ReferralCommand.Receive(at);
      case 3 -> new ReferralCommand.Accept(at);
      case 4 -> new ReferralCommand.Waitlist(at.plus(Duration.ofDays(r.nextInt(90))), at);
      case 5 -> new ReferralCommand.Refuse(refusals(state.domain(), r), at);
      case 6 -> new ReferralCommand.Start(at);
      case 7 -> new ReferralCommand.Complete(Gen.oneOf(ReferralOutcome.values()).next(r), at);
      case 8 -> new ReferralCommand.Fail(Gen.oneOf(FailureReason.values()).next(r), at);
      case 9 -> new ReferralCommand.Cancel(someProfessional(state, r), at);
      // Half of the time the referrer, whom the rules forbid; the legal draws name a receiver.
      case 10 -> new ReferralCommand.AcceptAccountability(
          r.nextBoolean() ? state.referrer() : ProfessionalId.of("receiver-" + r.nextInt(4)), at);
      default -> new ReferralCommand.AcknowledgeOutcome(someProfessional(state, r), at);
    };
  }

  /** A referral reached by a random sequence of commands from a fresh draft (rejected commands are skipped). */
  public static Gen<Referral> referrals() {
    return r -> {
      Referral state = Referral.start(drafts().next(r));
      int steps = r.nextInt(12);
      for (int i = 0; i < steps; i++) {
        try {
          state = state.decide(referralCommands(state, r)).state();
        } catch (CaseworkException rejected) {
          // skipped: the generator explores valid and invalid commands alike
        }
      }
      return state;
    };
  }

  /**
   * A case command of the referral kind ({@code ReferNeed}, {@code CloseReferralLoop}, {@code HandOverNeed}),
   * mostly plausible for the case's needs and their open referrals, sometimes not.
   */
  public static CaseCommand caseReferralCommands(Case state, SplittableRandom r) {
    Instant at = CaseworkGen.nextTime(state, r);
    NeedId needId = CaseworkGen.someNeed(state, r);
    Optional<Need> need = state.findNeed(needId);
    List<ReferralId> open = new ArrayList<>();
    need.ifPresent(n -> open.addAll(n.openReferrals()));
    ReferralId referral = !open.isEmpty() && r.nextInt(5) != 0 ? open.get(r.nextInt(open.size()))
        : referralIds().next(r);
    ProfessionalId accountable = need.map(Need::accountable).orElse(CaseworkGen.professionalIds().next(r));
    ProfessionalId actor = r.nextInt(5) == 0 ? CaseworkGen.professionalIds().next(r) : accountable;
    return switch (r.nextInt(3)) {
      case 0 -> new CaseCommand.ReferNeed(needId, referral, CaseworkGen.agencyIds().next(r), actor, at);
      case 1 -> new CaseCommand.CloseReferralLoop(needId, referral, actor, at);
      default -> new CaseCommand.HandOverNeed(needId, referral,
          r.nextInt(6) == 0 ? accountable : CaseworkGen.professionalIds().next(r), CaseworkGen.agencyIds().next(r), at);
    };
  }

  /**
   * Case commands of every kind: most of the time ({@code Choices.LEGAL_SHARE}) one that is legal in this state,
   * the referral kind included (refer an open need by its accountable professional, close the loop of an open
   * referral, hand a need over through its only open referral); otherwise any command, the referral kind about a
   * third of the time.
   */
  public static CaseCommand caseCommands(Case state, SplittableRandom r) {
    if (Choices.legalTurn(r)) {
      Instant at = CaseworkGen.laterTime(state, r);
      Optional<CaseCommand> legal =
          legalCaseReferralCommands(CaseworkGen.legalCaseCommands(state, at, r), state, at, r).pick(r);
      if (legal.isPresent()) {
        return legal.get();
      }
    }
    return r.nextInt(3) == 0 ? caseReferralCommands(state, r) : CaseworkGen.anyCaseCommand(state, r);
  }

  /** Adds to {@code c} the case commands of the referral kind that are legal in this state at {@code at}. */
  static Choices<CaseCommand> legalCaseReferralCommands(Choices<CaseCommand> c, Case state, Instant at,
      SplittableRandom r) {
    if (state.status() == CaseStatus.CLOSED) {
      return c;
    }
    List<Need> open = state.openNeeds();
    List<Need> referred = open.stream().filter(n -> !n.openReferrals().isEmpty()).toList();
    List<Need> single = referred.stream().filter(n -> n.openReferrals().size() == 1).toList();
    c.addIf(!open.isEmpty(), 2, () -> {
      Need n = open.get(r.nextInt(open.size()));
      return new CaseCommand.ReferNeed(n.id(), freshReferral(state, r), CaseworkGen.agencyIds().next(r),
          n.accountable(), at);
    });
    c.addIf(!referred.isEmpty(), 1, () -> {
      Need n = referred.get(r.nextInt(referred.size()));
      List<ReferralId> refs = n.openReferrals().asList();
      return new CaseCommand.CloseReferralLoop(n.id(), refs.get(r.nextInt(refs.size())), n.accountable(), at);
    });
    c.addIf(!single.isEmpty(), 1, () -> {
      Need n = single.get(r.nextInt(single.size()));
      return new CaseCommand.HandOverNeed(n.id(), n.openReferrals().asList().get(0),
          CaseworkGen.otherProfessional(n.accountable(), r), CaseworkGen.agencyIds().next(r), at);
    });
    return c;
  }

  /** A referral id not open in the case. */
  static ReferralId freshReferral(Case state, SplittableRandom r) {
    while (true) {
      ReferralId id = referralIds().next(r);
      if (state.needs().stream().noneMatch(n -> n.openReferrals().contains(id))) {
        return id;
      }
    }
  }

  /** The life domains used by {@link #referralSets()}: few, so that preconditions often meet. */
  public static final Set<LifeDomain> NETWORK_DOMAINS = EnumSet.of(
      LifeDomain.HOUSING, LifeDomain.SUBSTANCE_USE, LifeDomain.FINANCES, LifeDomain.MENTAL_HEALTH);

  /**
   * A set of referrals of one to three clients among two to five agencies, in a few life domains, each driven
   * to a random point of its lifecycle; many are refused on a precondition (naming an agency or not), so that
   * precondition cycles and ping-pong occur often. Response times come from a coarse grid, so that equal
   * instants occur too.
   */
  public static Gen<List<Referral>> referralSets() {
    return r -> {
      int clients = 1 + r.nextInt(3);
      int agencies = 2 + r.nextInt(4);
      LifeDomain[] domains = NETWORK_DOMAINS.toArray(new LifeDomain[0]);
      int n = r.nextInt(41);
      List<Referral> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        ClientId client = ClientId.of("client-" + r.nextInt(clients));
        AgencyId from = AgencyId.of("agency-" + r.nextInt(agencies));
        AgencyId to = AgencyId.of("agency-" + r.nextInt(agencies));
        LifeDomain domain = domains[r.nextInt(domains.length)];
        Instant at = CaseworkGen.EPOCH.plus(Duration.ofHours(r.nextInt(48)));
        Referral ref = Referral.draft(ReferralId.of("ref-" + i), client, CaseId.of("case-" + client.value()),
            NeedId.of("need-" + domain.code()), domain, from, ProfessionalId.of("pro-" + from.value()), to,
            "service-" + domain.ordinal(), at).state();
        out.add(drive(ref, agencies, domains, r));
      }
      return out;
    };
  }

  private static Referral drive(Referral ref, int agencies, LifeDomain[] domains, SplittableRandom r) {
    int stage = r.nextInt(12);
    if (stage == 0) {
      return ref;
    }
    Instant t = ref.lastChangedAt();
    ref = ref.decide(new ReferralCommand.RecordBasis(
        new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wmo 2015 art. 2.3.5"), t)).state();
    ref = ref.decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(28)),
        t)).state();
    if (stage == 1) {
      return ref;
    }
    if (stage == 2) {
      return ref.decide(new ReferralCommand.Cancel(ref.referrer(), t)).state();
    }
    // Responses on a grid of whole hours within three days, so that equal response instants occur.
    Instant answer = t.plus(Duration.ofHours(r.nextInt(72)));
    if (stage == 3) {
      return ref.decide(new ReferralCommand.Waitlist(answer.plus(Duration.ofDays(30)), answer)).state();
    }
    if (stage == 4) {
      Referral accepted = ref.decide(new ReferralCommand.Accept(answer)).state();
      return r.nextBoolean() ? accepted : accepted.decide(new ReferralCommand.Start(answer)).state();
    }
    if (stage == 5) {
      return ref.decide(new ReferralCommand.Refuse(new Refusal.NoCapacity(), answer)).state();
    }
    int k = r.nextInt(domains.length);
    LifeDomain first = domains[k] == ref.domain() ? domains[(k + 1) % domains.length] : domains[k];
    Refusal refusal = r.nextInt(3) == 0 ? Refusal.PreconditionUnmet.first(first)
        : Refusal.PreconditionUnmet.solvedBy(first, AgencyId.of("agency-" + r.nextInt(agencies)));
    Referral refused = ref.decide(new ReferralCommand.Refuse(refusal, answer)).state();
    return r.nextInt(4) == 0 ? refused.decide(new ReferralCommand.AcknowledgeOutcome(ref.referrer(), answer)).state()
        : refused;
  }
}
