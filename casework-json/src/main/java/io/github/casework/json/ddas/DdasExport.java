package io.github.casework.json.ddas;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.ReceivedSignal;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.EarlySignalId;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.OutreachHistory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the DDAS delivery (DDAS Uitwisselmodel v1.2 of VNG Realisatie, the JSON that municipalities or their
 * software suppliers deliver to CBS) of the outreach cases of one municipality over a period: one levering with the
 * early signals (vroegsignalen) and the outreach cases (vroegsignaalzaken) with their contact attempts and end
 * results.
 *
 * <p>A case belongs to the period when it was opened on or before its last day and was still open on its first day
 * (not closed before it). Given as states ({@link #write}), a case is reported as it stands when exported; given as
 * its history ({@link #atPeriodEnd}, as a caseload file carries it), it is reported as it stood at the end of the
 * period's last day — events recorded later (a take-up, an attempt, an end result after the period) are left out,
 * so a delivery made late says what was true in the period. Each signal is reported once, with the status its
 * case gives it. The model keeps no municipality code per case: the request's {@code gemeentecode} is the
 * delivery's, and the caller gives one municipality's cases. What the delivery holds, member by member:
 * <ul>
 *   <li>produced from the model: the period, delivery instant and supplier code; per levering {@code teller} (1),
 *       {@code gemeentecode} and the organisation's {@code naam}; per signal {@code ID}, {@code crisissignaal},
 *       {@code warmeOverdracht}, {@code bedrag}, {@code ontstaansdatum}, {@code signaaldatum}, {@code status},
 *       {@code signaalpartner.type} and the {@code client} (the BSN, or postcode, house number and addition); per
 *       case {@code resultaat} (once closed), {@code datumOpgepakt} (once taken up), {@code vroegsignalen} and
 *       {@code contactpogingen} ({@code soort}, {@code bereikt}, {@code datum}, {@code dagdeel} where recorded);
 *   <li>not produced, having no source in the model: the organisation's {@code kvk-nummer} and
 *       {@code contactpersonen}; the client's {@code geslachtsaanduiding} and {@code geboortedatum} (not kept, see
 *       {@link Resident}); the case's {@code matchingsdatum}, {@code startdatumMatchingperiode} and
 *       {@code einddatumMatchingperiode} (the matching is CBS's step, after delivery).
 * </ul>
 * The delivery holds personal data (BSNs and addresses) by design: it goes to CBS under the Wgs. Plain Jackson
 * streaming; stateless and thread-safe.
 */
public final class DdasExport {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private DdasExport() {}

  /**
   * Returns the cases a delivery for the request holds, in the order of their ids.
   *
   * @param request the delivery's request, not null
   * @param cases the municipality's outreach cases, not null
   * @return the cases of the period
   */
  public static ImmutableList<OutreachCase> inPeriod(DdasRequest request, Collection<OutreachCase> cases) {
    requireNonNull(request, "request");
    return requireNonNull(cases, "cases").stream()
        .filter(c -> !day(request, c.openedAt()).isAfter(request.to()))
        .filter(c -> c.closedAt().map(at -> !day(request, at).isBefore(request.from())).orElse(true))
        .sorted(Comparator.comparing(OutreachCase::id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Writes the delivery of the cases of the period as UTF-8 JSON.
   *
   * @param request the delivery's request, not null
   * @param cases the municipality's outreach cases, not null; those outside the period are left out
   * @param out where to write; not closed, not null
   * @return what the delivery holds, counted from the cases
   * @throws InvalidValueException if two cases of the period bundle signals with the same id
   * @throws UncheckedIOException if writing fails
   */
  public static DdasSummary write(DdasRequest request, Collection<OutreachCase> cases, OutputStream out) {
    requireNonNull(out, "out");
    ImmutableList<OutreachCase> selected = inPeriod(request, cases);
    Set<EarlySignalId> seen = new HashSet<>();
    selected.forEach(c -> c.signals().forEach(s -> {
      if (!seen.add(s.signal().id())) {
        throw new InvalidValueException(JsonCodes.DDAS_DUPLICATE_SIGNAL, "DdasExport.cases",
            "each early signal is in one outreach case of a delivery");
      }
    }));
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      writeDelivery(g, request, selected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DdasSummary.of(request, selected);
  }

  /**
   * Returns the delivery of the cases of the period as UTF-8 JSON bytes.
   *
   * @param request the delivery's request, not null
   * @param cases the municipality's outreach cases, not null
   * @return the delivery
   * @throws InvalidValueException if two cases of the period bundle signals with the same id
   */
  public static byte[] toBytes(DdasRequest request, Collection<OutreachCase> cases) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(request, cases, out);
    return out.toByteArray();
  }

  /**
   * Returns the outreach cases of the period as they stood at its end: each history replayed up to the last
   * instant of the period's last day in the request's zone, the cases opened later left out, in the order of their
   * ids. Give the result to {@link #write}.
   *
   * @param request the delivery's request, not null
   * @param histories the municipality's outreach cases, each with its history, not null
   * @return the cases of the period, at the period's end
   */
  public static ImmutableList<OutreachCase> atPeriodEnd(DdasRequest request, Collection<OutreachHistory> histories) {
    requireNonNull(request, "request");
    Instant end = request.to().atTime(LocalTime.MAX).atZone(request.zone()).toInstant();
    return inPeriod(request, requireNonNull(histories, "histories").stream()
        .flatMap(h -> h.asOf(end).stream()).toList());
  }

  static LocalDate day(DdasRequest request, Instant at) {
    return at.atZone(request.zone()).toLocalDate();
  }

  private static void writeDelivery(JsonGenerator g, DdasRequest request, ImmutableList<OutreachCase> cases)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("codeGegevensleverancier", request.supplier());
    g.writeStringField("startdatumLevering", request.from().toString());
    g.writeStringField("einddatumLevering", request.to().toString());
    g.writeStringField("aanleverdatumEnTijd",
        DateTimeFormatter.ISO_INSTANT.format(request.deliveredAt().truncatedTo(ChronoUnit.SECONDS)));
    g.writeFieldName("leveringen");
    g.writeStartArray();
    g.writeStartObject();
    g.writeNumberField("teller", 1);
    g.writeStringField("gemeentecode", request.municipality());
    g.writeFieldName("aanleverendeOrganisatie");
    g.writeStartObject();
    g.writeStringField("naam", request.organisation());
    g.writeEndObject();
    g.writeFieldName("vroegsignalen");
    g.writeStartArray();
    for (OutreachCase c : cases) {
      for (ReceivedSignal s : c.signals()) {
        writeSignal(g, c, s.signal());
      }
    }
    g.writeEndArray();
    g.writeFieldName("vroegsignaalzaken");
    g.writeStartArray();
    for (OutreachCase c : cases) {
      writeCase(g, c);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeSignal(JsonGenerator g, OutreachCase c, EarlySignal s) throws IOException {
    g.writeStartObject();
    g.writeStringField("ID", s.id().value());
    g.writeBooleanField("crisissignaal", s.crisis());
    g.writeBooleanField("warmeOverdracht", s.warmHandover());
    g.writeNumberField("bedrag", s.amountEuros());
    g.writeStringField("ontstaansdatum", s.arrearsSince().toString());
    g.writeStringField("signaaldatum", s.signalDate().toString());
    g.writeStringField("status", DdasVocabulary.STATUS.get(c.statusOf(s.id()).orElseThrow()));
    g.writeFieldName("signaalpartner");
    g.writeStartObject();
    g.writeStringField("type", DdasVocabulary.PARTNER.get(s.partner()));
    g.writeEndObject();
    g.writeFieldName("client");
    g.writeStartObject();
    Resident r = s.resident();
    if (r instanceof Resident.ByBsn b) {
      g.writeStringField("burgerservicenummer", b.bsn().value());
    } else {
      Resident.ByAddress a = (Resident.ByAddress) r;
      g.writeStringField("postcode", a.postcode());
      g.writeStringField("huisnummer", Integer.toString(a.houseNumber()));
      if (a.addition().isPresent()) {
        g.writeStringField("huisnummertoevoeging", a.addition().get());
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeCase(JsonGenerator g, OutreachCase c) throws IOException {
    g.writeStartObject();
    if (c.ending().isPresent()) {
      g.writeStringField("resultaat", DdasVocabulary.END_RESULT.get(c.ending().get().result()));
    }
    if (c.takenUpOn().isPresent()) {
      g.writeStringField("datumOpgepakt", c.takenUpOn().get().toString());
    }
    g.writeFieldName("vroegsignalen");
    g.writeStartArray();
    for (ReceivedSignal s : c.signals()) {
      g.writeStartObject();
      g.writeStringField("ID", s.signal().id().value());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("contactpogingen");
    g.writeStartArray();
    for (ContactAttempt a : c.attempts()) {
      g.writeStartObject();
      g.writeStringField("soort", DdasVocabulary.CONTACT.get(a.kind()));
      g.writeBooleanField("bereikt", a.reached());
      g.writeStringField("datum", a.on().toString());
      if (a.partOfDay().isPresent()) {
        g.writeStringField("dagdeel", DdasVocabulary.PART_OF_DAY.get(a.partOfDay().get()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
