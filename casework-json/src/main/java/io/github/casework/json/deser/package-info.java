/**
 * Deserializers of the wire format. Each reads its value token by token, validates every member through the
 * domain's own factories and constructors, and reports failures as
 * {@link io.github.casework.json.CaseworkJsonException}s that carry the JSON pointer, line and column. Not exported;
 * registered by {@link io.github.casework.json.CaseworkModule}.
 */
@NullMarked
package io.github.casework.json.deser;

import org.jspecify.annotations.NullMarked;
