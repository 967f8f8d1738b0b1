package io.github.casework.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.norm.ServiceNorms;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleCaseloadTest {
  static final SampleCaseload.Sample SAMPLE = SampleCaseload.generate(SampleCaseload.SEED);

  static ImmutableList<Finding> check(SampleCaseload.Sample sample) {
    return CaseloadCheck.of(ServiceNorms.dutchDefaults()).run(sample.caseload(), SampleCaseload.CHECK_AT);
  }

  @Test
  void theCheckReportsExactlyThePlantedFindings() {
    ImmutableList<Finding> findings = check(SAMPLE);
    assertMatches(findings, SAMPLE.planted());
  }

  @Test
  void everyKindOfFindingIsPlanted() {
    Set<FindingCode> planted = SAMPLE.planted().stream().map(SampleCaseload.Planted::code)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class)));
    // A finding the check reports only with a register the host supplies (consent withdrawals, which a caseload
    // document does not carry) cannot be planted in a caseload file.
    Set<FindingCode> plantable = EnumSet.allOf(FindingCode.class);
    plantable.remove(FindingCode.REFERRAL_SHARED_AFTER_WITHDRAWAL);
    assertThat(planted).containsExactlyInAnyOrderElementsOf(plantable);
  }

  @Test
  void aboutFiftyCasesAcrossTheFiveDomains() {
    assertThat(SAMPLE.caseload().cases()).hasSizeBetween(45, 65);
    assertThat(SAMPLE.caseload().referrals()).hasSizeGreaterThan(20);
    assertThat(SAMPLE.caseload().escalations()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(SAMPLE.caseload().signals()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void otherSeedsPlantTheSameFindingsAndTheSameSeedGivesTheSameCaseload() {
    for (long seed = 1; seed <= 30; seed++) {
      SampleCaseload.Sample other = SampleCaseload.generate(seed);
      assertMatches(check(other), other.planted());
    }
    assertThat(SampleCaseload.generate(SampleCaseload.SEED).caseload()).isEqualTo(SAMPLE.caseload());
  }

  static void assertMatches(List<Finding> findings, List<SampleCaseload.Planted> planted) {
    assertThat(findings).hasSameSizeAs(planted);
    for (SampleCaseload.Planted p : planted) {
      assertThat(findings).as("planted %s", p)
          .anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(p.code());
            assertThat(f.subjects()).contains(p.subject());
          });
    }
  }
}
