/**
 * The casework wire format (Jackson 2.x). Filled in by the wire-format work; see the README.
 */
module io.github.casework.json {
  requires transitive io.github.casework.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;
}
