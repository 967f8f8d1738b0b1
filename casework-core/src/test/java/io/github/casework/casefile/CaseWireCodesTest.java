package io.github.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.casework.InvalidValueException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ReferralId;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stable codes and type ids of the case file's values, which the wire format writes (a renamed code is a
 * breaking change, so they are pinned here, not derived), the look-up of a code, the order of scores and rungs,
 * and the limits of an unmet need's explanation.
 */
class CaseWireCodesTest {
  private static final Instant AT = CaseTest.T0;

  private static <E extends Enum<E>> Map<E, String> codes(Class<E> type, Function<E, String> code) {
    return Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(e -> e, code, (a, b) -> a,
        () -> new EnumMap<>(type)));
  }

  @Test
  void theEnumsKeepTheirCodes() {
    assertThat(codes(ClosureReason.class, ClosureReason::code).values()).containsExactly("goals-reached",
        "client-withdrew", "client-moved", "transferred", "client-unreachable", "client-died");
    assertThat(codes(UnmetReason.class, UnmetReason::code).values()).containsExactly("no-service-available",
        "not-eligible", "client-unreachable", "client-declined", "other");
    assertThat(codes(Urgency.class, Urgency::code).values()).containsExactly("routine", "priority", "urgent",
        "crisis");
    assertThat(codes(UrgentThreat.class, UrgentThreat::code).values()).containsExactly("eviction", "energy-cut-off",
        "water-cut-off", "health-insurance-termination");
    assertThat(codes(CaseStatus.class, CaseStatus::code).values()).containsExactly("intake", "active", "waiting",
        "closed");
  }

  @Test
  void aCodeReadsBackToItsValueAndAnUnknownCodeIsRefused() {
    for (Urgency u : Urgency.values()) {
      assertThat(Urgency.ofCode(u.code())).isSameAs(u);
    }
    for (UrgentThreat t : UrgentThreat.values()) {
      assertThat(UrgentThreat.ofCode(t.code())).isSameAs(t);
    }
    assertThat(catchThrowableOfType(() -> Urgency.ofCode("URGENT"), InvalidValueException.class).code())
        .isEqualTo(CaseCodes.URGENCY_UNKNOWN);
    assertThat(catchThrowableOfType(() -> UrgentThreat.ofCode("eviction "), InvalidValueException.class).code())
        .isEqualTo(CaseCodes.URGENT_THREAT_UNKNOWN);
  }

  @Test
  void theDispositionsKeepTheirTypeIds() {
    List<Disposition> all = List.of(new Disposition.Met(AT),
        new Disposition.HandedOver(CaseTest.COLLEAGUE, AgencyId.of("housing-service"), AT),
        new Disposition.WithdrawnByClient(AT), new Disposition.Unmet(UnmetReason.OTHER, "moved abroad", AT));
    assertThat(all).extracting(Disposition::type)
        .containsExactly("met", "handed-over", "withdrawn-by-client", "unmet");
  }

  @Test
  void theReferralEventsKeepTheirTypeIds() {
    ReferralId referral = ReferralId.of("ref-1");
    assertThat(new CaseEvent.NeedReferred(CaseTest.CASE, CaseTest.HOUSING, referral, CaseTest.WELFARE,
        CaseTest.MAARTJE, AT).type()).isEqualTo("case.need-referred");
    assertThat(new CaseEvent.NeedHandedOver(CaseTest.CASE, CaseTest.HOUSING, referral, CaseTest.MAARTJE,
        CaseTest.COLLEAGUE, CaseTest.WELFARE, AT).type()).isEqualTo("case.need-handed-over");
  }

  @Test
  void scoresAndRungsAreOrderedByTheirValue() {
    assertThat(ZrmScore.of(2).compareTo(ZrmScore.of(4))).isNegative();
    assertThat(ZrmScore.of(4).compareTo(ZrmScore.of(2))).isPositive();
    assertThat(ZrmScore.of(3).compareTo(ZrmScore.of(3))).isZero();
    assertThat(ParticipationRung.of(1).compareTo(ParticipationRung.of(6))).isNegative();
    assertThat(ParticipationRung.of(6).compareTo(ParticipationRung.of(5))).isPositive();
    assertThat(ParticipationRung.of(5).compareTo(ParticipationRung.of(5))).isZero();
  }

  @Test
  void anUnmetNeedStatesAReasonOfAtMostTwoThousandCharacters() {
    String longest = "x".repeat(Disposition.Unmet.MAX_EXPLANATION);
    assertThat(new Disposition.Unmet(UnmetReason.OTHER, longest, AT).explanation()).hasSize(2_000);
    assertThat(catchThrowableOfType(() -> new Disposition.Unmet(UnmetReason.OTHER, longest + "x", AT),
        InvalidValueException.class).code()).isEqualTo(CaseCodes.DISPOSITION_EXPLANATION_TOO_LONG);
    for (String blank : List.of("", " ", "\t\n ")) {
      assertThat(catchThrowableOfType(() -> new Disposition.Unmet(UnmetReason.OTHER, blank, AT),
          InvalidValueException.class).code()).isEqualTo(CaseCodes.DISPOSITION_EXPLANATION_BLANK);
    }
  }

  @Test
  void anUnmetNeedShowsItsReasonButNotItsExplanation() {
    Disposition.Unmet unmet = new Disposition.Unmet(UnmetReason.CLIENT_DECLINED, "Jansen declined, see note", AT);
    assertThat(unmet.toString())
        .isEqualTo("Unmet[reason=CLIENT_DECLINED, explanation=<25 chars>, at=2026-10-01T09:00:00Z]")
        .doesNotContain("Jansen");
  }
}
