package io.github.casework.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.SubjectRef;
import io.github.casework.earlywarning.Ending;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachNorms;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ReferralId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.referral.ReferralStatus;
import java.time.LocalDate;
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
    assertMatches(findings, all(SAMPLE));
  }

  @Test
  void everyKindOfFindingIsPlanted() {
    Set<FindingCode> planted = all(SAMPLE).stream().map(SampleCaseload.Planted::code)
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
      assertMatches(check(other), all(other));
    }
    assertThat(SampleCaseload.generate(SampleCaseload.SEED).caseload()).isEqualTo(SAMPLE.caseload());
  }

  /** Every planted finding: those the caseload files carry, and those about outreach cases, which they cannot. */
  static List<SampleCaseload.Planted> all(SampleCaseload.Sample sample) {
    return ImmutableList.<SampleCaseload.Planted>builder().addAll(sample.planted()).addAll(sample.plantedOutreach())
        .build();
  }

  @Test
  void welzijnZuidoostCatchesOneHouseholdsRentAndEnergyArrearsInTimeAndRefersItToTheDebtService() {
    OutreachCase c = SAMPLE.caseload().outreach().stream()
        .filter(o -> o.id().equals(OutreachId.of("vz-bijlmer-48c"))).findFirst().orElseThrow();
    assertThat(c.signals()).extracting(s -> s.signal().partner())
        .containsExactly(PartnerType.RENT, PartnerType.ENERGY);
    assertThat(c.signals().get(0).signal().crisis()).isTrue();
    ServiceNorms norms = ServiceNorms.dutchDefaults();
    LocalDate due = OutreachCase.firstAttemptDue(c.signals().get(0), norms, OutreachNorms.defaults())
        .atZone(norms.zone()).toLocalDate();
    assertThat(c.attempts().get(0).on()).isBeforeOrEqualTo(due);
    ReferralId referral = ((Ending.Referred) c.ending().orElseThrow()).referral();
    assertThat(SAMPLE.caseload().referrals()).anySatisfy(r -> {
      assertThat(r.id()).isEqualTo(referral);
      assertThat(r.status()).isEqualTo(ReferralStatus.WAITLISTED);
    });
    assertThat(SAMPLE.plantedOutreach()).extracting(SampleCaseload.Planted::subject)
        .doesNotContain(SubjectRef.of(c.id()));
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
