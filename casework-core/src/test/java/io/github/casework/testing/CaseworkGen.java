package io.github.casework.testing;

import io.github.casework.LifeDomain;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Need;
import io.github.casework.casefile.ParticipationRung;
import io.github.casework.casefile.UnmetReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.casefile.ZrmScore;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.Address;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.party.Bsn;
import io.github.casework.party.PersonalDetails;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded generators for every domain type, built only through the public factories and commands. Shared by the
 * tests of all modules (the core's test-jar).
 */
public final class CaseworkGen {
  private CaseworkGen() {}

  /** The earliest instant generated: 2026-01-05T08:00Z. */
  public static final Instant EPOCH = Instant.parse("2026-01-05T08:00:00Z");

  private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._:-";

  /** Valid id texts of 1 to 64 characters; mostly short. */
  public static Gen<String> idText() {
    return r -> {
      int len = r.nextInt(4) == 0 ? 1 + r.nextInt(64) : 1 + r.nextInt(12);
      StringBuilder sb = new StringBuilder(len);
      sb.append(ID_FIRST.charAt(r.nextInt(ID_FIRST.length())));
      for (int i = 1; i < len; i++) {
        sb.append(ID_REST.charAt(r.nextInt(ID_REST.length())));
      }
      return sb.toString();
    };
  }

  /** Id texts that break the id rule in one of several ways. */
  public static Gen<String> invalidIdText() {
    return r -> switch (r.nextInt(5)) {
      case 0 -> "";
      case 1 -> "a".repeat(65 + r.nextInt(100));
      case 2 -> "-" + idText().next(r);
      case 3 -> {
        String base = idText().next(r);
        String bad = " /\\@#$%&*()\u00e9\u0000\n\t'\"<>";
        int at = r.nextInt(base.length() + 1);
        String s = base.substring(0, at) + bad.charAt(r.nextInt(bad.length())) + base.substring(at);
        yield s.length() > 64 ? s.substring(0, 64) : s;
      }
      default -> "." + idText().next(r);
    };
  }

  public static Gen<CaseId> caseIds() {
    return idText().map(CaseId::of);
  }

  public static Gen<NeedId> needIds() {
    return r -> NeedId.of("need-" + r.nextInt(1000));
  }

  public static Gen<ClientId> clientIds() {
    return idText().map(ClientId::of);
  }

  public static Gen<AgencyId> agencyIds() {
    return r -> AgencyId.of("agency-" + r.nextInt(20));
  }

  public static Gen<ProfessionalId> professionalIds() {
    return r -> ProfessionalId.of("pro-" + r.nextInt(12));
  }

  /** Instants from {@link #EPOCH} to about two years later. */
  public static Gen<Instant> instants() {
    return r -> EPOCH.plusSeconds(r.nextLong(2L * 365 * 24 * 3600));
  }

  /** Valid BSNs: eight random digits and the check digit that makes the 11-proof hold. */
  public static Gen<Bsn> bsns() {
    return r -> {
      while (true) {
        int[] d = new int[9];
        int sum = 0;
        for (int i = 0; i < 8; i++) {
          d[i] = r.nextInt(10);
          sum += (9 - i) * d[i];
        }
        int check = sum % 11; // 9·d1+…+2·d8 − d9 ≡ 0 (mod 11)  ⇔  d9 ≡ sum (mod 11)
        if (check == 10) {
          continue;
        }
        d[8] = check;
        StringBuilder sb = new StringBuilder(9);
        for (int x : d) {
          sb.append(x);
        }
        if (sb.toString().equals("000000000")) {
          continue;
        }
        return Bsn.parse(sb.toString());
      }
    };
  }

  /** Any 9-digit string, valid or not. */
  public static Gen<String> nineDigits() {
    return r -> String.format("%09d", r.nextInt(1_000_000_000));
  }

  private static final String[] GIVEN = {"Maartje", "Karim", "Johanna", "Pieter", "Fatima", "Sven", "Ayşe", "Wim"};
  private static final String[] FAMILY = {"de Vries", "Bakker", "El Amrani", "Jansen", "Yılmaz", "van Dijk", "Visser"};

  /** Personal names with a random suffix, so that each is unlikely to occur by chance in other text. */
  public static Gen<String> names() {
    return r -> GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)] + "-"
        + Integer.toString(100_000 + r.nextInt(900_000), 36);
  }

  public static Gen<Address> addresses() {
    return r -> new Address("Straat" + Integer.toString(10_000 + r.nextInt(90_000), 36), "" + (1 + r.nextInt(300)),
        (1000 + r.nextInt(9000)) + "XY", "Amsterdam");
  }

  public static Gen<PersonalDetails> personalDetails() {
    return r -> new PersonalDetails(clientIds().next(r), names().next(r),
        Optional.of(LocalDate.of(1940, 1, 1).plusDays(r.nextInt(30_000))),
        Optional.of(addresses().next(r)), Optional.of(bsns().next(r)));
  }

  public static Gen<Agency> agencies() {
    return r -> {
      AgencyKind kind = Gen.oneOf(AgencyKind.values()).next(r);
      List<AgencyService> services = new ArrayList<>();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        services.add(AgencyService.of("service-" + i, "Service " + i,
            List.of(Gen.oneOf(LifeDomain.values()).next(r))));
      }
      return Agency.of(agencyIds().next(r), "Agency " + kind.code(), kind, services);
    };
  }

  public static Gen<Professional> professionals() {
    return r -> new Professional(professionalIds().next(r), agencyIds().next(r), Gen.oneOf(Role.values()).next(r));
  }

  public static Gen<Assessment> assessments(Instant at) {
    return r -> {
      Map<LifeDomain, ZrmScore> scores = new EnumMap<>(LifeDomain.class);
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        scores.put(Gen.oneOf(LifeDomain.values()).next(r), ZrmScore.of(1 + r.nextInt(5)));
      }
      Optional<ParticipationRung> rung =
          n == 0 || r.nextBoolean() ? Optional.of(ParticipationRung.of(1 + r.nextInt(6))) : Optional.empty();
      return Assessment.of(at, scores, rung);
    };
  }

  /** The opening event of a fresh case. */
  public static Gen<CaseEvent.Opened> caseOpenings() {
    return r -> (CaseEvent.Opened) Case.open(caseIds().next(r), clientIds().next(r), agencyIds().next(r),
        professionalIds().next(r), instants().next(r)).event();
  }

  /** A time at or after the case's last change (and once in a while before it, which must be rejected). */
  public static Instant nextTime(Case state, SplittableRandom r) {
    if (r.nextInt(20) == 0) {
      return state.lastChangedAt().minusSeconds(1 + r.nextInt(86_400));
    }
    return state.lastChangedAt().plus(Duration.ofMinutes(r.nextInt(14 * 24 * 60)));
  }

  /** A need of the case if it has any (open ones preferred), otherwise a fresh id. */
  public static NeedId someNeed(Case state, SplittableRandom r) {
    List<Need> needs = state.needs();
    if (needs.isEmpty() || r.nextInt(8) == 0) {
      return needIds().next(r);
    }
    List<Need> open = state.openNeeds();
    if (!open.isEmpty() && r.nextInt(4) != 0) {
      return open.get(r.nextInt(open.size())).id();
    }
    return needs.get(r.nextInt(needs.size())).id();
  }

  /** A disposition dated {@code at}; a handover names a random professional. */
  public static Disposition dispositions(Instant at, SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> new Disposition.Met(at);
      case 1 -> new Disposition.HandedOver(professionalIds().next(r), agencyIds().next(r), at);
      case 2 -> new Disposition.WithdrawnByClient(at);
      default -> new Disposition.Unmet(Gen.oneOf(UnmetReason.values()).next(r), "No " + names().next(r), at);
    };
  }

  /** A time at or after the case's last change, within two weeks. */
  public static Instant laterTime(Case state, SplittableRandom r) {
    return state.lastChangedAt().plus(Duration.ofMinutes(r.nextInt(14 * 24 * 60)));
  }

  /**
   * A command for the case, not of the referral kind: most of the time ({@code Choices.LEGAL_SHARE}) one that is legal
   * in this state (see {@link #legalCaseCommands}), otherwise one of {@link #anyCaseCommand}, which are often
   * invalid (unknown need, wrong status, time going back, closing with open needs). So sequences reach cases
   * with disposed needs and closed cases, and every rule is still tried.
   */
  public static CaseCommand caseCommands(Case state, SplittableRandom r) {
    if (Choices.legalTurn(r)) {
      Optional<CaseCommand> legal = legalCaseCommands(state, laterTime(state, r), r).pick(r);
      if (legal.isPresent()) {
        return legal.get();
      }
    }
    return anyCaseCommand(state, r);
  }

  /**
   * The commands (not of the referral kind) that the rules in {@link Case}'s Javadoc allow in this state at
   * {@code at}, weighted so that a case gets needs, becomes active, has its needs disposed and then closes: none
   * for a closed case. Closing is offered only once the case has needs and all are disposed, since a closed case
   * accepts nothing more.
   */
  static Choices<CaseCommand> legalCaseCommands(Case state, Instant at, SplittableRandom r) {
    Choices<CaseCommand> c = new Choices<>();
    if (state.status() == CaseStatus.CLOSED) {
      return c;
    }
    List<Need> open = state.openNeeds();
    List<Need> disposable = open.stream().filter(n -> n.openReferrals().isEmpty()).toList();
    List<Need> threatened = open.stream().filter(n -> state.urgentThreats().stream()
        .filter(t -> t.need().equals(n.id())).count() < UrgentThreat.values().length).toList();
    boolean closable = !state.needs().isEmpty() && open.isEmpty()
        && state.needs().stream().allMatch(n -> n.openReferrals().isEmpty());
    c.add(state.needs().size() < 2 ? 4 : 1, () -> new CaseCommand.RegisterNeed(freshNeed(state, r),
        Gen.oneOf(LifeDomain.values()).next(r), Gen.oneOf(Urgency.values()).next(r), professionalIds().next(r), at));
    c.addIf(state.status() == CaseStatus.INTAKE, 4, () -> new CaseCommand.Activate(at));
    c.addIf(state.status() == CaseStatus.ACTIVE, 1, () -> new CaseCommand.StartWaiting(at));
    c.addIf(state.status() == CaseStatus.WAITING, 3, () -> new CaseCommand.Resume(at));
    c.addIf(!open.isEmpty(), 1, () -> {
      Need n = open.get(r.nextInt(open.size()));
      return new CaseCommand.TransferAccountability(n.id(), otherProfessional(n.accountable(), r), at);
    });
    c.addIf(!disposable.isEmpty(), 3, () -> {
      Need n = disposable.get(r.nextInt(disposable.size()));
      Disposition d = dispositions(at, r);
      if (d instanceof Disposition.HandedOver h && h.to().equals(n.accountable())) {
        d = new Disposition.HandedOver(otherProfessional(n.accountable(), r), h.agency(), at);
      }
      return new CaseCommand.DisposeNeed(n.id(), d);
    });
    c.add(1, () -> new CaseCommand.RecordAssessment(assessments(at).next(r)));
    c.addIf(!threatened.isEmpty(), 1, () -> {
      Need n = threatened.get(r.nextInt(threatened.size()));
      List<UrgentThreat> fresh = new ArrayList<>(List.of(UrgentThreat.values()));
      state.urgentThreats().stream().filter(t -> t.need().equals(n.id())).forEach(t -> fresh.remove(t.threat()));
      return new CaseCommand.ReportUrgentThreat(n.id(), fresh.get(r.nextInt(fresh.size())), at);
    });
    c.addIf(state.firstConversationAt().isEmpty(), 1, () -> new CaseCommand.RecordFirstConversation(at));
    c.addIf(closable, 1, () -> new CaseCommand.Close(Gen.oneOf(ClosureReason.values()).next(r), at));
    return c;
  }

  /** A need id the case does not have yet. */
  static NeedId freshNeed(Case state, SplittableRandom r) {
    while (true) {
      NeedId id = needIds().next(r);
      if (state.findNeed(id).isEmpty()) {
        return id;
      }
    }
  }

  /** A professional of the pool other than {@code not}. */
  public static ProfessionalId otherProfessional(ProfessionalId not, SplittableRandom r) {
    while (true) {
      ProfessionalId p = professionalIds().next(r);
      if (!p.equals(not)) {
        return p;
      }
    }
  }

  /**
   * A command of any kind but the referral kind, with plausible content that is sometimes invalid (unknown need,
   * wrong status, time going back, closing with open needs), so that rejections are exercised.
   */
  public static CaseCommand anyCaseCommand(Case state, SplittableRandom r) {
    Instant at = nextTime(state, r);
    int pick = r.nextInt(100);
    if (pick < 25) {
      return new CaseCommand.RegisterNeed(r.nextInt(6) == 0 && !state.needs().isEmpty()
          ? state.needs().get(0).id() : needIds().next(r),
          Gen.oneOf(LifeDomain.values()).next(r), Gen.oneOf(Urgency.values()).next(r),
          professionalIds().next(r), at);
    } else if (pick < 35) {
      return new CaseCommand.Activate(at);
    } else if (pick < 42) {
      return new CaseCommand.StartWaiting(at);
    } else if (pick < 49) {
      return new CaseCommand.Resume(at);
    } else if (pick < 60) {
      return new CaseCommand.TransferAccountability(someNeed(state, r), professionalIds().next(r), at);
    } else if (pick < 80) {
      return new CaseCommand.DisposeNeed(someNeed(state, r), dispositions(at, r));
    } else if (pick < 84) {
      return new CaseCommand.RecordAssessment(assessments(at).next(r));
    } else if (pick < 88) {
      return new CaseCommand.ReportUrgentThreat(someNeed(state, r), Gen.oneOf(UrgentThreat.values()).next(r), at);
    } else if (pick < 91) {
      return new CaseCommand.RecordFirstConversation(at);
    }
    return new CaseCommand.Close(Gen.oneOf(ClosureReason.values()).next(r), at);
  }

  /** A case reached by a random sequence of commands from a fresh opening (rejected commands are skipped). */
  public static Gen<Case> cases() {
    return r -> {
      Case state = Case.start(caseOpenings().next(r));
      int steps = r.nextInt(30);
      for (int i = 0; i < steps; i++) {
        try {
          state = state.decide(caseCommands(state, r)).state();
        } catch (io.github.casework.CaseworkException rejected) {
          // skipped: the generator explores valid and invalid commands alike
        }
      }
      return state;
    };
  }
}
