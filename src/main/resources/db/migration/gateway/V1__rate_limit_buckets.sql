-- Bucket4j's token buckets for the limits that all instances share (app.gateway.RateLimits).
COMMENT ON SCHEMA gateway IS 'The front door: rate-limit state shared by all instances';

CREATE TABLE gateway.rate_limit_buckets (
    id         text PRIMARY KEY,
    state      bytea,
    -- Epoch milliseconds after which the bucket is full again and may be forgotten.
    expires_at bigint
);
CREATE INDEX rate_limit_buckets_expires_at ON gateway.rate_limit_buckets (expires_at);
