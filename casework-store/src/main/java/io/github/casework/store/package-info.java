/**
 * An event store for the four aggregates: {@link io.github.casework.store.EventStore} is the contract (append with
 * an expected version, idempotent and multi-stream transactional appends, streams, the global feed, a whole
 * caseload), {@link io.github.casework.store.JdbcEventStore} its implementation on PostgreSQL and H2, and
 * {@link io.github.casework.store.Upcasters} the hook that reads events stored in an older payload format.
 */
@NullMarked
package io.github.casework.store;

import org.jspecify.annotations.NullMarked;
