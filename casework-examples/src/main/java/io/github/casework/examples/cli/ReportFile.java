package io.github.casework.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a command's output to the file {@code --out} names: never over an existing file unless {@code --force},
 * never into a folder that does not exist. A failure is an {@link InputException} naming the file and the rule (exit
 * code {@value ExitCodes#INVALID}).
 */
final class ReportFile {
  private ReportFile() {}

  /** Fails early, before any input is read, when the file cannot be written. */
  static void checkWritable(Path file, boolean force) {
    if (Files.isDirectory(file)) {
      throw InputException.unwritable(file.toString(), CliCodes.FILE_DIRECTORY, "is a directory, not a file");
    }
    if (Files.exists(file) && !force) {
      throw InputException.unwritable(file.toString(), CliCodes.FILE_EXISTS, "exists; add --force to overwrite it");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw InputException.unwritable(file.toString(), CliCodes.FILE_NO_FOLDER, "its folder does not exist");
    }
  }

  /** Writes the text as UTF-8; an existing file only with {@code force}. */
  static void write(Path file, String text, boolean force) {
    StandardOpenOption[] options = force
        ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE}
        : new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, options);
    } catch (FileAlreadyExistsException e) {
      throw InputException.unwritable(file.toString(), CliCodes.FILE_EXISTS, "exists; add --force to overwrite it");
    } catch (NoSuchFileException e) {
      throw InputException.unwritable(file.toString(), CliCodes.FILE_NO_FOLDER, "its folder does not exist");
    } catch (AccessDeniedException e) {
      throw InputException.unwritable(file.toString(), CliCodes.FILE_ACCESS_DENIED, "cannot be written (permission denied)");
    } catch (IOException e) {
      throw InputException.unwritable(file.toString(), CliCodes.FILE_UNWRITABLE, "cannot be written ("
          + e.getClass().getSimpleName() + ")");
    }
  }
}
