package io.github.casework.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Urgency;
import io.github.casework.fhir.CaseworkFhir;
import io.github.casework.fhir.ReferralContext;
import io.github.casework.fhir.ReferralResources;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 9: a referral to FHIR JSON — casework-fhir's mapping to a {@code ServiceRequest}, {@code Task} and
 * {@code Consent} and HAPI's encoding of them — against HAPI's encoding alone of the same resources built once
 * beforehand, with one reused JSON parser. The referral has every part the mapping fills: consent, capacity
 * answer, urgency, a handover and a completed outcome. Goal: the mapping adds at most 20% to HAPI's encode time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FhirBenchmark {
  private final FhirContext fhir = FhirContext.forR4();
  private IParser parser;
  private Referral referral;
  private ReferralContext context;
  private ReferralResources prebuilt;

  /** Builds the referral, warms HAPI's model metadata and builds the baseline's resources once. */
  @Setup
  public void setUp() {
    Instant t = Instant.parse("2026-09-08T08:00:00Z");
    AgencyId clinic = AgencyId.of("kliniek-noord");
    Referral r = Referral.draft(ReferralId.of("ref-j-detox"), ClientId.of("client-j"), CaseId.of("case-j"),
        NeedId.of("need-alcohol"), LifeDomain.SUBSTANCE_USE, AgencyId.of("welzijn-west"),
        ProfessionalId.of("sw-sanne"), clinic, "detox", t).state();
    for (ReferralCommand c : List.of(
        new ReferralCommand.RecordBasis(DataSharingBasis.Consent.of(ConsentGiver.CLIENT, ProfessionalId.of("sw-sanne"),
            t, List.of(clinic), List.of(LifeDomain.SUBSTANCE_USE)), t),
        new ReferralCommand.Send(Deadline.after(Duration.ofDays(5)), Deadline.after(Duration.ofDays(28)),
            t.plusSeconds(300), Optional.of(Capacity.WAITLIST_UNDER_ONE_MONTH)),
        new ReferralCommand.Accept(t.plusSeconds(86_400)),
        new ReferralCommand.AcceptAccountability(ProfessionalId.of("kn-intake"), t.plusSeconds(90_000)),
        new ReferralCommand.Start(t.plusSeconds(172_800)),
        new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t.plusSeconds(1_728_000)))) {
      r = r.decide(c).state();
    }
    referral = r;
    context = ReferralContext.none().withUrgency(Urgency.URGENT);
    parser = fhir.newJsonParser();
    prebuilt = CaseworkFhir.resources(referral, context);
  }

  /** The baseline: HAPI encodes the three resources, built beforehand. */
  @Benchmark
  public int baselineHapiEncode() {
    return encode(prebuilt);
  }

  /** casework: map the referral to the three resources, then HAPI encodes them. */
  @Benchmark
  public int caseworkMapAndEncode() {
    return encode(CaseworkFhir.resources(referral, context));
  }

  /** casework's mapping alone, to see its share. */
  @Benchmark
  public Object caseworkMapOnly() {
    return CaseworkFhir.resources(referral, context);
  }

  private int encode(ReferralResources r) {
    return parser.encodeResourceToString(r.serviceRequest()).length()
        + parser.encodeResourceToString(r.task()).length()
        + parser.encodeResourceToString(r.consent().orElseThrow()).length();
  }
}
