package io.github.casework.json.internal;

import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns bytes into characters the way the wire format requires: UTF-8 only (RFC 8259 §8.1), no byte-order mark,
 * every malformed sequence (overlong forms, encoded surrogates, code points above U+10FFFF, truncated sequences)
 * an error, and at most a given number of bytes.
 */
public final class Utf8Input {
  private Utf8Input() {}

  /** {@return a UTF-8 decoder that reports every malformed or unmappable sequence} */
  public static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Returns a reader of the stream's characters.
   *
   * @param in the bytes; not closed by the reader's {@code close}
   * @param maxBytes the most bytes that may be read
   * @return the reader; it throws {@link ByteOrderMarkException}, a {@link java.nio.charset.CharacterCodingException}
   *     or {@link LimitExceededException} when the input breaks a rule
   * @throws IOException if the first bytes cannot be read, or they are a byte-order mark
   */
  public static Reader reader(InputStream in, long maxBytes) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(new Bounded(in, maxBytes), 3);
    byte[] head = new byte[3];
    int n = 0;
    while (n < 3) {
      int r = pushback.read(head, n, 3 - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    if (n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      throw new ByteOrderMarkException();
    }
    if (n > 0) {
      pushback.unread(head, 0, n);
    }
    return new InputStreamReader(pushback, strictDecoder());
  }

  /**
   * Returns a reader of the stream's characters, as {@link #reader} does, with a failure of the first bytes already
   * translated: the caller (the facade, which imports Jackson) then catches Jackson's failures only.
   *
   * @param in the bytes; not closed by the reader's {@code close}
   * @param maxBytes the most bytes that may be read
   * @return the reader
   * @throws CaseworkJsonException if the input starts with a byte-order mark ({@code json.invalid-encoding}) or
   *     exceeds the limit at once ({@code json.limit-exceeded})
   * @throws UncheckedIOException if the first bytes cannot be read
   */
  public static Reader open(InputStream in, long maxBytes) {
    try {
      return reader(in, maxBytes);
    } catch (ByteOrderMarkException e) {
      throw new CaseworkJsonException(JsonCodes.INVALID_ENCODING, e.getMessage(), "", -1, -1);
    } catch (LimitExceededException e) {
      throw new CaseworkJsonException(JsonCodes.LIMIT_EXCEEDED, String.valueOf(e.getMessage()), "", -1, -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes a whole document at once, for the reader of byte arrays: a parser over the characters avoids the
   * stream decoder's buffers, which cost more than the decoding of a small document. Returns null where the bytes
   * break a rule of {@link #reader} (over the limit, a byte-order mark, a malformed sequence): the caller then reads
   * them through {@link #open}, which reports the failure where it always has, after any earlier syntax error.
   *
   * @param bytes the document
   * @param maxBytes the most bytes a document may have
   * @return the characters, or null if the bytes are not a UTF-8 text without a byte-order mark within the limit
   */
  public static @Nullable CharBuffer decodeWhole(byte[] bytes, long maxBytes) {
    if (bytes.length > maxBytes || (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF)) {
      return null;
    }
    try {
      return strictDecoder().decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A stream that fails once more than a given number of bytes is read, and never closes its source. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private long count;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws LimitExceededException {
      count += n;
      if (count > max) {
        throw new LimitExceededException(Failures.documentSize(max));
      }
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }
}
