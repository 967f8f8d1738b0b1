package io.github.casework.privacy;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import io.github.casework.InvalidValueException;
import java.nio.charset.StandardCharsets;

/**
 * The host's secret for pseudonymising ids in a {@link ResearchExport}: a keyed hash (HMAC-SHA-256, RFC 2104 with
 * SHA-256 of FIPS 180-4) of each id, so that the same key gives the same pseudonym in every export (a researcher
 * can link exports) and another key gives unrelated ones, and nobody without the key can compute a pseudonym from
 * an id to check a guess. Invariants: the key is at least {@value #MIN_BYTES} bytes, the hash's own length, as RFC
 * 2104 section 3 advises. {@link #toString()} never shows the key. Immutable and thread-safe (Guava's
 * {@link Hashing#hmacSha256(byte[])}).
 */
public final class ResearchKey {
  /** The shortest key accepted, in bytes. */
  public static final int MIN_BYTES = 32;

  private final HashFunction hmac;

  private ResearchKey(byte[] key) {
    this.hmac = Hashing.hmacSha256(key);
  }

  /**
   * Returns a key from its bytes, which are copied.
   *
   * @param key the secret, at least {@value #MIN_BYTES} bytes, not null
   * @return the key
   * @throws InvalidValueException if the key is shorter than {@value #MIN_BYTES} bytes
   */
  public static ResearchKey of(byte[] key) {
    requireNonNull(key, "key");
    if (key.length < MIN_BYTES) {
      throw new InvalidValueException(PrivacyCodes.EXPORT_KEY_TOO_SHORT, "ResearchKey",
          "a research export needs a key of at least " + MIN_BYTES + " bytes");
    }
    return new ResearchKey(key.clone());
  }

  /**
   * Returns the pseudonym of an id: the lower-case hex of the HMAC of its kind and value, 64 characters, which is
   * a valid id of every kind.
   *
   * @param kind the kind of id (such as {@code case}), so that equal texts of different kinds do not link, not null
   * @param value the id's text, not null
   * @return the pseudonym
   */
  public String pseudonym(String kind, String value) {
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
    return hmac.newHasher().putString(kind, StandardCharsets.UTF_8).putByte((byte) 0)
        .putString(value, StandardCharsets.UTF_8).hash().toString();
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "ResearchKey[<redacted>]";
  }
}
