package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ReferralId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The facts of a ping-pong and of a deadlock are checked where they are made: the smallest valid ones are
 * accepted, and each broken rule is refused with the facts code.
 */
class FactsValidityTest {
  private static final ClientId CLIENT = ClientId.of("client-1");
  private static final AgencyRef A = new AgencyRef(AgencyId.of("a"), Optional.of("A"));
  private static final AgencyRef B = AgencyRef.unlisted(AgencyId.of("b"));
  private static final AgencyId ELSEWHERE = AgencyId.of("c");
  private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

  private static Facts.PingPong.HandOff handOff(String id, AgencyId from, AgencyId to, int day) {
    return new Facts.PingPong.HandOff(ReferralId.of(id), from, to, T.plusSeconds(day * 86_400L));
  }

  private static Facts.PingPong pingPong(int returns, Facts.PingPong.HandOff... handOffs) {
    return new Facts.PingPong(CLIENT, LifeDomain.FINANCES, A, B, returns, ImmutableList.copyOf(handOffs));
  }

  private static void refused(Executable make, String field) {
    assertThatThrownBy(make::execute).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.code()).isEqualTo(CheckCodes.FINDING_FACTS_INVALID);
      assertThat(e.field()).isEqualTo(field);
    });
  }

  @Test
  void aPingPongOfOneReturnIsTwoHandOffsBetweenTheTwoAgenciesInTimeOrder() {
    Facts.PingPong smallest = pingPong(1, handOff("r1", A.id(), B.id(), 0), handOff("r2", B.id(), A.id(), 1));
    assertThat(smallest.returns()).isOne();
    // Two hand-offs sent at the same instant are in order.
    assertThat(pingPong(1, handOff("r1", A.id(), B.id(), 0), handOff("r2", B.id(), A.id(), 0)).handOffs())
        .hasSize(2);

    refused(() -> pingPong(0, handOff("r1", A.id(), B.id(), 0)), "PingPong.returns");
    refused(() -> pingPong(1, handOff("r1", A.id(), B.id(), 0)), "PingPong.returns");
    refused(() -> pingPong(1, handOff("r1", A.id(), B.id(), 0), handOff("r2", B.id(), ELSEWHERE, 1)),
        "PingPong.handOffs");
    refused(() -> pingPong(1, handOff("r1", ELSEWHERE, B.id(), 0), handOff("r2", B.id(), A.id(), 1)),
        "PingPong.handOffs");
    refused(() -> pingPong(1, handOff("r1", A.id(), B.id(), 1), handOff("r2", B.id(), A.id(), 0)),
        "PingPong.handOffs");
  }

  @Test
  void aDeadlockIsAClosedCycleOfAtLeastTwoWaits() {
    Facts.Deadlock.Wait clinic = new Facts.Deadlock.Wait(A, LifeDomain.SUBSTANCE_USE, ReferralId.of("r1"),
        LifeDomain.HOUSING);
    Facts.Deadlock.Wait housing = new Facts.Deadlock.Wait(B, LifeDomain.HOUSING, ReferralId.of("r2"),
        LifeDomain.SUBSTANCE_USE);
    assertThat(new Facts.Deadlock(CLIENT, ImmutableList.of(clinic, housing)).cycle()).hasSize(2);

    refused(() -> new Facts.Deadlock(CLIENT, ImmutableList.of(clinic)), "Deadlock.cycle");
    Facts.Deadlock.Wait debt = new Facts.Deadlock.Wait(B, LifeDomain.FINANCES, ReferralId.of("r2"),
        LifeDomain.SUBSTANCE_USE);
    // The clinic waits for housing, but the next one refuses finances.
    refused(() -> new Facts.Deadlock(CLIENT, ImmutableList.of(clinic, debt)), "Deadlock.cycle");
    // Three waits that close only if the last one's wait is for what the first refuses.
    Facts.Deadlock.Wait third = new Facts.Deadlock.Wait(AgencyRef.unlisted(ELSEWHERE), LifeDomain.SUBSTANCE_USE,
        ReferralId.of("r3"), LifeDomain.FINANCES);
    refused(() -> new Facts.Deadlock(CLIENT, ImmutableList.of(clinic, housing, third)), "Deadlock.cycle");
  }

  @Test
  void agencyReferencesOrderByIdThenUnnamedFirst() {
    AgencyRef named = new AgencyRef(AgencyId.of("a"), Optional.of("Zeta"));
    AgencyRef unnamed = AgencyRef.unlisted(AgencyId.of("a"));
    assertThat(unnamed.compareTo(named)).isNegative();
    assertThat(named.compareTo(unnamed)).isPositive();
    assertThat(named.compareTo(new AgencyRef(AgencyId.of("a"), Optional.of("Zeta")))).isZero();
    assertThat(new AgencyRef(AgencyId.of("b"), Optional.of("Alpha")).compareTo(named)).isPositive();
    assertThat(new AgencyRef(AgencyId.of("a"), Optional.of("Alpha")).compareTo(named)).isNegative();
  }

  @Test
  void severitiesAndSubjectKindsHaveTheirOwnCodes() {
    for (Severity s : Severity.values()) {
      assertThat(Severity.ofCode(s.code())).isSameAs(s);
    }
    assertThatThrownBy(() -> Severity.ofCode("fatal")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.code()).isEqualTo(CheckCodes.SEVERITY_UNKNOWN));
    for (SubjectRef.Kind k : SubjectRef.Kind.values()) {
      assertThat(k.code()).isEqualTo(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
  }
}
