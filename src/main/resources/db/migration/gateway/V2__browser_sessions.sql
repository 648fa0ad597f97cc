-- The sessions of signed-in browsers (ADR 0038), kept by Spring Session so that every instance serves them: the
-- layout of Spring Session's schema-postgresql.sql, under names of the gateway's own.
CREATE TABLE gateway.browser_sessions (
    primary_id            char(36) PRIMARY KEY,
    session_id            char(36) NOT NULL,
    creation_time         bigint   NOT NULL,
    last_access_time      bigint   NOT NULL,
    max_inactive_interval int      NOT NULL,
    expiry_time           bigint   NOT NULL,
    principal_name        varchar(100)
);
CREATE UNIQUE INDEX browser_sessions_session_id ON gateway.browser_sessions (session_id);
CREATE INDEX browser_sessions_expiry_time ON gateway.browser_sessions (expiry_time);
CREATE INDEX browser_sessions_principal_name ON gateway.browser_sessions (principal_name);

CREATE TABLE gateway.browser_sessions_attributes (
    session_primary_id char(36)     NOT NULL REFERENCES gateway.browser_sessions (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
