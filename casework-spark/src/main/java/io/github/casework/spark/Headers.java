package io.github.casework.spark;

import io.github.casework.CaseworkEvent;
import io.github.casework.check.Caseload;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.EventStreamKind;
import io.github.casework.json.EventStreamReader;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.signal.Area;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header lines of the input files: each is checked as a {@code caseload-events} header, and their agencies,
 * professionals, mandates, areas, service directory and client profiles are merged into the one context every
 * client's part is checked with.
 */
final class Headers {
  private Headers() {}

  /**
   * Reads one header line.
   *
   * @throws SparkInputException if it is not the header of a caseload-events stream
   */
  static Caseload context(CaseworkJson json, String header, String file) {
    byte[] bytes = (header + "\n").getBytes(StandardCharsets.UTF_8);
    try (EventStreamReader<CaseworkEvent, ?> r =
        json.newEventReader(EventStreamKind.CASELOAD_EVENTS, new ByteArrayInputStream(bytes))) {
      return r.context().orElse(CaseloadSnapshot.empty()).caseload();
    } catch (CaseworkJsonException e) {
      throw new SparkInputException(e.code(), file + ": line 1: " + e.getMessage());
    }
  }

  /**
   * Merges the contexts of the files' headers: the union of their agencies, professionals, areas and client
   * profiles, and their mandates and service directory (one each, or none but the default).
   *
   * @throws SparkInputException if two headers disagree ({@link SparkCodes#CONTEXT_CONFLICT})
   */
  static Caseload merge(CaseworkJson json, List<String> headers, List<String> files) {
    Map<AgencyId, Agency> agencies = new LinkedHashMap<>();
    Map<ProfessionalId, Professional> professionals = new LinkedHashMap<>();
    Map<CaseId, Area> areas = new LinkedHashMap<>();
    Map<CaseId, ClientProfile> profiles = new LinkedHashMap<>();
    Optional<ServiceDirectory> directory = Optional.empty();
    Mandates none = Caseload.builder().build().mandates();
    Optional<Mandates> mandates = Optional.empty();
    for (int i = 0; i < headers.size(); i++) {
      Caseload c = context(json, headers.get(i), files.get(i));
      for (Agency a : c.agencies()) {
        agree(agencies.putIfAbsent(a.id(), a), a, files.get(i), "an agency");
      }
      for (Professional p : c.professionals()) {
        agree(professionals.putIfAbsent(p.id(), p), p, files.get(i), "a professional");
      }
      for (Map.Entry<CaseId, Area> e : c.areas().entrySet()) {
        agree(areas.putIfAbsent(e.getKey(), e.getValue()), e.getValue(), files.get(i), "a case's area");
      }
      for (Map.Entry<CaseId, ClientProfile> e : c.profiles().entrySet()) {
        agree(profiles.putIfAbsent(e.getKey(), e.getValue()), e.getValue(), files.get(i), "a case's client profile");
      }
      if (!c.directory().equals(ServiceDirectory.empty())) {
        if (directory.isPresent() && !directory.get().equals(c.directory())) {
          throw conflict(files.get(i), "another service directory");
        }
        directory = Optional.of(c.directory());
      }
      if (!c.mandates().equals(none)) {
        if (mandates.isPresent() && !mandates.get().equals(c.mandates())) {
          throw conflict(files.get(i), "other mandates");
        }
        mandates = Optional.of(c.mandates());
      }
    }
    return Caseload.builder().agencies(agencies.values()).professionals(professionals.values())
        .mandates(mandates.orElse(none)).areas(areas).directory(directory.orElse(ServiceDirectory.empty()))
        .profiles(profiles).build();
  }

  private static void agree(Object earlier, Object now, String file, String what) {
    if (earlier != null && !earlier.equals(now)) {
      throw conflict(file, what + " unlike an earlier file's");
    }
  }

  private static SparkInputException conflict(String file, String what) {
    return new SparkInputException(SparkCodes.CONTEXT_CONFLICT, file + ": line 1: the header lists " + what
        + "; the files of one caseload must agree");
  }
}
