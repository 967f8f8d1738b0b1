package io.github.casework.examples.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An input file (or standard input, named {@code -}) opened for reading, with the {@code kind} its envelope or
 * header line names. Both a document and an event stream start with an object whose third member is
 * {@code kind}; the first bytes are parsed just far enough to find it, and then read again by the real reader,
 * which validates everything (so a file whose kind cannot be found still gets the reader's exact error).
 */
final class Input implements AutoCloseable {
  /** How far to look for the kind: the envelope's first members are short. */
  private static final int SNIFF_BYTES = 64 * 1024;

  private static final JsonFactory SNIFFER = JsonFactory.builder().build();

  private final String name;
  private final InputStream stream;
  private final Optional<String> kind;

  private Input(String name, InputStream stream, Optional<String> kind) {
    this.name = name;
    this.stream = stream;
    this.kind = kind;
  }

  /**
   * Opens a file, or standard input for {@code -}.
   *
   * @param file the name the user gave, not null
   * @param stdin standard input, not null
   * @param err where progress goes, if shown, not null
   * @param progress whether to show progress
   * @return the input
   * @throws InputException if the file cannot be opened or read
   */
  static Input open(String file, InputStream stdin, PrintWriter err, boolean progress) {
    requireNonNull(file, "file");
    InputStream raw;
    String name = file.equals("-") ? "<stdin>" : file;
    if (file.equals("-")) {
      raw = stdin;
    } else {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw InputException.unreadable(name, CliCodes.FILE_DIRECTORY, "is a directory, not a file");
      }
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        // Opening a named pipe blocks until something writes to it; say so, or the command seems to hang.
        err.println("casework: " + name + " is not a regular file (a named pipe or device): waiting for data; "
            + "Ctrl-C stops");
        err.flush();
      }
      try {
        raw = Files.newInputStream(path);
      } catch (NoSuchFileException e) {
        throw InputException.unreadable(name, CliCodes.FILE_NOT_FOUND, "no such file");
      } catch (AccessDeniedException e) {
        throw InputException.unreadable(name, CliCodes.FILE_ACCESS_DENIED, "cannot be read (permission denied)");
      } catch (IOException e) {
        throw InputException.unreadable(name, CliCodes.FILE_UNREADABLE, "cannot be read (" + e.getClass().getSimpleName()
            + ")");
      }
    }
    InputStream in = progress ? Terminal.withProgress(raw, name, err) : raw;
    byte[] head;
    try {
      head = in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      throw InputException.unreadable(name, CliCodes.FILE_UNREADABLE, "cannot be read (" + e.getClass().getSimpleName()
          + ")");
    }
    return new Input(name, new SequenceInputStream(new ByteArrayInputStream(head), in), kindOf(head));
  }

  /** {@return the name to show in messages: the file name, or {@code <stdin>}} */
  String name() {
    return name;
  }

  /** {@return the stream, from its first byte} */
  InputStream stream() {
    return stream;
  }

  /** {@return the kind the envelope or header names, if it could be found} */
  Optional<String> kind() {
    return kind;
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      // Reading is over; nothing was lost.
    }
  }

  /** Finds the top-level {@code kind} string of the object the bytes start with, without validating anything. */
  static Optional<String> kindOf(byte[] head) {
    try (JsonParser p = SNIFFER.createParser(head)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String member = p.currentName();
        JsonToken value = p.nextToken();
        if (member.equals("kind")) {
          return value == JsonToken.VALUE_STRING ? Optional.of(p.getText()) : Optional.empty();
        }
        p.skipChildren();
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
