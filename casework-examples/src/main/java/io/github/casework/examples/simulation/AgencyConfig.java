package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An agency of the district: what it serves, how many counsellors it has, how long its service takes, how long
 * its clients are willing to wait, and when it refuses.
 *
 * <p>A referral to the agency is refused as not eligible with probability {@code notEligibleProbability} (unless an
 * escalation won an exception for that need), or for an applicable {@link PreconditionConfig}; otherwise the client
 * starts at once if a counsellor is free, or joins the waiting list with a patience drawn from
 * {@code patienceDays}, or from the calibrated {@code attendance} curve where one is given (urgent and crisis needs
 * join the priority line). A service ends with the need met with
 * probability {@code needMetProbability}, otherwise not met. Immutable and thread-safe.
 *
 * @param id the agency's id, also the code of its one service: 1 to 40 lower-case letters, digits and hyphens,
 *     not null
 * @param kind the agency kind's code, such as {@code debt-services}, not null
 * @param domains the life-domain codes the agency serves; empty for an agency that only receives escalations,
 *     not null
 * @param counsellors the number of counsellors (servers; one client in service each), at least 0
 * @param serviceDays the service time, not null
 * @param patienceDays how long a client waits before dropping out, not null
 * @param needMetProbability the probability a completed service meets the need, from 0 to 1
 * @param notEligibleProbability the probability of a not-eligible refusal, from 0 to 1
 * @param preconditions the preconditions the agency sets, not null (missing in a file means none)
 * @param attendance how the chance that a waiting client stays falls with the wait, not null (missing in a file
 *     means {@link AttendanceCurve#patience()}: the {@code patienceDays} distribution)
 */
public record AgencyConfig(String id, String kind, List<String> domains, int counsellors, Distribution serviceDays,
    Distribution patienceDays, double needMetProbability, double notEligibleProbability,
    List<PreconditionConfig> preconditions, AttendanceCurve attendance) {

  /**
   * Creates an agency whose waiting clients drop out by its {@code patienceDays} distribution (the constructor
   * before calibrated attendance curves; kept so that callers need not change).
   *
   * @param id the agency's id, also the code of its one service, not null
   * @param kind the agency kind's code, not null
   * @param domains the life-domain codes the agency serves, not null
   * @param counsellors the number of counsellors, at least 0
   * @param serviceDays the service time, not null
   * @param patienceDays how long a client waits before dropping out, not null
   * @param needMetProbability the probability a completed service meets the need, from 0 to 1
   * @param notEligibleProbability the probability of a not-eligible refusal, from 0 to 1
   * @param preconditions the preconditions the agency sets; null means none
   * @throws InvalidValueException as the canonical constructor
   */
  public AgencyConfig(@Nullable String id, @Nullable String kind, @Nullable List<String> domains, int counsellors,
      @Nullable Distribution serviceDays, @Nullable Distribution patienceDays, double needMetProbability,
      double notEligibleProbability, @Nullable List<PreconditionConfig> preconditions) {
    this(id, kind, domains, counsellors, serviceDays, patienceDays, needMetProbability, notEligibleProbability,
        preconditions, null);
  }

  /**
   * Validates the components and keeps immutable copies of the lists.
   *
   * @param id the agency's id, also the code of its one service, not null
   * @param kind the agency kind's code, not null
   * @param domains the life-domain codes the agency serves, not null
   * @param counsellors the number of counsellors, at least 0
   * @param serviceDays the service time, not null
   * @param patienceDays how long a client waits before dropping out, not null
   * @param needMetProbability the probability a completed service meets the need, from 0 to 1
   * @param notEligibleProbability the probability of a not-eligible refusal, from 0 to 1
   * @param preconditions the preconditions the agency sets; null means none
   * @param attendance the attendance curve; null means {@link AttendanceCurve#patience()}
   * @throws InvalidValueException if a component is out of range or a precondition names a domain the agency
   *     serves itself
   */
  public AgencyConfig(@Nullable String id, @Nullable String kind, @Nullable List<String> domains, int counsellors,
      @Nullable Distribution serviceDays, @Nullable Distribution patienceDays, double needMetProbability,
      double notEligibleProbability, @Nullable List<PreconditionConfig> preconditions,
      @Nullable AttendanceCurve attendance) {
    this.id = ConfigChecks.agencyId(id, "AgencyConfig.id");
    this.kind = ConfigChecks.kind(kind, "AgencyConfig.kind").code();
    this.domains = ImmutableList.copyOf(ConfigChecks.required(domains, "AgencyConfig.domains"));
    this.counsellors = ConfigChecks.between(counsellors, 0, ConfigChecks.MAX_PEOPLE, "AgencyConfig.counsellors");
    this.serviceDays = ConfigChecks.required(serviceDays, "AgencyConfig.serviceDays");
    this.patienceDays = ConfigChecks.required(patienceDays, "AgencyConfig.patienceDays");
    this.needMetProbability = ConfigChecks.probability(needMetProbability, "AgencyConfig.needMetProbability");
    this.notEligibleProbability =
        ConfigChecks.probability(notEligibleProbability, "AgencyConfig.notEligibleProbability");
    this.preconditions = preconditions == null ? ImmutableList.of() : ImmutableList.copyOf(preconditions);
    this.attendance = attendance == null ? AttendanceCurve.patience() : attendance;
    if (Distribution.NEVER.equals(this.serviceDays.type())) {
      throw new InvalidValueException(ConfigChecks.CODE, "AgencyConfig.serviceDays", "a service must end");
    }
    Set<LifeDomain> served = new HashSet<>();
    for (String d : this.domains) {
      if (!served.add(ConfigChecks.domain(d, "AgencyConfig.domains"))) {
        throw new InvalidValueException(ConfigChecks.CODE, "AgencyConfig.domains", "lists a domain twice");
      }
    }
    for (PreconditionConfig p : this.preconditions) {
      if (served.contains(LifeDomain.ofCode(p.domain()))) {
        throw new InvalidValueException(ConfigChecks.CODE, "AgencyConfig.preconditions",
            "a precondition must name a life domain the agency does not serve itself");
      }
    }
  }

  /** {@return the life domains served, in the order given} */
  public ImmutableList<LifeDomain> servedDomains() {
    return domains.stream().map(LifeDomain::ofCode).collect(ImmutableList.toImmutableList());
  }
}
