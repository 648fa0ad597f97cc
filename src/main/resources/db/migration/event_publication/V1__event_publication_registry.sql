-- Spring Modulith's event publication registry (the transactional outbox), in the layout of its JDBC schema v2
-- for PostgreSQL. Owned by Flyway rather than created by Modulith at start-up, so that a change of that layout in a
-- later Modulith version arrives as a reviewed migration here (ADR 0004).

CREATE TABLE event_publication.event_publication (
    id                     uuid NOT NULL PRIMARY KEY,
    listener_id            text NOT NULL,
    event_type             text NOT NULL,
    serialized_event       text NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx
    ON event_publication.event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx
    ON event_publication.event_publication (completion_date);
