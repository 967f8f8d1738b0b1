package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.norm.ServiceNorms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reporting order of findings of one severity and code, step by step: subjects element by element, then the
 * shorter list of subjects, then the text of the facts, then the text of the next step; and a finding's subjects,
 * which {@link Finding#of} sorts and deduplicates and the canonical constructor requires distinct and sorted; the
 * text of a service that excludes everyone; the hash of a check; and replacing a caseload's gap inputs.
 */
class FindingOrderTest {
  private static final ClientId CLIENT = ClientId.of("client-7f3a");
  private static final CaseId CASE = CaseId.of("case-1");
  private static final NeedId NEED = NeedId.of("need-housing");
  private static final AgencyRef HOUSING = new AgencyRef(AgencyId.of("dienst-wonen"), Optional.of("Dienst Wonen"));
  private static final AgencyRef SHELTER = new AgencyRef(AgencyId.of("hvo"), Optional.of("HVO"));
  private static final SubjectRef A = SubjectRef.of(CaseId.of("case-a"));
  private static final SubjectRef B = SubjectRef.of(CaseId.of("case-b"));
  private static final SubjectRef C = SubjectRef.of(CaseId.of("case-c"));

  private static Facts.CapacityGap gap(LifeDomain domain) {
    return new Facts.CapacityGap(CLIENT, CASE, NEED, domain, ImmutableList.of(
        new FullService(HOUSING, "emergency-housing", ServiceStatus.ACTIVE, Optional.empty())));
  }

  private static NextStep ask(AgencyRef agency) {
    return new NextStep.AskForPlace(agency, "emergency-housing", Optional.empty());
  }

  private static Finding finding(List<SubjectRef> subjects, Facts facts, NextStep step) {
    return Finding.of(Severity.WARNING, subjects, facts, step);
  }

  @Test
  void findingsOfOneCodeAreOrderedBySubjectsThenFactsThenNextStep() {
    Finding base = finding(List.of(A, B), gap(LifeDomain.HOUSING), ask(HOUSING));
    Finding laterSubject = finding(List.of(A, C), gap(LifeDomain.HOUSING), ask(HOUSING));
    Finding moreSubjects = finding(List.of(A, B, C), gap(LifeDomain.HOUSING), ask(HOUSING));
    Finding otherFacts = finding(List.of(A, B), gap(LifeDomain.FINANCES), ask(HOUSING));
    Finding otherStep = finding(List.of(A, B), gap(LifeDomain.HOUSING), ask(SHELTER));
    // The facts' texts name the domain and the steps' texts the agency, so their order is their texts' order.
    assertThat(otherFacts.facts().toString()).isLessThan(base.facts().toString());
    assertThat(base.nextStep().toString()).isLessThan(otherStep.nextStep().toString());

    List<Finding> shuffled = new ArrayList<>(List.of(otherStep, laterSubject, moreSubjects, base, otherFacts));
    shuffled.sort(Finding.ORDER);
    assertThat(shuffled).containsExactly(otherFacts, base, otherStep, moreSubjects, laterSubject);

    assertThat(Finding.ORDER.compare(base, finding(List.of(A, B), gap(LifeDomain.HOUSING), ask(HOUSING)))).isZero();
    assertThat(Finding.ORDER.compare(base, otherStep)).isNegative();
    assertThat(Finding.ORDER.compare(otherStep, base)).isPositive();
    assertThat(Finding.ORDER.compare(otherFacts, base)).isNegative();
    assertThat(Finding.ORDER.compare(base, otherFacts)).isPositive();
    assertThat(Finding.ORDER.compare(base, moreSubjects)).isNegative();
    assertThat(Finding.ORDER.compare(moreSubjects, base)).isPositive();
    assertThat(Finding.ORDER.compare(laterSubject, base)).isPositive();
  }

  @Test
  void ofSortsAndDeduplicatesTheSubjects() {
    Finding f = finding(List.of(C, A, B, A), gap(LifeDomain.HOUSING), ask(HOUSING));
    assertThat(f.subjects()).containsExactly(A, B, C);
    assertThat(finding(List.of(B, B), gap(LifeDomain.HOUSING), ask(HOUSING)).subjects()).containsExactly(B);
    assertThat(finding(List.of(C, A), gap(LifeDomain.HOUSING), ask(HOUSING)).subjects()).containsExactly(A, C);
  }

  @Test
  void theCanonicalConstructorRefusesRepeatedOrUnsortedSubjects() {
    for (List<SubjectRef> bad : List.of(List.of(A, A), List.of(B, A), List.of(A, C, C))) {
      assertThat(catchThrowableOfType(() -> new Finding(Severity.WARNING, ImmutableList.copyOf(bad),
          gap(LifeDomain.HOUSING), ask(HOUSING)), InvalidValueException.class).code()).as("%s", bad)
          .isEqualTo(CheckCodes.FINDING_SUBJECTS_UNSORTED);
    }
    assertThat(new Finding(Severity.WARNING, ImmutableList.of(A, B), gap(LifeDomain.HOUSING), ask(HOUSING))
        .subjects()).containsExactly(A, B);
  }

  @Test
  void aServiceThatExcludesEveryoneIsExplainedAsExcludingOnNoRule() {
    Facts.RegulatoryGap facts = new Facts.RegulatoryGap(CLIENT, CASE, NEED, LifeDomain.HOUSING, ImmutableList.of(
        new GapExclusion(HOUSING, "closed-list", ImmutableList.of(Eligibility.Constant.NOBODY)),
        new GapExclusion(SHELTER, "youth-shelter", ImmutableList.of(Eligibility.parse("age 18..23"),
            Eligibility.parse("not pregnant")))));
    Finding f = Finding.of(Severity.ERROR, List.of(SubjectRef.of(CASE)), facts, ask(HOUSING));
    assertThat(FindingText.english().explanation(f))
        .contains("closed-list at Dienst Wonen excludes on no rule")
        .contains("youth-shelter at HVO excludes on age, a special-category fact")
        .doesNotContain("pregnan");
  }

  @Test
  void checksThatDifferInASettingHashApart() {
    CaseloadCheck check = CaseloadCheck.of(ServiceNorms.dutchDefaults());
    assertThat(check.hashCode()).isEqualTo(CaseloadCheck.of(ServiceNorms.dutchDefaults()).hashCode())
        .isNotEqualTo(check.withPingPongThreshold(5).hashCode());
  }

  @Test
  void gapInputsReplaceTheDirectoryOrTheProfilesAndKeepTheCaseloadWhenBothAreTheSame() {
    Case c = GapStoriesTest.housingCase("case-1", "2026-11-02T09:00:00Z");
    Map<CaseId, ClientProfile> profiles = Map.of(c.id(), GapStoriesTest.DIVORCED_WORKING_MAN);
    Caseload caseload = GapStoriesTest.caseload(List.of(c), profiles, List.of());
    assertThat(caseload.withGapInputs(GapStoriesTest.DIRECTORY, profiles)).isSameAs(caseload);
    Caseload otherDirectory = caseload.withGapInputs(ServiceDirectory.empty(), profiles);
    assertThat(otherDirectory.directory()).isEqualTo(ServiceDirectory.empty());
    assertThat(otherDirectory.profiles()).isEqualTo(profiles);
    Caseload noProfiles = caseload.withGapInputs(GapStoriesTest.DIRECTORY, Map.of());
    assertThat(noProfiles.profiles()).isEmpty();
    assertThat(noProfiles.directory()).isEqualTo(GapStoriesTest.DIRECTORY);
    assertThat(noProfiles.cases()).containsExactly(c);
  }
}
