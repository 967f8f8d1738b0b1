/**
 * Internals of the wire format shared by the serializers and deserializers: the envelope, pointers, the mapping
 * of parser failures to {@link io.github.casework.json.CaseworkJsonException}, code tables, strict UTF-8 input,
 * NDJSON lines, and the {@link io.github.casework.json.internal.ObjectCodec} tables that describe every record-like
 * value and every aggregate's stated state, one class of them per document kind ({@code CaseShapes},
 * {@code ReferralShapes}, {@code EscalationShapes}, {@code SignalShapes}, {@code CaseViewShapes},
 * {@code DirectoryShapes}, {@code OutreachShapes}, {@code CaseloadShapes}, and {@code Shapes} for the check's
 * findings). Not exported.
 *
 * <p><b>Start-up.</b> Nothing here is built when the module is registered: Java initialises a class on its first
 * use, so each kind's tables, each deserializer's member table ({@code Tables} holders), each code table's codes
 * and each aggregate's history reader are built when a value of theirs is first read or written. Keep it so: a
 * table registered eagerly, or a constant that refers to another kind's holder, brings its whole kind into every
 * start ({@code ColdStartClasses} in the benchmarks counts the classes a first read loads).
 *
 * <p>Adding an aggregate is one regular change (referrals, escalations and signals were added this way): a
 * {@code CodeTable} per new enum (in {@code CodeTable.ALL}, and a branch of its {@code domainCode}); an event
 * serializer (one branch per event record: {@code type}, then the components in order) and deserializer (a member
 * table and one {@code Variants.add(TYPE, factory, members)} per record); a class of {@code ObjectCodec}s ({@code ReferralShapes}
 * is one) for the values the events hold and the aggregate's state ({@code buildState()}); one holder and branch in
 * {@link io.github.casework.json.internal.Histories} (the core's {@code AggregateType}, the state codec, the event
 * serializer and deserializer), from which the one {@code History} serializer and the aggregate's
 * {@code HistoryDeserializer} follow; the {@code DocumentKind} and {@code EventStreamKind} constants, a component of
 * {@code CaseloadSnapshot} and a member of its codec; a schema per kind listed in {@code CaseworkJson}; scenarios,
 * golden vectors and manifest rows in the tests. The mixed caseload-events stream picks the aggregate up from
 * {@code AggregateType.values()}.
 */
@NullMarked
package io.github.casework.json.internal;

import org.jspecify.annotations.NullMarked;
