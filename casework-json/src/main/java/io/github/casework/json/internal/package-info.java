/**
 * Internals of the wire format shared by the serializers and deserializers: the envelope, pointers, the mapping
 * of parser failures to {@link io.github.casework.json.CaseworkJsonException}, code tables, strict UTF-8 input and
 * NDJSON lines. Not exported.
 */
@NullMarked
package io.github.casework.json.internal;

import org.jspecify.annotations.NullMarked;
