package io.github.casework.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.testing.Rejections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Example tests of the referral network, starting with the seed's stories. */
class ReferralNetworkTest {
  static final Instant MONDAY = Instant.parse("2026-09-07T09:00:00Z");
  static final DataSharingBasis BASIS = new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wmo 2015 art. 5.1.1");

  static final ClientId CLIENT = ClientId.of("client-a");
  static final AgencyId WELFARE = AgencyId.of("welfare-west");
  static final AgencyId CLINIC = AgencyId.of("kliniek-detox");
  static final ProfessionalId COLLEAGUE = ProfessionalId.of("sw-colleague");
  static final ProfessionalId CLINIC_DOCTOR = ProfessionalId.of("kliniek-arts");

  static Instant day(int n) {
    return MONDAY.plus(Duration.ofDays(n));
  }

  /** A referral sent on day {@code sent} and answered on day {@code answered}. */
  static Referral sent(String id, ClientId client, AgencyId from, AgencyId to, LifeDomain domain, int sent) {
    Referral r = Referral.draft(ReferralId.of(id), client, CaseId.of("case-" + from.value()),
        NeedId.of("need-" + domain.code()), domain, from, ProfessionalId.of("pro-" + from.value()), to, "service",
        day(sent)).state();
    return Fixtures.apply(r, new ReferralCommand.RecordBasis(BASIS, day(sent)),
        new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(28)), day(sent)));
  }

  static Referral refused(String id, ClientId client, AgencyId from, AgencyId to, LifeDomain domain, int day,
      Refusal why) {
    return Fixtures.apply(sent(id, client, from, to, domain, day), new ReferralCommand.Refuse(why, day(day + 1)));
  }

  static Case openCase(String id, AgencyId agency, ProfessionalId owner, LifeDomain domain, Instant at) {
    return Case.open(CaseId.of(id), CLIENT, agency, owner, at).state()
        .decide(new CaseCommand.RegisterNeed(NeedId.of("need-" + domain.code()), domain, Urgency.URGENT, owner, at))
        .state().decide(new CaseCommand.Activate(at)).state();
  }

  /**
   * The seed: a colleague refers her alcoholic client to the clinic to detox first, as a precondition for social
   * support; the clinic refers him back, to tackle the social problems first; and so back and forth, until he
   * died of cirrhosis. Both cases are modelled, and both referrals go through the closed loop.
   */
  @Test
  void theAlcoholicClientSentBetweenClinicAndSocialWorkIsADeadlockNamingBoth() {
    Case welfareCase = openCase("case-welfare", WELFARE, COLLEAGUE, LifeDomain.SUBSTANCE_USE, MONDAY);
    Case clinicCase = openCase("case-clinic", CLINIC, CLINIC_DOCTOR, LifeDomain.SOCIAL_NETWORK, MONDAY);
    List<Referral> referrals = new ArrayList<>();
    int round = 0;
    for (int d = 0; d < 3 * 14; d += 14) {
      round++;
      // Social work sends him to detox; the clinic wants the social problems solved first, by social work.
      ReferralLoop toClinic = ReferralLoop.draft(welfareCase, NeedId.of("need-substance-use"),
          ReferralId.of("detox-" + round), COLLEAGUE, CLINIC, "detox", day(d)).loop();
      toClinic = run(toClinic, new ReferralCommand.RecordBasis(BASIS, day(d)),
          new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(28)), day(d)),
          new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(LifeDomain.SOCIAL_NETWORK, WELFARE),
              day(d + 2)));
      // The referral is refused, but it is not over for social work: the case cannot close yet.
      Case stillOpen = toClinic.caseFile();
      Instant later = day(d + 3);
      assertThatThrownBy(() -> stillOpen.decide(new CaseCommand.Close(ClosureReason.CLIENT_WITHDREW, later)))
          .extracting(Rejections::code).isEqualTo(CaseCodes.REFERRAL_OPEN);
      toClinic = run(toClinic, new ReferralCommand.AcknowledgeOutcome(COLLEAGUE, day(d + 3)));
      welfareCase = toClinic.caseFile();
      assertThat(welfareCase.findNeed(NeedId.of("need-substance-use")).orElseThrow().accountable())
          .as("referring did not end her responsibility").isEqualTo(COLLEAGUE);
      referrals.add(toClinic.referral());

      // The clinic sends him back for social support; social work wants detox first, at the clinic.
      ReferralLoop toWelfare = ReferralLoop.draft(clinicCase, NeedId.of("need-social-network"),
          ReferralId.of("support-" + round), CLINIC_DOCTOR, WELFARE, "social-support", day(d + 4)).loop();
      toWelfare = run(toWelfare, new ReferralCommand.RecordBasis(BASIS, day(d + 4)),
          new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(28)),
              day(d + 4)),
          new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(LifeDomain.SUBSTANCE_USE, CLINIC),
              day(d + 5)),
          new ReferralCommand.AcknowledgeOutcome(CLINIC_DOCTOR, day(d + 6)));
      clinicCase = toWelfare.caseFile();
      referrals.add(toWelfare.referral());

      if (round == 1) {
        // One round is enough for the network to see the deadlock, and to name both agencies in order.
        List<NetworkFinding.PreconditionDeadlock> deadlocks = ReferralNetwork.of(referrals).deadlocks();
        assertThat(deadlocks).hasSize(1);
        NetworkFinding.PreconditionDeadlock deadlock = deadlocks.get(0);
        assertThat(deadlock.client()).isEqualTo(CLIENT);
        assertThat(deadlock.agencies()).containsExactly(CLINIC, WELFARE);
        assertThat(deadlock.cycle()).containsExactly(
            new NetworkFinding.PreconditionDeadlock.Blocked(CLINIC, LifeDomain.SUBSTANCE_USE,
                ReferralId.of("detox-1"), LifeDomain.SOCIAL_NETWORK),
            new NetworkFinding.PreconditionDeadlock.Blocked(WELFARE, LifeDomain.SOCIAL_NETWORK,
                ReferralId.of("support-1"), LifeDomain.SUBSTANCE_USE));
        assertThat(deadlock.explanation()).isEqualTo("Client client-a is stuck in a cycle of 2 preconditions: "
            + "kliniek-detox refuses substance-use (referral detox-1) until social-network is solved; "
            + "welfare-west refuses social-network (referral support-1) until substance-use is solved; "
            + "and so back to kliniek-detox.");
        assertThat(ReferralNetwork.of(referrals).pingPongs()).isEmpty();
      }
    }
    ReferralNetwork network = ReferralNetwork.of(referrals);
    // Still one deadlock, now held by the latest refusals, and after three rounds both needs are ping-pong.
    assertThat(network.deadlocks()).singleElement().satisfies(d -> assertThat(d.cycle())
        .extracting(NetworkFinding.PreconditionDeadlock.Blocked::referral)
        .containsExactly(ReferralId.of("detox-3"), ReferralId.of("support-3")));
    assertThat(network.pingPongs()).extracting(NetworkFinding.PingPong::domain, NetworkFinding.PingPong::returns)
        .containsExactly(tuple(LifeDomain.SUBSTANCE_USE, 2),
            tuple(LifeDomain.SOCIAL_NETWORK, 2));
    assertThat(network.pingPongs().get(0).referrals()).extracting(ReferralId::value)
        .containsExactly("detox-1", "detox-2", "detox-3");
  }

  static ReferralLoop run(ReferralLoop loop, ReferralCommand... commands) {
    for (ReferralCommand c : commands) {
      loop = loop.decide(c).loop();
    }
    return loop;
  }

  /**
   * No address, no benefit; no benefit, no debt arrangement; no debt arrangement, no house. Three agencies in
   * a ring, each waiting for the next.
   */
  @Test
  void threeAgenciesInARingAreOneDeadlockNamedInWaitingOrder() {
    AgencyId housing = AgencyId.of("dienst-wonen");
    AgencyId debts = AgencyId.of("schuldhulp");
    AgencyId income = AgencyId.of("dwi");
    List<Referral> ring = List.of(
        refused("r-income", CLIENT, WELFARE, income, LifeDomain.WORK_AND_EDUCATION, 0,
            Refusal.PreconditionUnmet.solvedBy(LifeDomain.HOUSING, housing)),
        refused("r-housing", CLIENT, WELFARE, housing, LifeDomain.HOUSING, 1,
            Refusal.PreconditionUnmet.solvedBy(LifeDomain.FINANCES, debts)),
        refused("r-debts", CLIENT, WELFARE, debts, LifeDomain.FINANCES, 2,
            Refusal.PreconditionUnmet.solvedBy(LifeDomain.WORK_AND_EDUCATION, income)));
    List<NetworkFinding.PreconditionDeadlock> found = ReferralNetwork.of(ring).deadlocks();
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.agencies()).containsExactly(housing, debts, income);
      assertThat(d.cycle()).extracting(NetworkFinding.PreconditionDeadlock.Blocked::domain)
          .containsExactly(LifeDomain.HOUSING, LifeDomain.FINANCES, LifeDomain.WORK_AND_EDUCATION);
      assertThat(d.explanation()).contains("cycle of 3 preconditions").endsWith("and so back to dienst-wonen.");
    });
    // Break one link and the ring is gone: the debt service now helps.
    List<Referral> broken = new ArrayList<>(ring);
    broken.add(Fixtures.apply(sent("r-debts-2", CLIENT, WELFARE, debts, LifeDomain.FINANCES, 9),
        new ReferralCommand.Accept(day(10))));
    assertThat(ReferralNetwork.of(broken).deadlocks()).isEmpty();
  }

  @Test
  void aPreconditionWithoutANamedAgencyWaitsForTheAgencyThatAnsweredLastInThatDomain() {
    List<Referral> refs = List.of(
        refused("a", CLIENT, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 0,
            Refusal.PreconditionUnmet.first(LifeDomain.HOUSING)),
        refused("b", CLIENT, CLINIC, AgencyId.of("hvo-shelter"), LifeDomain.HOUSING, 1,
            Refusal.PreconditionUnmet.first(LifeDomain.SUBSTANCE_USE)));
    assertThat(ReferralNetwork.of(refs).deadlocks()).singleElement()
        .satisfies(d -> assertThat(d.agencies()).containsExactly(AgencyId.of("hvo-shelter"), CLINIC));
    // With nobody asked about housing yet, there is nobody to wait for and no cycle.
    assertThat(ReferralNetwork.of(refs.subList(0, 1)).deadlocks()).isEmpty();
  }

  @Test
  void inBulkEachClientHasItsOwnNetwork() {
    ClientId other = ClientId.of("client-b");
    List<Referral> refs = List.of(
        refused("a", CLIENT, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 0,
            Refusal.PreconditionUnmet.solvedBy(LifeDomain.SOCIAL_NETWORK, WELFARE)),
        refused("b", other, CLINIC, WELFARE, LifeDomain.SOCIAL_NETWORK, 0,
            Refusal.PreconditionUnmet.solvedBy(LifeDomain.SUBSTANCE_USE, CLINIC)));
    assertThat(ReferralNetwork.of(refs).deadlocks()).as("two half-cycles of different clients").isEmpty();
    List<Referral> both = new ArrayList<>(refs);
    both.add(refused("c", other, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 3,
        Refusal.PreconditionUnmet.solvedBy(LifeDomain.SOCIAL_NETWORK, WELFARE)));
    assertThat(ReferralNetwork.of(both).deadlocks()).extracting(NetworkFinding::client).containsExactly(other);
  }

  @Test
  void pingPongCountsReturnsBetweenTheSameTwoAgencies() {
    List<Referral> refs = new ArrayList<>(List.of(
        refused("p1", CLIENT, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 0, new Refusal.NoCapacity()),
        refused("p2", CLIENT, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 5, new Refusal.NoCapacity())));
    ReferralNetwork two = ReferralNetwork.of(refs);
    assertThat(two.pingPongs()).isEmpty();
    assertThat(two.pingPongs(1)).singleElement().satisfies(p -> {
      assertThat(p.returns()).isEqualTo(1);
      assertThat(p.first()).isEqualTo(CLINIC);
      assertThat(p.second()).isEqualTo(WELFARE);
      assertThat(p.explanation()).contains("2 times (1 returns): p1, p2");
    });
    // A draft and a withdrawn referral did not bounce; a referral back the other way did.
    refs.add(Referral.draft(ReferralId.of("p3"), CLIENT, CaseId.of("c"), NeedId.of("n"), LifeDomain.SUBSTANCE_USE,
        WELFARE, COLLEAGUE, CLINIC, "detox", day(9)).state());
    refs.add(Fixtures.apply(sent("p4", CLIENT, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 9),
        new ReferralCommand.Cancel(COLLEAGUE, day(9))));
    assertThat(ReferralNetwork.of(refs).pingPongs()).isEmpty();
    refs.add(sent("p5", CLIENT, CLINIC, WELFARE, LifeDomain.SUBSTANCE_USE, 11));
    assertThat(ReferralNetwork.of(refs).pingPongs()).singleElement()
        .satisfies(p -> assertThat(p.referrals()).extracting(ReferralId::value).containsExactly("p1", "p2", "p5"));
    // Another domain or another pair of agencies is another need or another route.
    refs.add(sent("p6", CLIENT, WELFARE, CLINIC, LifeDomain.MENTAL_HEALTH, 12));
    refs.add(sent("p7", CLIENT, WELFARE, AgencyId.of("ggz"), LifeDomain.SUBSTANCE_USE, 12));
    assertThat(ReferralNetwork.of(refs).pingPongs()).hasSize(1);
    assertThatThrownBy(() -> ReferralNetwork.of(refs).pingPongs(0))
        .extracting(Rejections::code).isEqualTo("referral-network.threshold");
  }

  @Test
  void staleReferralsAreThoseWithoutResponseOrOutcomeInTime() {
    Referral unanswered = sent("s1", CLIENT, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 0);
    Referral accepted = Fixtures.apply(sent("s2", CLIENT, WELFARE, CLINIC, LifeDomain.HOUSING, 0),
        new ReferralCommand.Accept(day(1)));
    Referral waiting = Fixtures.apply(sent("s3", CLIENT, WELFARE, AgencyId.of("schuldhulp"), LifeDomain.FINANCES, 0),
        new ReferralCommand.Waitlist(day(10), day(1)));
    Referral done = Fixtures.apply(refused("s4", CLIENT, WELFARE, CLINIC, LifeDomain.FINANCES, 0,
        new Refusal.ClientUnreachable()));
    ReferralNetwork network = ReferralNetwork.of(List.of(unanswered, accepted, waiting, done));
    assertThat(network.staleReferrals(day(3))).as("due exactly now is not overdue").isEmpty();
    assertThat(network.staleReferrals(day(3).plusSeconds(1))).singleElement().satisfies(s -> {
      assertThat(s.referral()).isEqualTo(ReferralId.of("s1"));
      assertThat(s.kind()).isEqualTo(NetworkFinding.StaleReferral.Kind.NO_RESPONSE);
      assertThat(s.due()).isEqualTo(day(3));
      assertThat(s.overdue()).isEqualTo(Duration.ofSeconds(1));
      assertThat(s.to()).isEqualTo(CLINIC);
    });
    assertThat(network.staleReferrals(day(29))).extracting(NetworkFinding.StaleReferral::kind).containsExactly(
        NetworkFinding.StaleReferral.Kind.NO_RESPONSE, NetworkFinding.StaleReferral.Kind.NO_OUTCOME,
        NetworkFinding.StaleReferral.Kind.WAITLIST_OVERDUE);
  }

  @Test
  void allFindingsTogether() {
    List<Referral> refs = List.of(
        refused("a", CLIENT, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 0,
            Refusal.PreconditionUnmet.solvedBy(LifeDomain.SOCIAL_NETWORK, WELFARE)),
        refused("b", CLIENT, CLINIC, WELFARE, LifeDomain.SOCIAL_NETWORK, 0,
            Refusal.PreconditionUnmet.solvedBy(LifeDomain.SUBSTANCE_USE, CLINIC)),
        sent("c", CLIENT, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 2),
        sent("d", CLIENT, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 3));
    List<NetworkFinding> all = ReferralNetwork.of(refs).findings(day(30));
    assertThat(all).extracting(NetworkFinding::type).containsExactly("referral-network.ping-pong",
        "referral-network.precondition-deadlock", "referral-network.stale-referral",
        "referral-network.stale-referral");
  }

  @Test
  void findingsAndNetworksValidateTheirParts() {
    Referral one = sent("x", CLIENT, WELFARE, CLINIC, LifeDomain.HOUSING, 0);
    assertThatThrownBy(() -> ReferralNetwork.of(List.of(one, one)))
        .extracting(Rejections::code).isEqualTo("referral-network.duplicate");
    assertThatThrownBy(() -> new NetworkFinding.PingPong(CLIENT, LifeDomain.HOUSING, WELFARE, CLINIC, 2,
        ImmutableList.of(ReferralId.of("a"), ReferralId.of("b")))).extracting(Rejections::code)
        .isEqualTo("ping-pong.returns");
    NetworkFinding.PreconditionDeadlock.Blocked a = new NetworkFinding.PreconditionDeadlock.Blocked(CLINIC,
        LifeDomain.SUBSTANCE_USE, ReferralId.of("a"), LifeDomain.HOUSING);
    assertThatThrownBy(() -> new NetworkFinding.PreconditionDeadlock(CLIENT, ImmutableList.of(a)))
        .extracting(Rejections::code).isEqualTo("deadlock.too-short");
    assertThatThrownBy(() -> new NetworkFinding.PreconditionDeadlock(CLIENT, ImmutableList.of(a, a)))
        .extracting(Rejections::code).isEqualTo("deadlock.broken-cycle");
    assertThatThrownBy(() -> new NetworkFinding.StaleReferral(CLIENT, ReferralId.of("a"), CLINIC,
        NetworkFinding.StaleReferral.Kind.NO_RESPONSE, MONDAY, Duration.ZERO)).extracting(Rejections::code)
        .isEqualTo("stale.not-overdue");
    assertThat(ReferralNetwork.of(List.of(one)).referrals()).containsExactly(one);
    assertThat(ReferralNetwork.of(List.of(one)).toString()).isEqualTo("ReferralNetwork[referrals=1]");
    assertThat(NetworkFinding.StaleReferral.Kind.WAITLIST_OVERDUE.code()).isEqualTo("waitlist-overdue");
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Instant.class, MONDAY)
        .setDefault(ClientId.class, CLIENT)
        .setDefault(AgencyId.class, CLINIC)
        .setDefault(LifeDomain.class, LifeDomain.HOUSING)
        .setDefault(ReferralId.class, ReferralId.of("a"))
        .setDefault(Optional.class, Optional.empty())
        .setDefault(Duration.class, Duration.ofSeconds(1));
    tester.testAllPublicStaticMethods(ReferralNetwork.class);
    tester.testAllPublicInstanceMethods(ReferralNetwork.of(List.of()));
    tester.testAllPublicConstructors(NetworkFinding.StaleReferral.class);
    tester.testAllPublicConstructors(NetworkFinding.PreconditionDeadlock.Blocked.class);
  }
}
