package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.NullPointerTester;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Role;
import io.github.casework.referral.ReferralStatus;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.Area;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.Quarter;
import io.github.casework.testing.FindingSamples;
import io.github.casework.testing.Rejections;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The texts of findings: complete in Dutch and English, every placeholder filled, and a few pinned. */
class FindingTextTest {
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final List<FindingText> BOTH = List.of(FindingText.dutch(), FindingText.english());

  @Test
  void dutchAndEnglishHaveTheSameKeys() {
    assertThat(FindingText.keys(NL)).containsExactlyInAnyOrderElementsOf(FindingText.keys(Locale.ENGLISH));
  }

  @Test
  void everyFindingCodeHasAnExplanationInBothLanguages() {
    for (Locale locale : List.of(NL, Locale.ENGLISH)) {
      List<String> keys = FindingText.keys(locale);
      for (FindingCode code : FindingCode.values()) {
        assertThat(keys).as("%s explanation of %s", locale, code)
            .anyMatch(k -> k.equals("explanation." + code.code()) || k.startsWith("explanation." + code.code() + "."));
      }
    }
  }

  @Test
  void everyFindingCodeHasATitleAndEverySeverityAWordInBothLanguages() {
    for (FindingText text : BOTH) {
      for (FindingCode code : FindingCode.values()) {
        assertThat(text.title(code)).as("%s title of %s", text.locale(), code).isNotBlank();
      }
      for (Severity severity : Severity.values()) {
        assertThat(text.severity(severity)).as("%s word for %s", text.locale(), severity).isNotBlank();
      }
    }
    assertThat(FindingText.dutch().title(FindingCode.NEED_ORPHANED)).isEqualTo("Tussen wal en schip");
    assertThat(FindingText.dutch().title(FindingCode.REFERRAL_PING_PONG)).isEqualTo("Van het kastje naar de muur");
    assertThat(FindingText.english().severity(Severity.CRITICAL)).isEqualTo("critical");
    assertThat(FindingText.dutch().severity(Severity.WARNING)).isEqualTo("let op");
  }

  @Test
  void everyKindOfNextStepHasATextInBothLanguages() throws ReflectiveOperationException {
    for (Class<?> kind : NextStep.class.getPermittedSubclasses()) {
      String code = (String) kind.getField("KIND").get(null);
      for (Locale locale : List.of(NL, Locale.ENGLISH)) {
        assertThat(FindingText.keys(locale)).as("%s text of %s", locale, kind.getSimpleName())
            .anyMatch(k -> k.equals("next." + code) || k.startsWith("next." + code + "."));
      }
    }
  }

  @Test
  void everyCodeATextNamesHasWordsInBothLanguages() {
    for (Locale locale : List.of(NL, Locale.ENGLISH)) {
      List<String> keys = FindingText.keys(locale);
      assertThat(keys).as(locale.toString()).containsAll(prefixed("domain.", LifeDomain.values(), LifeDomain::code))
          .containsAll(prefixed("level.", LadderLevel.values(), LadderLevel::code))
          .containsAll(prefixed("role.", Role.values(), Role::code))
          .containsAll(prefixed("reason.", EscalationReason.values(), EscalationReason::code))
          .containsAll(prefixed("threat.", UrgentThreat.values(), UrgentThreat::code))
          .containsAll(prefixed("status.", ReferralStatus.values(), ReferralStatus::code))
          .containsAll(prefixed("kind.", AgencyKind.values(), AgencyKind::code))
          .containsAll(Arrays.stream(Refusal.class.getPermittedSubclasses()).map(c -> {
            try {
              return "refusal." + c.getField("TYPE").get(null);
            } catch (ReflectiveOperationException e) {
              throw new AssertionError(e);
            }
          }).toList());
    }
  }

  @Test
  void theSamplesHoldEveryFindingCodeAndEveryKindOfNextStep() {
    assertThat(FindingSamples.all().stream().map(Finding::code).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(FindingCode.values());
    assertThat(FindingSamples.all().stream().<Class<?>>map(f -> f.nextStep().getClass()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(NextStep.class.getPermittedSubclasses());
    assertThat(FindingSamples.all().stream().<Class<?>>map(f -> f.facts().getClass()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Facts.class.getPermittedSubclasses());
  }

  @Test
  void everySampleRendersInBothLanguagesWithEveryPlaceholderFilled() {
    for (Finding f : FindingSamples.all()) {
      for (FindingText text : BOTH) {
        FindingText.Rendered r = text.render(f);
        assertThat(List.of(r.explanation(), r.nextStep())).as("%s in %s", f, text.locale())
            .allSatisfy(s -> assertThat(s).isNotBlank().doesNotContain("{", "}").doesNotEndWith(" ")
                .doesNotContain("  ").matches("(?s).*[.)]"));
      }
      assertThat(FindingText.dutch().explanation(f)).as("translated: %s", f)
          .isNotEqualTo(FindingText.english().explanation(f));
      assertThat(FindingText.dutch().nextStep(f.nextStep())).as("translated: %s", f.nextStep())
          .isNotEqualTo(FindingText.english().nextStep(f.nextStep()));
    }
  }

  @Test
  void findingsAboutADueDateNameIt() {
    Set<FindingCode> dated = Set.of(FindingCode.REFERRAL_RESPONSE_OVERDUE, FindingCode.REFERRAL_OUTCOME_OVERDUE,
        FindingCode.REFERRAL_WAITLIST_OVERDUE, FindingCode.URGENT_DEBT_THREAT_OVERDUE,
        FindingCode.FIRST_CONVERSATION_OVERDUE, FindingCode.ESCALATION_STALLED, FindingCode.SIGNAL_RESPONSE_OVERDUE,
        FindingCode.OUTREACH_CRISIS_ATTEMPT_OVERDUE, FindingCode.OUTREACH_FIRST_ATTEMPT_OVERDUE,
        FindingCode.OUTREACH_END_RESULT_OVERDUE);
    for (Finding f : FindingSamples.all()) {
      // A step beyond the mandate names the day the manager was to be told, except in findings written before.
      boolean informBy = f.facts() instanceof Facts.BeyondMandate b && b.informBy().isPresent();
      assertThat(f.facts().deadline().isPresent()).as(f.code().code()).isEqualTo(dated.contains(f.code()) || informBy);
    }
    Finding stalled = sample(FindingCode.ESCALATION_STALLED);
    assertThat(stalled.facts().deadline()).contains(((Facts.StalledEscalation) stalled.facts()).dueDate());
  }

  @Test
  void ofPicksDutchForTheDutchLanguageAndEnglishForAnyOther() {
    assertThat(FindingText.of(NL)).isSameAs(FindingText.dutch());
    assertThat(FindingText.of(Locale.forLanguageTag("nl-BE"))).isSameAs(FindingText.dutch());
    assertThat(FindingText.of(Locale.ENGLISH)).isSameAs(FindingText.english());
    assertThat(FindingText.of(Locale.GERMAN)).isSameAs(FindingText.english());
    assertThat(FindingText.of(Locale.ROOT)).isSameAs(FindingText.english());
  }

  @Test
  void aDeadlockReadsAsTheArticleWouldSayIt() {
    Finding deadlock = sample(FindingCode.PRECONDITION_DEADLOCK);
    assertThat(FindingText.english().explanation(deadlock)).isEqualTo("Client client-7f3a is stuck in a cycle of 2 "
        + "preconditions: kliniek-noord refuses substance-use (referral ref-1) until housing is solved; dienst-wonen "
        + "refuses housing (referral ref-2) until substance-use is solved; and so back to kliniek-noord. (van het "
        + "kastje naar de muur)");
    assertThat(FindingText.dutch().explanation(deadlock)).isEqualTo("Cliënt client-7f3a zit vast in een kring van 2 "
        + "voorwaarden: Kliniek Noord helpt niet met verslaving (verwijzing ref-1) tot wonen is opgelost; Dienst Wonen "
        + "helpt niet met wonen (verwijzing ref-2) tot verslaving is opgelost; en zo terug bij Kliniek Noord. Zo wordt "
        + "de cliënt van het kastje naar de muur gestuurd.");
    assertThat(FindingText.english().nextStep(deadlock.nextStep())).isEqualTo("Escalate to the supervisor at "
        + "Kliniek Noord (reason: deadlock): ask it to start on substance-use without waiting for housing first.");
    assertThat(FindingText.dutch().nextStep(deadlock.nextStep())).isEqualTo("Ga er op af: stap naar de "
        + "leidinggevende van Kliniek Noord (reden: ze wachten op elkaar) en vraag te beginnen met verslaving, zonder "
        + "eerst te wachten op wonen.");
  }

  @Test
  void anOrphanedNeedFallsBetweenTheCracksInDutch() {
    Finding orphaned = sample(FindingCode.NEED_ORPHANED);
    assertThat(FindingText.dutch().render(orphaned)).isEqualTo(new FindingText.Rendered("Niemand pakt de open "
        + "hulpvraag need-housing (wonen) van dossier case-mr-k nog op: de verantwoordelijke professional sw-dewi "
        + "werkt bij geen van de organisaties meer. De cliënt dreigt tussen wal en schip te vallen.",
        "Vraag vandaag de teamleider van Welzijn West om een professional verantwoordelijk te maken voor hulpvraag "
            + "need-housing."));
    assertThat(FindingText.english().render(orphaned).nextStep())
        .isEqualTo("Ask the team lead at Welzijn West to make a professional accountable for need need-housing today.");
  }

  @Test
  void anUnlistedAgencyIsNamedByItsId() {
    Finding f = Finding.of(Severity.ERROR, List.of(SubjectRef.of(ReferralId.of("r-1"))),
        new Facts.ClosedWithOpenReferral(CaseId.of("c-1"), ReferralId.of("r-1"), NeedId.of(
            "n-1"), AgencyRef.unlisted(AgencyId.of("elders")), ReferralStatus.WAITLISTED),
        new NextStep.CloseLoop(AgencyRef.unlisted(AgencyId.of("elders")), ReferralId.of("r-1")));
    assertThat(FindingText.english().explanation(f)).isEqualTo("Case c-1 is closed while referral r-1 of its need "
        + "n-1 to agency elders is still open (waitlisted) and was not handed over.");
    assertThat(FindingText.dutch().explanation(f)).isEqualTo("Dossier c-1 is gesloten, maar verwijzing r-1 voor "
        + "hulpvraag n-1 naar organisatie elders staat nog open (op de wachtlijst) en is niet overgedragen.");
  }

  @Test
  void renderedTextsMustNotBeBlank() {
    assertThatThrownBy(() -> new FindingText.Rendered(" ", "x")).extracting(Rejections::code)
        .isEqualTo(CheckCodes.FINDING_BLANK_TEXT);
    assertThatThrownBy(() -> new FindingText.Rendered("x", "")).extracting(Rejections::code)
        .isEqualTo(CheckCodes.FINDING_BLANK_TEXT);
    assertThatThrownBy(() -> new NextStep.RaiseSignal(ImmutableSortedSet.of())).extracting(Rejections::code)
        .isEqualTo(CheckCodes.FINDING_FACTS_INVALID);
  }

  /**
   * Every sample in both languages, side by side, fixed by {@code src/test/resources/golden/finding-texts.md} (the
   * page a translator or reviewer reads; regenerate with {@code -Dcasework.regenerate=true} and review the diff).
   */
  @Test
  void theTextsOfEverySampleInBothLanguages() throws IOException {
    StringBuilder page = new StringBuilder("# The texts of findings, in Dutch and English\n\n"
        + "Generated by `FindingTextTest` from `FindingSamples`: one block per sample finding.\n");
    for (Finding f : FindingSamples.all()) {
      page.append("\n## ").append(f.code().code()).append(" (").append(f.facts().getClass().getSimpleName())
          .append(", ").append(f.nextStep().kind()).append(")\n\n");
      for (FindingText text : BOTH) {
        FindingText.Rendered r = text.render(f);
        page.append("- ").append(text.locale().getLanguage()).append(": ").append(r.explanation()).append("\n  → ")
            .append(r.nextStep()).append("\n");
      }
    }
    Path golden = Path.of("src/test/resources/golden/finding-texts.md");
    if (Boolean.getBoolean("casework.regenerate")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, page, StandardCharsets.UTF_8);
    }
    assertThat(page.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void publicMethodsRejectNull() {
    Finding any = FindingSamples.all().get(0);
    NullPointerTester tester = new NullPointerTester().setDefault(Finding.class, any)
        .setDefault(NextStep.class, any.nextStep()).setDefault(Facts.class, any.facts())
        .setDefault(AgencyRef.class, AgencyRef.unlisted(AgencyId.of("a-1"))).setDefault(AgencyId.class, AgencyId.of("a"))
        .setDefault(CaseId.class, CaseId.of("c")).setDefault(ClientId.class, ClientId.of("cl"))
        .setDefault(NeedId.class, NeedId.of("n")).setDefault(ReferralId.class, ReferralId.of("r"))
        .setDefault(EscalationId.class, EscalationId.of("e")).setDefault(SignalId.class, SignalId.of("s"))
        .setDefault(ProfessionalId.class, ProfessionalId.of("p")).setDefault(Area.class, Area.of("west"))
        .setDefault(Quarter.class, Quarter.of(2026, 1)).setDefault(LocalDate.class, LocalDate.of(2026, 1, 5))
        .setDefault(Instant.class, Instant.EPOCH)
        .setDefault(EarlySignalId.class, EarlySignalId.of("vs")).setDefault(OutreachId.class, OutreachId.of("vz"))
        .setDefault(IncidentShape.class, IncidentShape.refusal("no-capacity", LifeDomain.HOUSING, AgencyKind.SHELTER,
            Area.of("west")))
        .setDefault(OrphanedNeed.class, new OrphanedNeed(ClientId.of("cl"), CaseId.of("c"), NeedId.of("n"),
            LifeDomain.HOUSING, ProfessionalId.of("p"), OrphanedNeed.Reason.NO_OPEN_CASE, Optional.empty()));
    tester.testAllPublicStaticMethods(FindingText.class);
    tester.testAllPublicInstanceMethods(FindingText.english());
    tester.testAllPublicConstructors(FindingText.Rendered.class);
    tester.testAllPublicConstructors(Finding.class);
    tester.testAllPublicStaticMethods(Finding.class);
    tester.testAllPublicConstructors(AgencyRef.class);
    tester.testAllPublicStaticMethods(AgencyRef.class);
    for (Finding f : FindingSamples.all()) {
      for (Object part : List.of(f.facts(), f.nextStep())) {
        for (Constructor<?> c : part.getClass().getConstructors()) {
          tester.testConstructor(c);
        }
      }
    }
  }

  private static Finding sample(FindingCode code) {
    return FindingSamples.all().stream().filter(f -> f.code() == code).findFirst().orElseThrow();
  }

  private static <E> Set<String> prefixed(String prefix, E[] values, Function<E, String> code) {
    return Arrays.stream(values).map(v -> prefix + code.apply(v)).collect(Collectors.toSet());
  }
}
