package io.github.casework.json.internal;

import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Reads the lines of an NDJSON stream one at a time, in memory bounded by the longest line allowed: lines end
 * with LF (a CR before it is dropped), the last line may lack its LF, each line is decoded as strict UTF-8, and
 * the stream must not start with a byte-order mark. Not thread-safe.
 */
public final class LineSource implements Closeable {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final int maxFirstLineBytes;
  private final CharsetDecoder decoder = Utf8Input.strictDecoder();
  private final byte[] chunk = new byte[CHUNK];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[1024];
  private int lineLength;
  private CharBuffer chars = CharBuffer.allocate(1024);
  private ByteBuffer bytes = ByteBuffer.wrap(line);
  private long lineNumber;
  private boolean eof;

  /**
   * Creates a source.
   *
   * @param in the stream, closed by {@link #close()}
   * @param maxLineBytes the longest line allowed, in bytes, without its line end
   */
  public LineSource(InputStream in, int maxLineBytes) {
    this(in, maxLineBytes, maxLineBytes);
  }

  /**
   * Creates a source whose first line (a header that carries data) may be longer than the others.
   *
   * @param in the stream, closed by {@link #close()}
   * @param maxLineBytes the longest line allowed after the first, in bytes, without its line end
   * @param maxFirstLineBytes the longest first line allowed
   */
  public LineSource(InputStream in, int maxLineBytes, int maxFirstLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.maxFirstLineBytes = maxFirstLineBytes;
  }

  /**
   * Reads the next line.
   *
   * @return false at the end of the stream
   * @throws CaseworkJsonException if the line is too long or not valid UTF-8, or the stream starts with a BOM
   * @throws UncheckedIOException if the stream cannot be read
   */
  public boolean next() {
    try {
      return readNext();
    } catch (IOException e) {
      // Unchecked here, so that the event stream reader's own catch clauses are Jackson's alone (casework-json3).
      throw new UncheckedIOException(e);
    }
  }

  private boolean readNext() throws IOException {
    if (eof) {
      return false;
    }
    lineLength = 0;
    boolean sawAny = false;
    while (true) {
      if (chunkPos == chunkEnd) {
        int n = in.read(chunk, 0, CHUNK);
        if (n < 0) {
          eof = true;
          if (!sawAny) {
            return false;
          }
          break;
        }
        chunkPos = 0;
        chunkEnd = n;
      }
      sawAny = true;
      int start = chunkPos;
      int newline = -1;
      for (int i = start; i < chunkEnd; i++) {
        if (chunk[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? chunkEnd : newline;
      append(start, end - start);
      chunkPos = newline < 0 ? chunkEnd : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    if (lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    if (lineNumber == 1 && lineLength >= 3
        && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
      throw new CaseworkJsonException(JsonCodes.INVALID_ENCODING, "the input must not start with a byte-order mark",
          "", 1, 1);
    }
    decode();
    return true;
  }

  private void append(int from, int length) throws CaseworkJsonException {
    int max = lineNumber == 0 ? maxFirstLineBytes : maxLineBytes;
    if (lineLength + length > max) {
      throw new CaseworkJsonException(JsonCodes.LIMIT_EXCEEDED,
          "the line exceeds the format's limit on line size (" + max + " bytes)", "", lineNumber + 1, -1);
    }
    if (lineLength + length > line.length) {
      byte[] bigger = new byte[Math.min(max + 1, Math.max(line.length * 2, lineLength + length))];
      System.arraycopy(line, 0, bigger, 0, lineLength);
      line = bigger;
    }
    System.arraycopy(chunk, from, line, lineLength, length);
    lineLength += length;
  }

  private void decode() throws CaseworkJsonException {
    if (chars.capacity() < lineLength) {
      chars = CharBuffer.allocate(Math.max(lineLength, chars.capacity() * 2));
    }
    chars.clear();
    decoder.reset();
    // One wrapper per line buffer rather than per line (issue 16: 48 bytes of a stream's ~2.2 KB per event); the
    // decoder's own ASCII loop is faster than widening the bytes by hand, which was tried.
    if (bytes.array() != line) {
      bytes = ByteBuffer.wrap(line);
    }
    bytes.clear().limit(lineLength);
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      throw new CaseworkJsonException(JsonCodes.INVALID_ENCODING, "the line is not valid UTF-8", "", lineNumber,
          -1);
    }
    chars.flip();
  }

  /** {@return the characters of the current line; valid until the next call of {@link #next()}} */
  public char[] chars() {
    return chars.array();
  }

  /** {@return the number of characters of the current line} */
  public int length() {
    return chars.limit();
  }

  /** {@return the 1-based number of the current line} */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Closes the stream.
   *
   * @throws UncheckedIOException if the stream cannot be closed
   */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
