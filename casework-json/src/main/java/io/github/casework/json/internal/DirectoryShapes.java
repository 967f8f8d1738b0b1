package io.github.casework.json.internal;

import static io.github.casework.json.internal.Ids.AGENCY_ID;
import static io.github.casework.json.internal.Ids.AREA;
import static io.github.casework.json.internal.Ids.RULE;
import static io.github.casework.json.internal.Ids.code;
import static io.github.casework.json.internal.Ids.codeOf;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.HouseholdSituation;
import io.github.casework.directory.IncomeBand;
import io.github.casework.directory.ServiceCapacity;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.id.AgencyId;
import io.github.casework.json.deser.Members;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.ser.Writing;
import io.github.casework.signal.Area;
import java.time.Instant;
import java.util.Optional;

/**
 * The wire shape of a caseload's service directory and of a client profile, as {@link ObjectCodec} tables: members
 * in canonical order, the domain's constructor to read them. Built on first use, not when the module is registered.
 */
public final class DirectoryShapes {
  private DirectoryShapes() {}

  /** A service's capacity, by {@code type}: counted places or a waiting-list band. */
  public static final SealedCodec<ServiceCapacity> SERVICE_CAPACITY = SealedCodec.<ServiceCapacity>of(
      "service capacity")
      .add("places", ServiceCapacity.Places.class, ObjectCodec.<ServiceCapacity.Places>builder()
          .required("available", ServiceCapacity.Places::available, Reading.INT, Writing.INT)
          .required("maximum", ServiceCapacity.Places::maximum, Reading.INT, Writing.INT)
          .required("updatedAt", ServiceCapacity.Places::updatedAt, Reading.INSTANT_READER, Writing.INSTANT),
          m -> new ServiceCapacity.Places(m.required("available", Integer.class), m.required("maximum",
              Integer.class), m.required("updatedAt", Instant.class)))
      .add("waitlist", ServiceCapacity.Waitlist.class, ObjectCodec.<ServiceCapacity.Waitlist>builder()
          .required("band", ServiceCapacity.Waitlist::band, code(CodeTable.WAITLIST_BAND),
              codeOf(CodeTable.WAITLIST_BAND))
          .required("updatedAt", ServiceCapacity.Waitlist::updatedAt, Reading.INSTANT_READER, Writing.INSTANT),
          m -> new ServiceCapacity.Waitlist(m.required("band", WaitlistBand.class), m.required("updatedAt",
              Instant.class)))
      .build();

  /**
   * A service of a caseload's directory: its agency and code, the areas it serves (omitted when every area), its
   * status, its eligibility rule in the rule language, and its capacity when reported.
   */
  @SuppressWarnings("unchecked")
  public static final ObjectCodec<ServiceListing> SERVICE_LISTING = ObjectCodec.<ServiceListing>builder()
      .required("agency", ServiceListing::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("service", ServiceListing::service, Reading.STRING, Writing.STRING)
      .nonEmpty("areas", ServiceListing::areas, Reading.sortedSet(AREA.reader()), Writing.list(AREA.writer()))
      .required("status", ServiceListing::status, code(CodeTable.SERVICE_STATUS), codeOf(CodeTable.SERVICE_STATUS))
      .required("eligibility", ServiceListing::eligibility, RULE.reader(), RULE.writer())
      .optional("capacity", ServiceListing::capacity, SERVICE_CAPACITY.reader(), SERVICE_CAPACITY.writer())
      .build(m -> new ServiceListing(m.required("agency", AgencyId.class), m.required("service", String.class),
          m.optional("areas", ImmutableSortedSet.class).orElse(ImmutableSortedSet.of()),
          m.required("status", ServiceStatus.class), m.required("eligibility", Eligibility.class),
          m.optional("capacity", ServiceCapacity.class)));

  /** A client profile: every fact optional, omitted when unknown. */
  public static final ObjectCodec<ClientProfile> CLIENT_PROFILE = ObjectCodec.<ClientProfile>builder()
      .optional("age", p -> p.age().isPresent() ? Optional.of(p.age().getAsInt()) : Optional.empty(), Reading.INT,
          Writing.INT)
      .optional("household", ClientProfile::household, code(CodeTable.HOUSEHOLD_SITUATION),
          codeOf(CodeTable.HOUSEHOLD_SITUATION))
      .optional("pregnant", ClientProfile::pregnant, Reading.BOOLEAN, Writing.BOOLEAN)
      .optional("income", ClientProfile::income, code(CodeTable.INCOME_BAND), codeOf(CodeTable.INCOME_BAND))
      .optional("registeredAddress", ClientProfile::registeredAddress, Reading.BOOLEAN, Writing.BOOLEAN)
      .optional("area", ClientProfile::area, AREA.reader(), AREA.writer())
      .optional("insured", ClientProfile::insured, Reading.BOOLEAN, Writing.BOOLEAN)
      .optional("employed", ClientProfile::employed, Reading.BOOLEAN, Writing.BOOLEAN)
      .optional("addiction", ClientProfile::addiction, Reading.BOOLEAN, Writing.BOOLEAN)
      .optional("psychiatricCondition", ClientProfile::psychiatricCondition, Reading.BOOLEAN, Writing.BOOLEAN)
      .build(DirectoryShapes::profile);

  private static ClientProfile profile(Members m) {
    ClientProfile.Builder b = ClientProfile.builder();
    m.optional("age", Integer.class).ifPresent(b::age);
    m.optional("household", HouseholdSituation.class).ifPresent(b::household);
    m.optional("pregnant", Boolean.class).ifPresent(b::pregnant);
    m.optional("income", IncomeBand.class).ifPresent(b::income);
    m.optional("registeredAddress", Boolean.class).ifPresent(b::registeredAddress);
    m.optional("area", Area.class).ifPresent(b::area);
    m.optional("insured", Boolean.class).ifPresent(b::insured);
    m.optional("employed", Boolean.class).ifPresent(b::employed);
    m.optional("addiction", Boolean.class).ifPresent(b::addiction);
    m.optional("psychiatricCondition", Boolean.class).ifPresent(b::psychiatricCondition);
    return b.build();
  }
}
