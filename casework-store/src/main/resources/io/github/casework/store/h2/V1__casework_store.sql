-- casework-store, schema version 1, H2 2.x, the embedded default.
-- A plain migration: run it with Flyway (this file name is a Flyway versioned migration), with Liquibase
-- (<sqlFile path="io/github/casework/store/h2/V1__casework_store.sql"/>), with psql, or let
-- JdbcEventStore.createSchema() run it. Every statement is idempotent.

-- One row per event. position is the event's place in the global feed: consecutive, without gaps, in commit order
-- (see casework_feed_head). payload is the wire format's canonical event JSON at format_version.
CREATE TABLE IF NOT EXISTS casework_events (
  position       bigint      NOT NULL PRIMARY KEY,
  stream_type    varchar(16) NOT NULL,
  stream_id      varchar(64) NOT NULL,
  version        bigint      NOT NULL CHECK (version >= 1),
  event_type     varchar(64) NOT NULL,
  format_version integer     NOT NULL CHECK (format_version >= 1),
  payload        CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT casework_events_stream_version UNIQUE (stream_type, stream_id, version)
);

-- The last feed position handed out. Every append transaction locks this one row first (SELECT ... FOR UPDATE) and
-- holds it to commit, so positions are handed out in commit order: a reader that has seen position p never later
-- sees a lower one commit (the gap problem of sequences, whose values commit out of order). A rolled-back
-- transaction rolls its positions back too, so the feed has no holes.
CREATE TABLE IF NOT EXISTS casework_feed_head (
  id       integer NOT NULL PRIMARY KEY CHECK (id = 1),
  position bigint  NOT NULL
);
INSERT INTO casework_feed_head (id, position)
  SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM casework_feed_head);

-- The result of every append made with a message id, so that a re-sent message is stored once.
CREATE TABLE IF NOT EXISTS casework_messages (
  message_id     varchar(128) NOT NULL PRIMARY KEY,
  stream_type    varchar(16)  NOT NULL,
  stream_id      varchar(64)  NOT NULL,
  version        bigint       NOT NULL,
  first_position bigint       NOT NULL,
  last_position  bigint       NOT NULL
);

-- What a caseload holds besides its aggregates (agencies, professionals, mandates, areas): one caseload document
-- of the wire format without aggregates, for the caseload check.
CREATE TABLE IF NOT EXISTS casework_context (
  id       integer NOT NULL PRIMARY KEY CHECK (id = 1),
  document CHARACTER LARGE OBJECT NOT NULL
);
