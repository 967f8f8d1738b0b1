package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.Envelope;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.Wire;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;

/**
 * Reads a document's envelope ({@code format}, {@code version}, {@code kind}) and its {@code data}, which it hands to
 * the deserializer of the kind the reader expects ({@link Envelope#EXPECTED}, an attribute of the reader).
 *
 * <p>The envelope is checked before the data is read, so a document of an unknown version is reported as such
 * and not as a malformed document of this version. When {@code data} comes before the envelope members (they may
 * come in any order), it is buffered until they have been checked; errors inside it then carry a pointer but no
 * line or column.
 */
public final class EnvelopeDeserializer extends CaseworkDeserializer<Envelope> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final EnvelopeDeserializer INSTANCE = new EnvelopeDeserializer();

  private static final String FORMAT = "format";
  private static final String VERSION = "version";
  private static final String KIND = "kind";
  private static final String DATA = "data";
  private static final Pointer DATA_POINTER = Pointer.ROOT.member(DATA);

  private EnvelopeDeserializer() {
    super(Envelope.class);
  }

  @Override
  public Envelope read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    Envelope.Expected expected = (Envelope.Expected) ctxt.getAttribute(Envelope.EXPECTED);
    if (expected == null) {
      throw new IllegalStateException("bug: an envelope is read only through CaseworkJson");
    }
    Reading.expect(p, pointer, JsonToken.START_OBJECT, "an object");
    long start = Failures.whereToken(p);
    boolean strict = Reading.strict(ctxt);
    boolean format = false;
    boolean version = false;
    boolean kind = false;
    boolean dataSeen = false;
    Object data = null;
    TokenBuffer buffered = null;
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String name = p.currentName();
      long at = Failures.whereToken(p);
      if (name.equals(FORMAT) || name.equals(VERSION) || name.equals(KIND) || (name.equals(DATA)
          && expected.hasData())) {
        if ((name.equals(FORMAT) && format) || (name.equals(VERSION) && version) || (name.equals(KIND) && kind)
            || (name.equals(DATA) && dataSeen)) {
          throw Failures.at(at, Pointer.ROOT.member(name), JsonCodes.DUPLICATE_KEY,
              "an object must not hold the same member name twice");
        }
      } else if (strict) {
        throw Failures.at(at, pointer, JsonCodes.UNKNOWN_MEMBER, Failures.unknownMember(name));
      } else {
        p.nextToken();
        Reading.skip(p);
        continue;
      }
      p.nextToken();
      Pointer memberPointer = Pointer.ROOT.member(name);
      try {
        switch (name) {
          case FORMAT -> {
            checkFormat(p, ctxt, memberPointer);
            format = true;
          }
          case VERSION -> {
            checkVersion(p, ctxt, memberPointer);
            version = true;
          }
          case KIND -> {
            checkKind(p, ctxt, memberPointer, expected);
            kind = true;
          }
          default -> {
            dataSeen = true;
            if (format && version && kind) {
              data = readData(p, ctxt, expected);
            } else {
              buffered = ctxt.bufferAsCopyOfValue(p);
            }
          }
        }
      } catch (IOException e) {
        throw Failures.fromParser(e, p, memberPointer);
      }
    }
    requirePresent(format, FORMAT, start);
    requirePresent(version, VERSION, start);
    requirePresent(kind, KIND, start);
    if (!expected.hasData() || (expected.dataOptional() && !dataSeen)) {
      return new Envelope(expected.kind(), Envelope.NO_DATA);
    }
    requirePresent(dataSeen, DATA, start);
    if (buffered != null) {
      try (JsonParser bp = buffered.asParserOnFirstToken()) {
        data = readData(bp, ctxt, expected);
      }
    }
    if (data == null) {
      throw new AssertionError("bug: envelope data not read");
    }
    return new Envelope(expected.kind(), data);
  }

  private static void requirePresent(boolean present, String name, long start) {
    if (!present) {
      throw Failures.at(start, Pointer.ROOT, JsonCodes.MISSING_MEMBER, "the member '" + name + "' is required");
    }
  }

  private static void checkFormat(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    if (!Wire.FORMAT.equals(Reading.STRING.read(p, ctxt, pointer))) {
      throw Reading.fail(p, pointer, JsonCodes.WRONG_FORMAT, "the document is not in the casework format");
    }
  }

  private static void checkVersion(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.INT) {
      throw Reading.fail(p, pointer, JsonCodes.UNSUPPORTED_VERSION,
          "this library reads version " + Wire.VERSION + " of the format");
    }
    long v = Reading.LONG.read(p, ctxt, pointer);
    if (v != Wire.VERSION) {
      throw Reading.fail(p, pointer, JsonCodes.UNSUPPORTED_VERSION,
          "this library reads version " + Wire.VERSION + " of the format");
    }
  }

  private static void checkKind(JsonParser p, DeserializationContext ctxt, Pointer pointer, Envelope.Expected expected)
      throws IOException {
    if (!expected.kind().equals(Reading.STRING.read(p, ctxt, pointer))) {
      throw Reading.fail(p, pointer, JsonCodes.WRONG_KIND, "the document is not of kind '" + expected.kind() + "'");
    }
  }

  private static Object readData(JsonParser p, DeserializationContext ctxt, Envelope.Expected expected)
      throws IOException {
    // Not findRootValueDeserializer: it looks for a type deserializer too, introspecting the data type's
    // annotations on every document read (issue 16); the format's types carry no type information for Jackson.
    JsonDeserializer<Object> deserializer = ctxt.findContextualValueDeserializer(expected.dataType(), null);
    if (!(deserializer instanceof CaseworkDeserializer<?> casework)) {
      throw new IllegalStateException("bug: no casework deserializer for " + expected.dataType());
    }
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw Reading.fail(p, DATA_POINTER, JsonCodes.NULL_VALUE, "the value must be an object, not null");
    }
    return casework.read(p, ctxt, DATA_POINTER);
  }
}
