package io.github.casework.fhir;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.casework.CaseworkException;
import io.github.casework.Decision;
import io.github.casework.ErrorCatalogue;
import io.github.casework.ErrorCode;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.Answer;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.Handover;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCodes;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.ReferralStatus;
import io.github.casework.referral.Refusal;
import io.github.casework.referral.Sending;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Type;

/**
 * Exchanges closed-loop referrals with health-care partners as HL7 FHIR R4, following the Gravity Project's SDOH
 * Clinical Care implementation guide: {@link #resources} turns a referral into a {@code ServiceRequest}, a
 * {@code Task} ("SDOHCC Task For Referral Management") and, when the client consented to sharing, a {@code Consent};
 * {@link #read} turns the partner's updated {@code Task} into the referral commands it means and decides them
 * against the current referral. The module's README holds the table of every mapped field and of what has no
 * counterpart.
 *
 * <p><b>Who sets what.</b> The referring side (casework) sets the statuses {@code draft}, {@code requested} and
 * {@code cancelled}; the receiving partner sets {@code received}, {@code accepted}, {@code rejected},
 * {@code in-progress}, {@code completed} and {@code failed}. A partner's Task that sets a status of the other side,
 * or a step the referral's transition table forbids from its current state, is rejected with a
 * {@link FhirException} naming {@code Task.status}; so is one that lacks what its status needs (a reason, an
 * outcome). The Task is decided against the referral as it is, so applying the same Task version twice — or any
 * Task that repeats the referral's current state — changes nothing.
 *
 * <p><b>Personal data.</b> The client appears only by its pseudonymous {@code ClientId}, as an identifier of a
 * {@code Patient} reference, unless the host passes a reference to a {@code Patient} it owns
 * ({@link ReferralContext#withPatient}). Agencies and professionals are logical references by identifier
 * ({@code Organization}, {@code Practitioner}), so the host need not own resources for them. The only free text
 * produced is a not-eligible refusal's criterion and a legal basis's provision, as in the JSON wire format.
 *
 * <p>Times are FHIR {@code dateTime}s in UTC, to the millisecond. The parser (JSON or XML, one shared
 * {@code FhirContext}) is the host's choice. Stateless and thread-safe.
 */
public final class CaseworkFhir {
  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9.-]{1,64}");
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  private static final ImmutableMap<String, ErrorCode> ALL_BY_CODE;
  private static final ImmutableList<ErrorCode> ALL =
      ImmutableList.<ErrorCode>builder().addAll(ErrorCatalogue.all()).addAll(FhirCodes.all()).build();

  static {
    // Fails the class's initialization, as a bug, if this module declared a code of the core.
    ALL_BY_CODE = Maps.uniqueIndex(ALL, ErrorCode::code);
  }

  private CaseworkFhir() {}

  // ---------------------------------------------------------------------------------------------------------- out

  /**
   * Returns a referral as FHIR resources. Each call builds new resources, which the caller owns.
   *
   * @param referral the referral, in any state, not null
   * @param context what the host adds: the need's urgency, its own patient reference, not null
   * @return the service request, the task and, when the referral's basis is a consent, the consent
   */
  public static ReferralResources resources(Referral referral, ReferralContext context) {
    requireNonNull(referral, "referral");
    requireNonNull(context, "context");
    String id = fhirId(referral.id());
    Optional<DataSharingBasis.Consent> consent = referral.basis().flatMap(b ->
        b instanceof DataSharingBasis.Consent c ? Optional.of(c) : Optional.empty());
    ServiceRequest request = serviceRequest(referral, context, id, consent.isPresent());
    Task task = task(referral, context, id);
    return new ReferralResources(request, task, consent.map(c -> consent(referral, context, id, c)));
  }

  /**
   * Returns a referral as FHIR resources, with nothing added by the host.
   *
   * @param referral the referral, not null
   * @return the resources, as {@link #resources(Referral, ReferralContext)} with {@link ReferralContext#none()}
   */
  public static ReferralResources resources(Referral referral) {
    return resources(referral, ReferralContext.none());
  }

  private static ServiceRequest serviceRequest(Referral referral, ReferralContext context, String id,
      boolean consent) {
    ServiceRequest sr = new ServiceRequest();
    sr.setId(id);
    sr.addIdentifier(referralIdentifier(referral.id()));
    sr.setStatus(requestStatus(referral));
    sr.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    sr.addCategory(Vocabulary.domain(referral.domain()));
    sr.setCode(new CodeableConcept().addCoding(new Coding(Vocabulary.SERVICE, referral.service(), null))
        .setText(referral.service()));
    sr.setSubject(client(referral, context));
    sr.setAuthoredOnElement(dateTime(referral.draftedAt()));
    sr.setRequester(practitioner(referral.referrer()));
    sr.addPerformer(organization(referral.to()));
    context.urgency().ifPresent(u -> sr.setPriority(Vocabulary.serviceRequestPriority(u)));
    if (consent) {
      sr.addSupportingInfo(new Reference("Consent/" + id));
    }
    if (referral.basis().orElse(null) instanceof DataSharingBasis.LegalBasis legal) {
      sr.addNote(new Annotation().setText("Shared under a legal basis: " + legal.ground().code() + " ("
          + legal.provision() + ")"));
    }
    return sr;
  }

  /** The requester's side: draft until sent, revoked when cancelled, completed once the loop is closed. */
  private static ServiceRequest.ServiceRequestStatus requestStatus(Referral referral) {
    if (referral.status() == ReferralStatus.DRAFT) {
      return ServiceRequest.ServiceRequestStatus.DRAFT;
    } else if (referral.status() == ReferralStatus.CANCELLED) {
      return ServiceRequest.ServiceRequestStatus.REVOKED;
    } else if (referral.loopClosure().isPresent()) {
      return ServiceRequest.ServiceRequestStatus.COMPLETED;
    }
    return ServiceRequest.ServiceRequestStatus.ACTIVE;
  }

  private static Task task(Referral referral, ReferralContext context, String id) {
    Task task = new Task();
    task.setId(id);
    task.addIdentifier(referralIdentifier(referral.id()));
    task.setStatus(Vocabulary.taskStatus(referral.status()));
    task.setBusinessStatus(new CodeableConcept()
        .addCoding(new Coding(Vocabulary.REFERRAL_STATUS, referral.status().code(), null))
        .setText(referral.status().code()));
    statusReason(referral).ifPresent(task::setStatusReason);
    task.setIntent(Task.TaskIntent.ORDER);
    task.setCode(new CodeableConcept().addCoding(new Coding(Vocabulary.TASK_CODE, "fulfill", "Fulfill the focal request")));
    task.setFocus(new Reference("ServiceRequest/" + id).setIdentifier(referralIdentifier(referral.id())));
    task.setFor(client(referral, context));
    task.setAuthoredOnElement(dateTime(referral.draftedAt()));
    task.setLastModifiedElement(dateTime(referral.lastChangedAt()));
    task.setRequester(organization(referral.from()));
    task.setOwner(referral.handover().map(h -> practitioner(h.to())).orElseGet(() -> organization(referral.to())));
    context.urgency().ifPresent(u -> task.setPriority(Vocabulary.taskPriority(u)));
    referral.sending().ifPresent(s -> {
      task.getRestriction().setPeriod(new Period().setStartElement(dateTime(s.sentAt()))
          .setEndElement(dateTime(s.followUpDue())));
      task.addInput().setType(Vocabulary.parameter(Vocabulary.RESPONSE_DUE)).setValue(dateTime(s.responseDue()));
      task.addInput().setType(Vocabulary.parameter(Vocabulary.FOLLOW_UP_DUE)).setValue(dateTime(s.followUpDue()));
      s.capacity().ifPresent(c -> task.addInput().setType(Vocabulary.parameter(Vocabulary.CAPACITY_ANSWER))
          .setValue(Vocabulary.capacity(c)));
    });
    referral.expectedStart().ifPresent(e -> output(task, Vocabulary.EXPECTED_START, dateTime(e)));
    referral.outcome().ifPresent(o -> output(task, Vocabulary.OUTCOME, Vocabulary.outcome(o)));
    if (referral.refusal().orElse(null) instanceof Refusal.PreconditionUnmet p) {
      output(task, Vocabulary.PRECONDITION, Vocabulary.domain(p.domain()));
      p.expectedAgency().ifPresent(a -> output(task, Vocabulary.PRECONDITION_AGENCY, organization(a)));
    }
    return task;
  }

  private static void output(Task task, String type, Type value) {
    task.addOutput().setType(Vocabulary.parameter(type)).setValue(value);
  }

  private static Optional<CodeableConcept> statusReason(Referral referral) {
    if (referral.refusal().isPresent()) {
      Refusal r = referral.refusal().get();
      return Optional.of(new CodeableConcept().addCoding(Vocabulary.refusalCoding(r)).setText(reasonText(r)));
    } else if (referral.failure().isPresent()) {
      return Optional.of(new CodeableConcept().addCoding(Vocabulary.failureCoding(referral.failure().get()))
          .setText(referral.failure().get().code()));
    } else if (referral.status() == ReferralStatus.CANCELLED) {
      return Optional.of(new CodeableConcept().setText("withdrawn by the referrer"));
    }
    return Optional.empty();
  }

  /** The IG asks for a text with every rejection; only a not-eligible refusal carries one of its own. */
  private static String reasonText(Refusal refusal) {
    if (refusal instanceof Refusal.NotEligible n) {
      return n.criterion();
    } else if (refusal instanceof Refusal.PreconditionUnmet p) {
      return "precondition unmet: " + p.domain().code() + " first";
    }
    return refusal.type().replace('-', ' ');
  }

  private static Consent consent(Referral referral, ReferralContext context, String id,
      DataSharingBasis.Consent basis) {
    Consent c = new Consent();
    c.setId(id);
    c.setStatus(Consent.ConsentState.ACTIVE);
    c.setScope(new CodeableConcept().addCoding(new Coding(Vocabulary.CONSENT_SCOPE, "patient-privacy",
        "Privacy Consent")));
    c.addCategory(new CodeableConcept().addCoding(new Coding(Vocabulary.ACT_CODE, "IDSCL",
        "information disclosure")));
    c.setPatient(client(referral, context));
    c.setDateTimeElement(dateTime(basis.givenAt()));
    c.addPerformer(switch (basis.givenBy()) {
      case CLIENT -> client(referral, context);
      case LEGAL_REPRESENTATIVE -> new Reference().setType("RelatedPerson").setDisplay("legal representative");
    });
    c.addOrganization(organization(referral.from()));
    c.setSource(new Attachment().setTitle("consent as recorded by the referring agency")
        .setCreationElement(dateTime(basis.givenAt())));
    c.addPolicy().setUri(Vocabulary.GDPR);
    Consent.ProvisionComponent provision = c.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
    for (AgencyId recipient : basis.recipients()) {
      provision.addActor().setRole(new CodeableConcept().addCoding(new Coding(Vocabulary.PARTICIPATION_TYPE, "IRCP",
          "information recipient"))).setReference(organization(recipient));
    }
    for (LifeDomain domain : basis.domains()) {
      provision.addCode(Vocabulary.domain(domain));
    }
    return c;
  }

  // ----------------------------------------------------------------------------------------------------------- in

  /**
   * Reads a partner's updated {@code Task} for a referral: works out the commands it means — from its status, its
   * status reason and outputs, and its owner (a professional of the partner taking over accountability) — and
   * decides them against the referral as it is now. A Task that repeats the referral's current state means
   * nothing new, so applying the same Task version twice changes nothing.
   *
   * @param current the referral as casework holds it, not null
   * @param task the partner's Task, not null; it is not modified
   * @return the commands, their events and the referral's new state
   * @throws FhirException if the Task names another referral ({@link FhirCodes#WRONG_REFERRAL}), lacks its status,
   *     its {@code lastModified} or what its status needs ({@link FhirCodes#MISSING_ELEMENT}), holds a reason or
   *     outcome no mapping knows ({@link FhirCodes#UNKNOWN_CODE}), sets a status of the requesting side
   *     ({@link FhirCodes#REQUESTER_STATUS}) or one without a counterpart ({@link FhirCodes#UNSUPPORTED_STATUS}),
   *     asks for a step the transition table forbids ({@link FhirCodes#FORBIDDEN_TRANSITION}), or holds a value the
   *     domain rejects (the domain's code, such as {@code referral.out-of-order})
   */
  public static TaskUpdate read(Referral current, Task task) {
    requireNonNull(current, "current");
    requireNonNull(task, "task");
    checkReferral(current, task);
    Optional<String> version = task.hasMeta() && task.getMeta().hasVersionId()
        ? Optional.of(task.getMeta().getVersionId()) : Optional.empty();
    if (!task.hasStatus()) {
      throw new FhirException(FhirCodes.MISSING_ELEMENT, "Task.status", "a Task update must have a status");
    }
    if (!task.hasLastModifiedElement() || task.getLastModifiedElement().getValue() == null) {
      throw new FhirException(FhirCodes.MISSING_ELEMENT, "Task.lastModified",
          "a Task update must say when it was made");
    }
    Instant at = task.getLastModifiedElement().getValue().toInstant();
    Optional<ReferralCommand> status = statusCommand(current, task, at);
    Optional<ReferralCommand> handover = handoverCommand(current, task, at);
    // A partner that took over and ended the service in one update: the handover happened while serving.
    boolean handoverFirst = status.isPresent() && (status.get() instanceof ReferralCommand.Complete
        || status.get() instanceof ReferralCommand.Fail);
    List<ReferralCommand> commands = new ArrayList<>(2);
    List<ReferralEvent> events = new ArrayList<>(2);
    Referral state = current;
    if (handoverFirst && handover.isPresent()) {
      state = decide(state, handover.get(), "Task.owner", commands, events);
    }
    if (status.isPresent()) {
      state = decide(state, status.get(), "Task.status", commands, events);
    }
    if (!handoverFirst && handover.isPresent()) {
      state = decide(state, handover.get(), "Task.owner", commands, events);
    }
    return new TaskUpdate(state, ImmutableList.copyOf(commands), ImmutableList.copyOf(events), version);
  }

  private static void checkReferral(Referral current, Task task) {
    boolean named = false;
    for (Identifier i : task.getIdentifier()) {
      if (Vocabulary.REFERRAL_ID.equals(i.getSystem())) {
        if (current.id().value().equals(i.getValue())) {
          return;
        }
        named = true;
      }
    }
    if (named) {
      throw new FhirException(FhirCodes.WRONG_REFERRAL, "Task.identifier",
          "the Task's referral identifier names another referral than the one it is applied to");
    }
  }

  private static Optional<ReferralCommand> statusCommand(Referral current, Task task, Instant at) {
    Task.TaskStatus status = task.getStatus();
    ReferralStatus now = current.status();
    switch (status) {
      case DRAFT, REQUESTED, CANCELLED, ENTEREDINERROR -> {
        if (Vocabulary.taskStatus(now) == status) {
          return Optional.empty();
        }
        throw new FhirException(FhirCodes.REQUESTER_STATUS, "Task.status",
            "only the referring side sets draft, requested, cancelled or entered-in-error");
      }
      case RECEIVED -> {
        if (isWaitlisted(task)) {
          Instant expected = outputValue(task, Vocabulary.EXPECTED_START).filter(DateTimeType.class::isInstance)
              .map(v -> ((DateTimeType) v).getValue()).map(Date::toInstant).orElseThrow(() -> new FhirException(
                  FhirCodes.MISSING_ELEMENT, "Task.output", "a waitlisting needs an expected-start date output"));
          if (now == ReferralStatus.WAITLISTED && current.expectedStart().equals(Optional.of(expected))) {
            return Optional.empty();
          }
          return Optional.of(construct("Task.output", () -> new ReferralCommand.Waitlist(expected, at)));
        }
        return now == ReferralStatus.RECEIVED ? Optional.empty() : Optional.of(new ReferralCommand.Receive(at));
      }
      case ACCEPTED -> {
        return now == ReferralStatus.ACCEPTED ? Optional.empty() : Optional.of(new ReferralCommand.Accept(at));
      }
      case INPROGRESS -> {
        return now == ReferralStatus.IN_PROGRESS ? Optional.empty() : Optional.of(new ReferralCommand.Start(at));
      }
      case REJECTED -> {
        Refusal refusal = refusal(task);
        return current.refusal().equals(Optional.of(refusal)) ? Optional.empty()
            : Optional.of(new ReferralCommand.Refuse(refusal, at));
      }
      case COMPLETED -> {
        ReferralOutcome outcome = outputValue(task, Vocabulary.OUTCOME).filter(CodeableConcept.class::isInstance)
            .map(v -> Vocabulary.outcomeOf((CodeableConcept) v).orElseThrow(() -> new FhirException(
                FhirCodes.UNKNOWN_CODE, "Task.output", "the outcome names no code of casework's referral outcomes")))
            .orElseThrow(() -> new FhirException(FhirCodes.MISSING_ELEMENT, "Task.output",
                "a completion needs an outcome output: need-met, partly-met or not-met"));
        return current.outcome().equals(Optional.of(outcome)) ? Optional.empty()
            : Optional.of(new ReferralCommand.Complete(outcome, at));
      }
      case FAILED -> {
        if (!task.hasStatusReason()) {
          throw new FhirException(FhirCodes.MISSING_ELEMENT, "Task.statusReason", "a failure needs a reason");
        }
        var reason = Vocabulary.failureOf(task.getStatusReason()).orElseThrow(() -> new FhirException(
            FhirCodes.UNKNOWN_CODE, "Task.statusReason", "names no code of casework's failure reasons"));
        return current.failure().equals(Optional.of(reason)) ? Optional.empty()
            : Optional.of(new ReferralCommand.Fail(reason, at));
      }
      default -> throw new FhirException(FhirCodes.UNSUPPORTED_STATUS, "Task.status",
          "casework has no counterpart for ready or on-hold");
    }
  }

  private static boolean isWaitlisted(Task task) {
    return task.hasBusinessStatus() && Vocabulary.codeIn(task.getBusinessStatus(), Vocabulary.REFERRAL_STATUS)
        .filter(ReferralStatus.WAITLISTED.code()::equals).isPresent();
  }

  private static Optional<Type> outputValue(Task task, String type) {
    for (Task.TaskOutputComponent o : task.getOutput()) {
      if (o.hasType() && Vocabulary.isParameter(o.getType(), type) && o.hasValue()) {
        return Optional.of(o.getValue());
      }
    }
    return Optional.empty();
  }

  private static Refusal refusal(Task task) {
    if (!task.hasStatusReason()) {
      throw new FhirException(FhirCodes.MISSING_ELEMENT, "Task.statusReason", "a rejection needs a reason");
    }
    CodeableConcept reason = task.getStatusReason();
    String kind = Vocabulary.codeIn(reason, Vocabulary.REFUSAL_REASON).orElseThrow(() -> new FhirException(
        FhirCodes.UNKNOWN_CODE, "Task.statusReason", "names no code of casework's refusal reasons"));
    if (kind.equals(Refusal.NotEligible.TYPE)) {
      if (!reason.hasText() || reason.getText().isBlank()) {
        throw new FhirException(FhirCodes.MISSING_ELEMENT, "Task.statusReason.text",
            "a not-eligible refusal names the criterion not met in the text");
      }
      return construct("Task.statusReason.text", () -> new Refusal.NotEligible(reason.getText()));
    } else if (kind.equals(Refusal.NoCapacity.TYPE)) {
      return new Refusal.NoCapacity();
    } else if (kind.equals(Refusal.ClientUnreachable.TYPE)) {
      return new Refusal.ClientUnreachable();
    } else if (kind.equals(Refusal.PreconditionUnmet.TYPE)) {
      LifeDomain domain = outputValue(task, Vocabulary.PRECONDITION).filter(CodeableConcept.class::isInstance)
          .map(v -> Vocabulary.domainOf((CodeableConcept) v).orElseThrow(() -> new FhirException(
              FhirCodes.UNKNOWN_CODE, "Task.output", "the precondition names no code of casework's life domains")))
          .orElseThrow(() -> new FhirException(FhirCodes.MISSING_ELEMENT, "Task.output",
              "a precondition refusal needs a precondition output naming the life domain to solve first"));
      Optional<AgencyId> agency = outputValue(task, Vocabulary.PRECONDITION_AGENCY)
          .filter(Reference.class::isInstance)
          .map(v -> agencyOf((Reference) v));
      return new Refusal.PreconditionUnmet(domain, agency);
    }
    throw new FhirException(FhirCodes.UNKNOWN_CODE, "Task.statusReason", "names no code of casework's refusal reasons");
  }

  private static AgencyId agencyOf(Reference reference) {
    Identifier i = reference.getIdentifier();
    if (!Vocabulary.AGENCY_ID.equals(i.getSystem()) || !i.hasValue()) {
      throw new FhirException(FhirCodes.UNKNOWN_CODE, "Task.output",
          "the precondition's agency is not named by a casework agency identifier");
    }
    return construct("Task.output", () -> AgencyId.of(i.getValue()));
  }

  private static Optional<ReferralCommand> handoverCommand(Referral current, Task task, Instant at) {
    if (!task.hasOwner() || !task.getOwner().hasIdentifier()) {
      return Optional.empty();
    }
    Identifier i = task.getOwner().getIdentifier();
    if (!Vocabulary.PROFESSIONAL_ID.equals(i.getSystem())) {
      return Optional.empty();
    }
    ProfessionalId by = construct("Task.owner", () -> ProfessionalId.of(i.getValue() == null ? "" : i.getValue()));
    if (current.handover().map(Handover::to).equals(Optional.of(by))) {
      return Optional.empty();
    }
    return Optional.of(new ReferralCommand.AcceptAccountability(by, at));
  }

  private static Referral decide(Referral state, ReferralCommand command, String element,
      List<ReferralCommand> commands, List<ReferralEvent> events) {
    Decision<Referral, ReferralEvent> d;
    try {
      d = state.decide(command);
    } catch (CaseworkException e) {
      if (e.code().equals(ReferralCodes.ILLEGAL_TRANSITION)) {
        throw new FhirException(FhirCodes.FORBIDDEN_TRANSITION, element, "a referral that is "
            + state.status().code() + (state.handover().isPresent() ? " and handed over" : "")
            + " does not allow this step");
      }
      throw new FhirException(e, e.code().equals(ReferralCodes.OUT_OF_ORDER) ? "Task.lastModified" : element);
    }
    commands.add(command);
    events.addAll(d.events());
    return d.state();
  }

  private interface Construction<T> {
    T get();
  }

  /** Builds a value from a Task's content, reporting a domain rejection against the Task element it came from. */
  private static <T> T construct(String element, Construction<T> construction) {
    try {
      return construction.get();
    } catch (FhirException e) {
      throw e;
    } catch (CaseworkException e) {
      throw new FhirException(e, element);
    }
  }

  // ------------------------------------------------------------------------------------------------------ helpers

  /**
   * Returns the FHIR resource id of a referral's resources: the referral id itself when it is a valid FHIR id
   * (1 to 64 of {@code [A-Za-z0-9.-]}), otherwise {@code cw-} and the first 40 hex digits of its SHA-256, since
   * casework ids may also hold {@code _} and {@code :}. The referral id itself always travels as an identifier.
   *
   * @param id the referral id, not null
   * @return the resource id
   */
  public static String fhirId(ReferralId id) {
    String value = requireNonNull(id, "id").value();
    if (FHIR_ID.matcher(value).matches()) {
      return value;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return "cw-" + HexFormat.of().formatHex(hash).substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("bug: every Java platform has SHA-256", e);
    }
  }

  private static Identifier referralIdentifier(ReferralId id) {
    return new Identifier().setSystem(Vocabulary.REFERRAL_ID).setValue(id.value());
  }

  private static Reference organization(AgencyId agency) {
    return new Reference().setType("Organization")
        .setIdentifier(new Identifier().setSystem(Vocabulary.AGENCY_ID).setValue(agency.value()));
  }

  private static Reference practitioner(ProfessionalId professional) {
    return new Reference().setType("Practitioner")
        .setIdentifier(new Identifier().setSystem(Vocabulary.PROFESSIONAL_ID).setValue(professional.value()));
  }

  private static Reference client(Referral referral, ReferralContext context) {
    if (context.patient().isPresent()) {
      return new Reference(context.patient().get());
    }
    return new Reference().setType("Patient")
        .setIdentifier(new Identifier().setSystem(Vocabulary.CLIENT_ID).setValue(referral.client().value()));
  }

  private static DateTimeType dateTime(Instant instant) {
    DateTimeType t = new DateTimeType(Date.from(instant),
        instant.getNano() == 0 ? ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND
            : ca.uhn.fhir.model.api.TemporalPrecisionEnum.MILLI, UTC);
    return t;
  }

  // ------------------------------------------------------------------------------------------------------ catalogue

  /**
   * Returns every error code a caller of this module may see: casework-core's, then this module's
   * {@link FhirCodes}.
   *
   * @return the codes with their meanings, immutable
   */
  public static ImmutableList<ErrorCode> errorCodes() {
    return ALL;
  }

  /**
   * Returns the entry of an error code of casework-core or of this module.
   *
   * @param code the code, such as {@code fhir.forbidden-transition}, not null
   * @return the entry, or empty if neither module throws this code
   */
  public static Optional<ErrorCode> findErrorCode(String code) {
    return Optional.ofNullable(ALL_BY_CODE.get(requireNonNull(code, "code")));
  }
}
