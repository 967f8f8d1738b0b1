/**
 * The casework wire format (Jackson 2.16 to 2.23; older ones are refused at start): a Jackson module, a safe
 * preconfigured reader and writer, a versioned envelope, JSON Schemas and NDJSON event streams. Only
 * {@code io.github.casework.json} is API; the serializers, deserializers and internals are not exported.
 */
module io.github.casework.json {
  requires transitive io.github.casework.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.casework.json;
  exports io.github.casework.json.hsds;

  provides com.fasterxml.jackson.databind.Module with io.github.casework.json.CaseworkModule;
}
