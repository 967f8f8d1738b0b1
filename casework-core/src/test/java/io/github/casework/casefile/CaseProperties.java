package io.github.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.CaseworkException;
import io.github.casework.ExpectedVersion;
import io.github.casework.VersionConflictException;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.Rejections;
import io.github.casework.testing.StatefulProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Stateful properties of the case aggregate over random valid and invalid command sequences. The oracle
 * {@link #expectedRejection} is public so that properties of other aggregates that cross into a case (referrals)
 * predict the case's side with it.
 */
public class CaseProperties {

  /** The aggregate with the history that produced it. */
  record Tracked(Case state, List<CaseEvent> history) {}

  /** A command with the version it expects. */
  public record Step(CaseCommand command, ExpectedVersion expected) {}

  /**
   * The rule the test expects to reject a step, computed independently of {@link Case}, in the documented
   * order: version, closed, time order, then the command's own rule.
   */
  public static Optional<String> expectedRejection(Case s, Step step) {
    if (!step.expected().matches(s.version())) {
      return Optional.of(VersionConflictException.CODE);
    }
    CaseCommand c = step.command();
    if (s.status() == CaseStatus.CLOSED) {
      return Optional.of(CaseCodes.CLOSED);
    }
    if (c.at().isBefore(s.lastChangedAt())) {
      return Optional.of(CaseCodes.OUT_OF_ORDER);
    }
    if (c instanceof CaseCommand.RegisterNeed r) {
      return s.findNeed(r.need()).isPresent() ? Optional.of(CaseCodes.NEED_DUPLICATE) : Optional.empty();
    } else if (c instanceof CaseCommand.Activate) {
      return s.status() == CaseStatus.INTAKE ? Optional.empty() : Optional.of(CaseCodes.ILLEGAL_TRANSITION);
    } else if (c instanceof CaseCommand.StartWaiting) {
      return s.status() == CaseStatus.ACTIVE ? Optional.empty() : Optional.of(CaseCodes.ILLEGAL_TRANSITION);
    } else if (c instanceof CaseCommand.Resume) {
      return s.status() == CaseStatus.WAITING ? Optional.empty() : Optional.of(CaseCodes.ILLEGAL_TRANSITION);
    } else if (c instanceof CaseCommand.TransferAccountability t) {
      return needRule(s, t.need()).or(() -> s.findNeed(t.need()).get().accountable().equals(t.to())
          ? Optional.of(CaseCodes.SAME_PROFESSIONAL) : Optional.empty());
    } else if (c instanceof CaseCommand.DisposeNeed d) {
      return needRule(s, d.need())
          .or(() -> s.findNeed(d.need()).get().openReferrals().isEmpty()
              ? Optional.empty() : Optional.of(CaseCodes.REFERRAL_OPEN))
          .or(() -> d.disposition() instanceof Disposition.HandedOver h
              && s.findNeed(d.need()).get().accountable().equals(h.to())
              ? Optional.of(CaseCodes.SAME_PROFESSIONAL) : Optional.empty());
    } else if (c instanceof CaseCommand.RecordAssessment) {
      return Optional.empty();
    } else if (c instanceof CaseCommand.Close) {
      if (s.needs().stream().anyMatch(n -> !n.openReferrals().isEmpty())) {
        return Optional.of(CaseCodes.REFERRAL_OPEN);
      }
      return s.needs().stream().anyMatch(n -> n.disposition().isEmpty())
          ? Optional.of(CaseCodes.NEED_STILL_OPEN) : Optional.empty();
    } else if (c instanceof CaseCommand.ReferNeed r) {
      return needRule(s, r.need())
          .or(() -> s.needs().stream().anyMatch(n -> n.openReferrals().contains(r.referral()))
              ? Optional.of(CaseCodes.REFERRAL_DUPLICATE) : Optional.empty())
          .or(() -> s.findNeed(r.need()).get().accountable().equals(r.referrer())
              ? Optional.empty() : Optional.of(CaseCodes.ACCOUNTABLE_MISMATCH));
    } else if (c instanceof CaseCommand.CloseReferralLoop l) {
      Optional<Need> need = s.findNeed(l.need());
      if (need.isEmpty()) {
        return Optional.of(CaseCodes.NEED_UNKNOWN);
      }
      if (!need.get().openReferrals().contains(l.referral())) {
        return Optional.of(CaseCodes.REFERRAL_UNKNOWN);
      }
      return need.get().accountable().equals(l.by()) ? Optional.empty() : Optional.of(CaseCodes.ACCOUNTABLE_MISMATCH);
    } else if (c instanceof CaseCommand.HandOverNeed h) {
      return needRule(s, h.need()).or(() -> {
        Need need = s.findNeed(h.need()).get();
        if (!need.openReferrals().contains(h.referral())) {
          return Optional.of(CaseCodes.REFERRAL_UNKNOWN);
        }
        if (need.openReferrals().size() > 1) {
          return Optional.of(CaseCodes.REFERRAL_OPEN);
        }
        return need.accountable().equals(h.to()) ? Optional.of(CaseCodes.SAME_PROFESSIONAL) : Optional.empty();
      });
    } else if (c instanceof CaseCommand.ReportUrgentThreat t) {
      return needRule(s, t.need()).or(() -> s.urgentThreats().stream()
          .anyMatch(x -> x.need().equals(t.need()) && x.threat() == t.threat())
          ? Optional.of(CaseCodes.THREAT_DUPLICATE) : Optional.empty());
    } else if (c instanceof CaseCommand.RecordFirstConversation) {
      return s.firstConversationAt().isPresent()
          ? Optional.of(CaseCodes.FIRST_CONVERSATION_DUPLICATE) : Optional.empty();
    }
    throw new AssertionError(c);
  }

  private static Optional<String> needRule(Case s, NeedId id) {
    Optional<Need> need = s.findNeed(id);
    if (need.isEmpty()) {
      return Optional.of(CaseCodes.NEED_UNKNOWN);
    }
    return need.get().disposition().isPresent() ? Optional.of(CaseCodes.NEED_NOT_OPEN) : Optional.empty();
  }

  static final StatefulProperty.Model<Tracked, Step> MODEL = new StatefulProperty.Model<>() {
    @Override
    public Tracked initial(SplittableRandom random) {
      CaseEvent.Opened opened = CaseworkGen.caseOpenings().next(random);
      return new Tracked(Case.start(opened), List.of(opened));
    }

    @Override
    public String kind(Step step) {
      return step.command().getClass().getSimpleName();
    }

    @Override
    public Step nextCommand(Tracked t, SplittableRandom random) {
      CaseCommand command = ReferralGen.caseCommands(t.state(), random);
      ExpectedVersion expected = expectedVersion(t.state().version(), random);
      return new Step(command, expected);
    }

    @Override
    public Tracked apply(Tracked t, Step step) {
      Optional<String> predicted = expectedRejection(t.state(), step);
      io.github.casework.Decision<Case, CaseEvent> d;
      try {
        d = t.state().decide(step.command(), step.expected());
      } catch (CaseworkException e) {
        assertThat(predicted).as("rejection of %s", step).contains(e.code());
        throw e;
      }
      assertThat(predicted).as("acceptance of %s", step).isEmpty();
      // The events of a decision, applied to the old state, give the new state.
      Case folded = t.state();
      for (CaseEvent e : d.events()) {
        folded = folded.evolve(e);
      }
      assertThat(folded).isEqualTo(d.state());
      assertThat(d.state().version()).isEqualTo(t.state().version() + d.events().size());
      // Accountability never changes silently: only a transfer or a handover of that need changes it.
      for (Need before : t.state().needs()) {
        Need after = d.state().findNeed(before.id()).orElseThrow();
        if (!after.accountable().equals(before.accountable())) {
          assertThat(d.events()).anySatisfy(e -> assertThat(
              (e instanceof CaseEvent.AccountabilityTransferred a && a.need().equals(before.id()))
                  || (e instanceof CaseEvent.NeedHandedOver h && h.need().equals(before.id()))
                  || (e instanceof CaseEvent.NeedDisposed n && n.need().equals(before.id())
                      && n.disposition() instanceof Disposition.HandedOver)).isTrue());
        }
      }
      List<CaseEvent> history = new ArrayList<>(t.history());
      history.addAll(d.events());
      return new Tracked(d.state(), history);
    }

    @Override
    public void checkInvariants(Tracked t) {
      Case c = t.state();
      assertThat(Case.replay(t.history())).as("replay equals state").isEqualTo(c);
      assertThat(c.version()).isEqualTo(t.history().size());
      // Each need's accountable professional is the one the explicit events about it named last.
      Map<NeedId, ProfessionalId> named = new HashMap<>();
      for (CaseEvent e : t.history()) {
        if (e instanceof CaseEvent.NeedRegistered r) {
          named.put(r.need(), r.accountable());
        } else if (e instanceof CaseEvent.AccountabilityTransferred a) {
          named.put(a.need(), a.to());
        } else if (e instanceof CaseEvent.NeedHandedOver h) {
          named.put(h.need(), h.to());
        } else if (e instanceof CaseEvent.NeedDisposed d && d.disposition() instanceof Disposition.HandedOver h) {
          named.put(d.need(), h.to());
        }
      }
      for (Need n : c.needs()) {
        assertThat(n.accountable()).as("need %s has the professional last named for it", n.id())
            .isEqualTo(named.get(n.id()));
        if (!n.isOpen()) {
          assertThat(n.openReferrals()).as("a need with a disposition has no open referral").isEmpty();
        }
      }
      if (c.status() == CaseStatus.CLOSED) {
        assertThat(c.openNeeds()).as("a closed case has no open needs").isEmpty();
        assertThat(c.closure()).isPresent();
      } else {
        assertThat(c.closure()).isEmpty();
      }
      for (int i = 1; i < t.history().size(); i++) {
        assertThat(t.history().get(i).at()).isAfterOrEqualTo(t.history().get(i - 1).at());
      }
    }

    @Override
    public void checkRejected(Tracked before, Step step, CaseworkException rejection) {
      Rejections.rejectedAgainAfterReplay(Case.TYPE, before.history(), step.command(), step.expected(), rejection);
    }

    @Override
    public List<String> labels(Tracked t) {
      Case c = t.state();
      List<String> labels = new ArrayList<>(List.of("case " + c.status().code()));
      if (c.needs().stream().anyMatch(n -> !n.openReferrals().isEmpty())) {
        labels.add("need referred");
      }
      if (c.needs().stream().anyMatch(n -> n.disposition().orElse(null) instanceof Disposition.HandedOver)) {
        labels.add("need handed over");
      }
      return labels;
    }
  };

  /**
   * The version a step expects: mostly any, sometimes the actual one, and one time in twenty a wrong one (a stale
   * reader, or "none" for an aggregate that exists), so that conflicts are tried without drowning the sequence.
   */
  public static ExpectedVersion expectedVersion(long actual, SplittableRandom random) {
    return switch (random.nextInt(20)) {
      case 0, 1, 2, 3 -> ExpectedVersion.exactly(actual);
      case 4 -> random.nextBoolean() ? ExpectedVersion.exactly(actual + 1 + random.nextInt(3))
          : ExpectedVersion.none();
      default -> ExpectedVersion.any();
    };
  }

  @Test
  void randomCommandSequencesKeepEveryInvariant() {
    // Floors (see Reach): the tier at or below three quarters of the share of tries that reached each label over
    // two runs of 20,000 tries. Not gated: case.threat-duplicate, reached in under 1% of tries.
    StatefulProperty.run("case.commands", 40, MODEL)
        .requireReached(0.5, "case active", "RegisterNeed accepted", "DisposeNeed accepted")
        .requireReached(0.3, "case waiting", "need referred", "need handed over", "ReferNeed accepted",
            "TransferAccountability accepted", VersionConflictException.CODE)
        .requireReached(0.15, "case closed", "CloseReferralLoop accepted", "HandOverNeed accepted", CaseCodes.CLOSED,
            CaseCodes.ILLEGAL_TRANSITION, CaseCodes.NEED_UNKNOWN, CaseCodes.REFERRAL_UNKNOWN)
        .requireReached(0.05, CaseCodes.NEED_DUPLICATE, CaseCodes.NEED_NOT_OPEN, CaseCodes.NEED_STILL_OPEN,
            CaseCodes.OUT_OF_ORDER, CaseCodes.REFERRAL_OPEN)
        .requireReached(0.03, CaseCodes.REFERRAL_DUPLICATE)
        .requireReached(0.015, CaseCodes.ACCOUNTABLE_MISMATCH, CaseCodes.FIRST_CONVERSATION_DUPLICATE,
            CaseCodes.SAME_PROFESSIONAL);
  }
}
