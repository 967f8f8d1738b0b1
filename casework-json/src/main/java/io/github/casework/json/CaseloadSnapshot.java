package io.github.casework.json;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.InvalidValueException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.check.Caseload;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceListing;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.CaseId;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.referral.ConsentRegister;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Area;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalEvent;
import java.util.Collection;
import java.util.List;

/**
 * A caseload as it travels: the content of a {@link DocumentKind#CASELOAD caseload document} and of a
 * {@link EventStreamKind#CASELOAD_EVENTS caseload-events stream}, and the input of the caseload check. It holds the
 * parts of a {@link Caseload}, with every aggregate as its {@link History} (the truth on the wire) rather than its
 * state: cases, referrals, escalations and signals, the agencies, the professionals who currently hold a role, the
 * escalation mandates, the area (wijk) of each case where known, and for the gap check the listed services of the
 * agencies (with eligibility and capacity) and the client profile of cases; and beside these, the outreach cases of
 * early signals of payment arrears (each as its {@link OutreachHistory}) and the clients' consent withdrawals (a
 * {@link ConsentRegister}), which are not aggregates of {@link AggregateType#values()}. {@link #caseload()} gives the
 * check's input and {@link #consents()} the register to give the check ({@link
 * io.github.casework.check.CaseloadCheck#withConsents}); {@link #of} builds a snapshot from histories and a
 * {@link Caseload} built with {@link Caseload#builder()}.
 *
 * <p>Invariants: those of {@link Caseload} — ids are distinct within each list (so each aggregate appears once);
 * the parts need not agree with each other, since they may come from different systems, and the check reports
 * where they do not. Order is kept as given. Two snapshots are equal when their parts are (areas compare as a map).
 * Immutable and thread-safe.
 *
 * @param cases the cases, each with its history, not null
 * @param referrals the referrals, each with its history, not null
 * @param escalations the escalations, each with its history, not null
 * @param signals the signals, each with its history, not null
 * @param agencies the agencies, not null
 * @param professionals the professionals who currently hold a role at an agency, not null
 * @param mandates the escalation mandates per agency and role, not null
 * @param areas the area of each case, where known, not null
 * @param listings the listed services of the agencies (a {@link ServiceDirectory} over {@code agencies}), not null
 * @param profiles the client profile of each case, where recorded, not null
 * @param outreach the outreach cases of early signals, each with its history, not null
 * @param consents the clients' consent withdrawals, not null
 */
public record CaseloadSnapshot(ImmutableList<History<Case, CaseEvent>> cases,
    ImmutableList<History<Referral, ReferralEvent>> referrals,
    ImmutableList<History<Escalation, EscalationEvent>> escalations,
    ImmutableList<History<Signal, SignalEvent>> signals, ImmutableList<Agency> agencies,
    ImmutableList<Professional> professionals, Mandates mandates, ImmutableMap<CaseId, Area> areas,
    ImmutableList<ServiceListing> listings, ImmutableMap<CaseId, ClientProfile> profiles,
    ImmutableList<OutreachHistory> outreach, ConsentRegister consents) {

  private static final CaseloadSnapshot EMPTY = of(List.of(), Caseload.builder().build());

  /**
   * Validates the components as {@link Caseload} does.
   *
   * @param cases the cases, each with its history, not null
   * @param referrals the referrals, each with its history, not null
   * @param escalations the escalations, each with its history, not null
   * @param signals the signals, each with its history, not null
   * @param agencies the agencies, not null
   * @param professionals the professionals who currently hold a role at an agency, not null
   * @param mandates the escalation mandates per agency and role, not null
   * @param areas the area of each case, where known, not null
   * @param listings the listed services of the agencies, not null
   * @param profiles the client profile of each case, where recorded, not null
   * @param outreach the outreach cases of early signals, each with its history, not null
   * @param consents the clients' consent withdrawals, not null
   * @throws InvalidValueException if an id occurs twice within one list ({@code caseload.duplicate-id}), or a
   *     listing names an agency or service the snapshot does not hold or repeats ({@code directory.*})
   */
  public CaseloadSnapshot {
    requireNonNull(consents, "consents");
    toCaseload(cases, referrals, escalations, signals, agencies, professionals, mandates, areas, listings, profiles,
        outreach);
  }

  /**
   * Returns a snapshot without outreach cases or consent withdrawals, as before they had a wire form.
   *
   * @param cases the cases, each with its history, not null
   * @param referrals the referrals, each with its history, not null
   * @param escalations the escalations, each with its history, not null
   * @param signals the signals, each with its history, not null
   * @param agencies the agencies, not null
   * @param professionals the professionals who currently hold a role at an agency, not null
   * @param mandates the escalation mandates per agency and role, not null
   * @param areas the area of each case, where known, not null
   * @param listings the listed services of the agencies, not null
   * @param profiles the client profile of each case, where recorded, not null
   * @throws InvalidValueException if an id occurs twice within one list ({@code caseload.duplicate-id}), or a
   *     listing names an agency or service the snapshot does not hold or repeats ({@code directory.*})
   */
  public CaseloadSnapshot(ImmutableList<History<Case, CaseEvent>> cases,
      ImmutableList<History<Referral, ReferralEvent>> referrals,
      ImmutableList<History<Escalation, EscalationEvent>> escalations,
      ImmutableList<History<Signal, SignalEvent>> signals, ImmutableList<Agency> agencies,
      ImmutableList<Professional> professionals, Mandates mandates, ImmutableMap<CaseId, Area> areas,
      ImmutableList<ServiceListing> listings, ImmutableMap<CaseId, ClientProfile> profiles) {
    this(cases, referrals, escalations, signals, agencies, professionals, mandates, areas, listings, profiles,
        ImmutableList.of(), ConsentRegister.empty());
  }

  /**
   * Returns this snapshot with other outreach cases.
   *
   * @param cases the outreach cases, each with its history, ids distinct, not null
   * @return the snapshot; this instance if unchanged
   * @throws InvalidValueException if an outreach id occurs twice ({@code caseload.duplicate-id})
   */
  public CaseloadSnapshot withOutreach(Collection<OutreachHistory> cases) {
    ImmutableList<OutreachHistory> copy = ImmutableList.copyOf(requireNonNull(cases, "cases"));
    return copy.equals(outreach) ? this : new CaseloadSnapshot(this.cases, referrals, escalations, signals, agencies,
        professionals, mandates, areas, listings, profiles, copy, consents);
  }

  /**
   * Returns this snapshot with other consent withdrawals.
   *
   * @param register the withdrawals, not null
   * @return the snapshot; this instance if unchanged
   */
  public CaseloadSnapshot withConsents(ConsentRegister register) {
    requireNonNull(register, "register");
    return register.equals(consents) ? this : new CaseloadSnapshot(cases, referrals, escalations, signals, agencies,
        professionals, mandates, areas, listings, profiles, outreach, register);
  }

  /**
   * Returns a snapshot without service listings or client profiles, as before the gap check.
   *
   * @param cases the cases, each with its history, not null
   * @param referrals the referrals, each with its history, not null
   * @param escalations the escalations, each with its history, not null
   * @param signals the signals, each with its history, not null
   * @param agencies the agencies, not null
   * @param professionals the professionals who currently hold a role at an agency, not null
   * @param mandates the escalation mandates per agency and role, not null
   * @param areas the area of each case, where known, not null
   * @throws InvalidValueException if an id occurs twice within one list ({@code caseload.duplicate-id})
   */
  public CaseloadSnapshot(ImmutableList<History<Case, CaseEvent>> cases,
      ImmutableList<History<Referral, ReferralEvent>> referrals,
      ImmutableList<History<Escalation, EscalationEvent>> escalations,
      ImmutableList<History<Signal, SignalEvent>> signals, ImmutableList<Agency> agencies,
      ImmutableList<Professional> professionals, Mandates mandates, ImmutableMap<CaseId, Area> areas) {
    this(cases, referrals, escalations, signals, agencies, professionals, mandates, areas, ImmutableList.of(),
        ImmutableMap.of());
  }

  /**
   * Returns the snapshot of aggregates, given as their histories, in a caseload's context.
   *
   * @param histories the histories of cases, referrals, escalations and signals, in any mix; each kind's order is
   *     kept; not null
   * @param context the agencies, professionals, mandates, areas, and the listings of its directory and its
   *     profiles, as {@link Caseload#builder()} builds them; its own cases, referrals, escalations, signals and
   *     outreach cases are not taken, since a snapshot holds every one as a history (add outreach histories with
   *     {@link #withOutreach}); the directory's listings must name the context's agencies; not null
   * @return the snapshot, without outreach cases or consent withdrawals
   * @throws InvalidValueException if an id occurs twice among the histories of one kind ({@code caseload.duplicate-id})
   */
  public static CaseloadSnapshot of(Iterable<? extends History<?, ?>> histories, Caseload context) {
    requireNonNull(context, "context");
    ImmutableList<History<?, ?>> all = ImmutableList.copyOf(requireNonNull(histories, "histories"));
    return new CaseloadSnapshot(only(all, Case.TYPE), only(all, Referral.TYPE), only(all, Escalation.TYPE),
        only(all, Signal.TYPE), context.agencies(), context.professionals(), context.mandates(), context.areas(),
        context.directory().listings(), context.profiles());
  }

  private static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> ImmutableList<History<S, E>> only(
      List<History<?, ?>> all, AggregateType<S, ?, E> type) {
    return all.stream().flatMap(h -> h.as(type).stream()).collect(toImmutableList());
  }

  private static Caseload toCaseload(List<History<Case, CaseEvent>> cases,
      List<History<Referral, ReferralEvent>> referrals, List<History<Escalation, EscalationEvent>> escalations,
      List<History<Signal, SignalEvent>> signals, ImmutableList<Agency> agencies,
      ImmutableList<Professional> professionals, Mandates mandates, ImmutableMap<CaseId, Area> areas,
      ImmutableList<ServiceListing> listings, ImmutableMap<CaseId, ClientProfile> profiles,
      List<OutreachHistory> outreach) {
    requireNonNull(listings, "listings");
    requireNonNull(profiles, "profiles");
    ServiceDirectory directory = listings.isEmpty() ? ServiceDirectory.empty()
        : ServiceDirectory.of(requireNonNull(agencies, "agencies"), listings);
    return new Caseload(states(cases, "cases"), states(referrals, "referrals"), states(escalations, "escalations"),
        states(signals, "signals"), agencies, professionals, mandates, areas, directory, profiles,
        requireNonNull(outreach, "outreach").stream().map(OutreachHistory::state).collect(toImmutableList()));
  }

  private static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> ImmutableList<S> states(
      List<History<S, E>> histories, String name) {
    return requireNonNull(histories, name).stream().map(History::state).collect(toImmutableList());
  }

  /**
   * Returns the caseload the check reads: every aggregate and outreach case as its history leaves it, and the
   * other parts as they are. The consent withdrawals are not part of it: give the check {@link #consents()}.
   *
   * @return the caseload
   */
  public Caseload caseload() {
    return toCaseload(cases, referrals, escalations, signals, agencies, professionals, mandates, areas, listings,
        profiles, outreach);
  }

  /**
   * {@return every history of an aggregate: the cases', then the referrals', the escalations' and the signals', each
   * in order; the outreach cases' are {@link #outreach()}}
   */
  public ImmutableList<History<?, ?>> histories() {
    return ImmutableList.copyOf(Iterables.concat(cases, referrals, escalations, signals));
  }

  /**
   * {@return an empty snapshot: no aggregates, outreach cases, withdrawals, agencies, professionals or areas, and the
   * default mandates}
   */
  public static CaseloadSnapshot empty() {
    return EMPTY;
  }
}
