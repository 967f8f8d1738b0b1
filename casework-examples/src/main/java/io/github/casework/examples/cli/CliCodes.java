package io.github.casework.examples.cli;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the {@code casework} command's own errors about its input and output files, shown in square
 * brackets at the end of the one-line message; the codes of what the libraries reject are theirs
 * ({@link io.github.casework.json.CaseworkJson#errorCodes()}). Codes never change meaning between releases.
 */
public final class CliCodes {
  /** The input holds another kind of document or stream than the command reads. */
  public static final String WRONG_KIND = "check.wrong-kind";
  /** The input of an export holds another kind of document or stream than a caseload snapshot or event stream. */
  public static final String EXPORT_WRONG_KIND = "export.wrong-kind";
  /** The input names no known document or stream kind. */
  public static final String UNKNOWN_KIND = "json.unknown-kind";
  /** The path names a folder, not a file. */
  public static final String FILE_DIRECTORY = "file.directory";
  /** No file exists at the path. */
  public static final String FILE_NOT_FOUND = "file.not-found";
  /** The operating system denies reading or writing the file. */
  public static final String FILE_ACCESS_DENIED = "file.access-denied";
  /** The file cannot be read, for a reason of the operating system other than a missing file or permission. */
  public static final String FILE_UNREADABLE = "file.unreadable";
  /** The output file exists and the command was not told to overwrite it. */
  public static final String FILE_EXISTS = "file.exists";
  /** The folder of the output file does not exist. */
  public static final String FILE_NO_FOLDER = "file.no-folder";
  /** The output file cannot be written, for a reason of the operating system other than permission. */
  public static final String FILE_UNWRITABLE = "file.unwritable";
  /** The --db option names a JDBC URL of a database other than PostgreSQL. */
  public static final String STORE_URL_UNSUPPORTED = "store.url-unsupported";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(WRONG_KIND, "The input holds another kind of document or stream than the command reads."),
      code(EXPORT_WRONG_KIND, "The input of an export holds another kind of document or stream than a caseload "
          + "snapshot or event stream."),
      code(UNKNOWN_KIND, "The input names no known document or stream kind."),
      code(FILE_DIRECTORY, "The path names a folder, not a file."),
      code(FILE_NOT_FOUND, "No file exists at the path."),
      code(FILE_ACCESS_DENIED, "The operating system denies reading or writing the file."),
      code(FILE_UNREADABLE, "The file cannot be read, for a reason of the operating system other than a missing "
          + "file or permission."),
      code(FILE_EXISTS, "The output file exists and the command was not told to overwrite it."),
      code(FILE_NO_FOLDER, "The folder of the output file does not exist."),
      code(FILE_UNWRITABLE, "The output file cannot be written, for a reason of the operating system other than "
          + "permission."),
      code(STORE_URL_UNSUPPORTED, "The --db option names a JDBC URL of a database other than PostgreSQL."));

  private CliCodes() {}

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, CliCodes.class.getPackageName());
  }

  /**
   * Returns every code of this class with the rule it stands for, in declaration order.
   *
   * @return the codes, immutable
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }
}
