package io.github.casework.json.hsds;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.directory.ServiceDirectory;

/**
 * A service directory read from (or to be written as) Open Referral HSDS 3.1: the {@link ServiceDirectory}, the
 * members of organizations and services that casework keeps verbatim without interpreting them (so that an export
 * gives them back), and the {@link HsdsNote}s of the reading. Kept members are keyed by object, as
 * {@code organization/<agency id>} or {@code service/<agency id>/<service code>}, each a map from member name to the
 * member's JSON text, in input order. Two values are equal when all three parts are. Immutable and thread-safe.
 *
 * @param directory the directory, not null
 * @param kept the kept members per object, not null
 * @param notes what the reader did, in input order; empty for a directory made here, not null
 */
public record HsdsDirectory(ServiceDirectory directory, ImmutableMap<String, ImmutableMap<String, String>> kept,
    ImmutableList<HsdsNote> notes) {

  /**
   * Validates the components.
   *
   * @param directory the directory, not null
   * @param kept the kept members per object, not null
   * @param notes what the reader did, not null
   */
  public HsdsDirectory {
    requireNonNull(directory, "directory");
    requireNonNull(kept, "kept");
    requireNonNull(notes, "notes");
  }

  /**
   * Returns a directory without kept members or notes, for export.
   *
   * @param directory the directory, not null
   * @return the value
   */
  public static HsdsDirectory of(ServiceDirectory directory) {
    return new HsdsDirectory(directory, ImmutableMap.of(), ImmutableList.of());
  }
}
