-- Accounts with their credentials, role and contact details; their shipping addresses; and the hashes of refresh
-- tokens. A deleted account keeps its row (orders name its id) with everything personal erased.

CREATE TABLE users.accounts (
    id                uuid PRIMARY KEY,
    -- Stored lower case; NULL once the account is deleted.
    email             text UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    -- "{bcrypt}$2a$..." and the like: the algorithm travels with the hash.
    password_hash     text,
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    phone             text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    sms_notifications boolean NOT NULL DEFAULT false,
    role              text NOT NULL CHECK (role IN ('CUSTOMER', 'ADMIN')),
    created_at        timestamptz NOT NULL,
    deleted_at        timestamptz,
    version           bigint NOT NULL,
    CHECK ((deleted_at IS NULL) = (email IS NOT NULL AND password_hash IS NOT NULL)),
    CHECK (NOT sms_notifications OR phone IS NOT NULL)
);
CREATE INDEX accounts_by_created_at ON users.accounts (created_at DESC);
CREATE INDEX accounts_active_admins ON users.accounts (role) WHERE deleted_at IS NULL;

CREATE TABLE users.addresses (
    id          uuid PRIMARY KEY,
    account_id  uuid NOT NULL REFERENCES users.accounts (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    recipient   text NOT NULL,
    line1       text NOT NULL,
    line2       text,
    postal_code text NOT NULL,
    city        text NOT NULL,
    country     char(2) NOT NULL,
    UNIQUE (account_id, position)
);

CREATE TABLE users.refresh_tokens (
    id         uuid PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES users.accounts (id) ON DELETE CASCADE,
    -- The tokens issued one after another since one log-in; reuse of a spent one revokes them all.
    family     uuid NOT NULL,
    -- SHA-256 of the token: the token itself is never stored.
    token_hash bytea NOT NULL UNIQUE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    revoked_at timestamptz
);
CREATE INDEX refresh_tokens_by_family ON users.refresh_tokens (family);
CREATE INDEX refresh_tokens_by_account ON users.refresh_tokens (account_id);
CREATE INDEX refresh_tokens_by_expiry ON users.refresh_tokens (expires_at);
