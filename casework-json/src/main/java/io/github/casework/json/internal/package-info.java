/**
 * Internals of the wire format shared by the serializers and deserializers: the envelope, pointers, the mapping
 * of parser failures to {@link io.github.casework.json.CaseworkJsonException}, code tables, strict UTF-8 input,
 * NDJSON lines, and the {@link io.github.casework.json.internal.ObjectCodec} tables ({@link
 * io.github.casework.json.internal.Shapes}) that describe every record-like value and every aggregate's stated
 * state. Not exported.
 *
 * <p>Adding an aggregate is one regular change (referrals, escalations and signals were added this way): a
 * {@code CodeTable} per new enum (and in {@code CodeTable.ALL}); an event serializer (one branch per event record:
 * {@code type}, then the components in order) and deserializer (a member table and one
 * {@code Variants.add(TYPE, factory, members)} per record); an {@code ObjectCodec} in {@code Shapes} per value the
 * events hold and one for the aggregate's state ({@code buildState()}); one
 * {@link io.github.casework.json.internal.Histories.Shape} row (the core's {@code AggregateType}, the state codec,
 * the event serializer and deserializer), from which the one {@code History} serializer and the aggregate's
 * {@code HistoryDeserializer} follow; the {@code DocumentKind} and {@code EventStreamKind} constants, a component of
 * {@code CaseloadSnapshot} and a member of its codec; a schema per kind listed in {@code CaseworkJson}; scenarios,
 * golden vectors and manifest rows in the tests. The mixed caseload-events stream picks the aggregate up from
 * {@code AggregateType.values()}.
 */
@NullMarked
package io.github.casework.json.internal;

import org.jspecify.annotations.NullMarked;
