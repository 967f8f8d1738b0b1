package io.github.casework.json.ddas;

import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableSet;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignalStatus;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerType;

/**
 * The code lists of the DDAS Uitwisselmodel v1.2 (VNG Realisatie, repository ddas-vroegsignalering, file
 * v1.2/json_schema_Uitwisselmodel.json: EnumSignaalpartner, EnumContactsoort, EnumDagdeel, EnumEindresultaat,
 * EnumSignaalstatus), as facts, each mapped to the casework value it stands for. Every casework value has exactly
 * one DDAS value; the DDAS contact kind "Onbekend" (unknown) has no casework value, as casework records how each
 * attempt was made.
 */
final class DdasVocabulary {
  static final ImmutableBiMap<PartnerType, String> PARTNER = ImmutableBiMap.<PartnerType, String>builder()
      .put(PartnerType.RENT, "Huur")
      .put(PartnerType.ENERGY, "Energie")
      .put(PartnerType.WATER, "Water")
      .put(PartnerType.HEALTH_INSURANCE, "Zorg")
      .put(PartnerType.CAK_HEALTH_INSURANCE, "CAK Zorgverzekeringen")
      .put(PartnerType.CAK_OWN_CONTRIBUTION, "CAK Eigen bijdrage")
      .put(PartnerType.MORTGAGE, "Hypotheek")
      .put(PartnerType.TAX, "Belastingdienst")
      .put(PartnerType.BENEFITS, "Dienst Toeslagen")
      .put(PartnerType.STUDENT_FINANCE, "DUO")
      .put(PartnerType.OTHER, "Overige")
      .buildOrThrow();

  static final ImmutableBiMap<ContactKind, String> CONTACT = ImmutableBiMap.<ContactKind, String>builder()
      .put(ContactKind.ADMINISTRATIVE, "Administratief")
      .put(ContactKind.APPOINTMENT_ON_SITE, "Afspraak op locatie")
      .put(ContactKind.LETTER, "Brief")
      .put(ContactKind.HOME_VISIT, "Huisbezoek")
      .put(ContactKind.CARD, "Kaartje")
      .put(ContactKind.MAIL, "Mail")
      .put(ContactKind.OTHER, "Overige")
      .put(ContactKind.TEXT_MESSAGE, "SMS/Whatsapp")
      .put(ContactKind.PHONE, "Telefoon")
      .buildOrThrow();

  /** The DDAS contact kinds a delivery may hold: casework's and "Onbekend". */
  static final ImmutableSet<String> CONTACT_NAMES =
      ImmutableSet.<String>builder().addAll(CONTACT.values()).add("Onbekend").build();

  static final ImmutableBiMap<PartOfDay, String> PART_OF_DAY = ImmutableBiMap.of(PartOfDay.MORNING, "Ochtend",
      PartOfDay.AFTERNOON, "Middag", PartOfDay.EVENING, "Avond");

  static final ImmutableBiMap<EndResult, String> END_RESULT = ImmutableBiMap.<EndResult, String>builder()
      .put(EndResult.BUDGET_ADVICE_OR_QUICK_FIX, "(Budget)advies en/of quick fix")
      .put(EndResult.NO_CONTACT_POSSIBLE, "Definitief geen contact kunnen krijgen")
      .put(EndResult.NO_RESPONSE_AFTER_EARLIER_CONTACT, "Geen reactie na eerder contact")
      .put(EndResult.ALREADY_KNOWN_TO_DEBT_SERVICES, "Inwoner al bekend bij schuldhulpverlening")
      .put(EndResult.OTHER_HELP_ONGOING, "Inwoner heeft al een ander lopend traject")
      .put(EndResult.ALREADY_PAID, "Inwoner heeft zelf al betaald/betalingsregeling getroffen")
      .put(EndResult.DECEASED, "Inwoner is overleden")
      .put(EndResult.RESIDENT_ARRANGES_IT, "Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering")
      .put(EndResult.NOT_TAKEN_UP_OTHER, "Niet opgepakt: andere reden")
      .put(EndResult.NOT_TAKEN_UP_REPEATED, "Niet opgepakt: herhaalde melding")
      .put(EndResult.NOT_TAKEN_UP_UNJUSTIFIED, "Niet opgepakt: onterecht signaal")
      .put(EndResult.NOT_A_RESIDENT, "Persoon is geen inwoner (meer) in de gemeente")
      .put(EndResult.FOLLOW_UP, "Vervolghulp en/of verwijzing")
      .put(EndResult.FOLLOW_UP_FINANCIAL, "Vervolghulp en/of verwijzing financieel")
      .put(EndResult.FOLLOW_UP_NON_FINANCIAL, "Vervolghulp en/of verwijzing niet financieel")
      .put(EndResult.REFERRAL_WITHOUT_RESIDENT, "Verwijzing zonder tussenkomst inwoner")
      .buildOrThrow();

  static final ImmutableBiMap<EarlySignalStatus, String> STATUS =
      ImmutableBiMap.<EarlySignalStatus, String>builder()
      .put(EarlySignalStatus.ALREADY_KNOWN_TO_DEBT_SERVICES, "Inwoner al bekend bij schuldhulpverlening")
      .put(EarlySignalStatus.DECEASED, "Inwoner is overleden")
      .put(EarlySignalStatus.NOT_TAKEN_UP_OTHER, "Niet opgepakt: andere reden")
      .put(EarlySignalStatus.NOT_TAKEN_UP_REPEATED, "Niet opgepakt: herhaalde melding")
      .put(EarlySignalStatus.NOT_TAKEN_UP_UNJUSTIFIED, "Niet opgepakt: onterecht signaal")
      .put(EarlySignalStatus.NOT_YET_TAKEN_UP, "Nog niet opgepakt")
      .put(EarlySignalStatus.TAKEN_UP, "Opgepakt")
      .put(EarlySignalStatus.NOT_A_RESIDENT, "Persoon is geen inwoner (meer) in de gemeente")
      .buildOrThrow();

  private DdasVocabulary() {}
}
