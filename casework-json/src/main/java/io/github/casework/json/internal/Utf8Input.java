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
   * Returns a reader of a document's bytes when they are all ASCII, or null: ASCII bytes are valid UTF-8 without a
   * byte-order mark and each is its own character, so the reader widens them without a decoder. The reader of byte
   * arrays uses it instead of {@link #reader}, whose stream decoder and its buffers cost more than parsing a small
   * document; the parser then sees the very characters the decoder would give it, through a reader as before.
   *
   * @param bytes the document
   * @return the reader, or null if a byte has its high bit set (then read the bytes through {@link #open})
   */
  public static @Nullable Reader asciiReader(byte[] bytes) {
    int high = 0;
    for (byte b : bytes) {
      high |= b;
    }
    return high < 0 ? null : new AsciiReader(bytes);
  }

  /** The characters of ASCII bytes, each byte widened. */
  private static final class AsciiReader extends Reader {
    private final byte[] bytes;
    private int pos;

    AsciiReader(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
      if (pos >= bytes.length) {
        return -1;
      }
      int n = Math.min(len, bytes.length - pos);
      for (int i = 0; i < n; i++) {
        buffer[off + i] = (char) bytes[pos + i];
      }
      pos += n;
      return n;
    }

    @Override
    public void close() {
      // The bytes are in memory.
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
