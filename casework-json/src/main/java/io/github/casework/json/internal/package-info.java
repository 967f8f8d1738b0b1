/**
 * Internals of the wire format shared by the serializers and deserializers: the envelope, pointers, the mapping
 * of parser failures to {@link io.github.casework.json.CaseworkJsonException}, code tables, strict UTF-8 input and
 * NDJSON lines. Not exported.
 *
 * <p>Adding an aggregate (say referrals) is one regular change: a {@code CodeTable} per new enum; an event
 * serializer (one branch per event record: {@code type}, then the components in order) and deserializer (a member
 * table and one {@code Variants.add(TYPE, factory, members)} per record); an {@link
 * io.github.casework.json.internal.Aggregate} constant (id, start, evolve); a history value with its serializer and
 * deserializer (write the state, replay the history, compare the stated state); the {@code DocumentKind} and
 * {@code EventStreamKind} constants and their registration in {@code CaseworkModule}; a schema per kind listed in
 * {@code CaseworkJson}; scenarios, golden vectors and manifest rows in the tests.
 */
@NullMarked
package io.github.casework.json.internal;

import org.jspecify.annotations.NullMarked;
