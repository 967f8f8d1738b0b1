/**
 * Serializers of the wire format. Each writes its members in the canonical order (for records: {@code type} if
 * any, then the components in declaration order), omits absent optional members, and writes instants as RFC 3339
 * UTC date-times and enums as their stable codes, so that writing a value read from a canonical document gives
 * the same bytes. Not exported; registered by {@link io.github.casework.json.CaseworkModule}.
 */
@NullMarked
package io.github.casework.json.ser;

import org.jspecify.annotations.NullMarked;
