package io.github.casework.json.internal;

import static io.github.casework.json.internal.Ids.AGENCY_ID;
import static io.github.casework.json.internal.Ids.CASE_ID;
import static io.github.casework.json.internal.Ids.CLIENT_ID;
import static io.github.casework.json.internal.Ids.NEED_ID;
import static io.github.casework.json.internal.Ids.REFERRAL_ID;
import static io.github.casework.json.internal.Ids.code;
import static io.github.casework.json.internal.Ids.codeOf;

import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import io.github.casework.json.deser.DataSharingBasisDeserializer;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.deser.ReferralEventDeserializer;
import io.github.casework.json.ser.DataSharingBasisSerializer;
import io.github.casework.json.ser.ReferralEventSerializer;
import io.github.casework.json.ser.Writing;
import io.github.casework.party.Role;
import io.github.casework.privacy.Accountable;
import io.github.casework.privacy.CaseView;
import io.github.casework.privacy.SharedReferral;
import io.github.casework.referral.DataSharingBasis;

/**
 * The wire shape of a case view (what a receiving agency may see of a case), as {@link ObjectCodec} tables: members
 * in canonical order, the domain's constructor to read them. Built on first use, not when the module is registered.
 */
public final class CaseViewShapes {
  private CaseViewShapes() {}

  /** The role and agency of a need's accountable professional in a {@link CaseView}. */
  public static final ObjectCodec<Accountable> ACCOUNTABLE = ObjectCodec.<Accountable>builder()
      .required("role", Accountable::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
      .required("agency", Accountable::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .build(m -> new Accountable(m.required("role", Role.class), m.required("agency", AgencyId.class)));

  /** One referral of a {@link CaseView}: what the receiving agency may see of it, with its history. */
  public static final ObjectCodec<SharedReferral> SHARED_REFERRAL = ObjectCodec.<SharedReferral>builder()
      .required("id", SharedReferral::id, REFERRAL_ID.reader(), REFERRAL_ID.writer())
      .required("need", SharedReferral::need, NEED_ID.reader(), NEED_ID.writer())
      .required("domain", SharedReferral::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
      .required("from", SharedReferral::from, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("service", SharedReferral::service, Reading.STRING, Writing.STRING)
      .required("basis", SharedReferral::basis, DataSharingBasisDeserializer.INSTANCE,
          Writing.with(DataSharingBasisSerializer.INSTANCE))
      .optional("accountable", SharedReferral::accountable, ACCOUNTABLE.reader(), ACCOUNTABLE.writer())
      .required("history", SharedReferral::history, Reading.list(ReferralEventDeserializer.INSTANCE),
          Writing.list(Writing.with(ReferralEventSerializer.INSTANCE)))
      .build(m -> new SharedReferral(m.required("id", ReferralId.class), m.required("need", NeedId.class),
          m.required("domain", LifeDomain.class), m.required("from", AgencyId.class),
          m.required("service", String.class), m.required("basis", DataSharingBasis.class),
          m.optional("accountable", Accountable.class), m.list("history")));

  /** A case view: the agency, the case, the client's pseudonymous id and the shared referrals. */
  public static final ObjectCodec<CaseView> CASE_VIEW = ObjectCodec.<CaseView>builder()
      .required("agency", CaseView::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("caseId", CaseView::caseId, CASE_ID.reader(), CASE_ID.writer())
      .required("client", CaseView::client, CLIENT_ID.reader(), CLIENT_ID.writer())
      .required("referrals", CaseView::referrals, Reading.list(SHARED_REFERRAL.reader()),
          Writing.list(SHARED_REFERRAL.writer()))
      .build(m -> new CaseView(m.required("agency", AgencyId.class), m.required("caseId", CaseId.class),
          m.required("client", ClientId.class), m.list("referrals")));
}
