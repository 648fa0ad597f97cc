-- The customers' contact details as the users module's events told them, every notification with what became of it,
-- and the dev mailbox. Customers are named by id only: their accounts belong to the users module.

-- One row per user, from UserRegistered and UserContactChanged. A deleted user's row stays with every personal column
-- erased, so that an older event delivered late cannot bring the details back.
CREATE TABLE notifications.contacts (
    user_id           uuid PRIMARY KEY,
    name              text,
    email             text,
    -- E.164, such as +4915112345678; texts go there only with sms_notifications.
    phone             text,
    sms_notifications boolean NOT NULL,
    -- When the details were last changed; NULL while they are still those given at registration.
    changed_at        timestamptz,
    erased_at         timestamptz,
    CHECK ((erased_at IS NULL) = (name IS NOT NULL AND email IS NOT NULL)),
    CHECK (erased_at IS NULL OR (phone IS NULL AND NOT sms_notifications)),
    CHECK (phone IS NOT NULL OR NOT sms_notifications)
);

-- One row per message to send on one channel. The fact it reports (event_key, such as order-confirmed:<order id>)
-- and the channel identify it: an event delivered again inserts nothing.
CREATE TABLE notifications.notifications (
    id              uuid PRIMARY KEY,
    event_key       text NOT NULL,
    channel         text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    template        text NOT NULL,
    customer_id     uuid NOT NULL,
    -- What the templates show besides the contact details (order lines, totals), as JSON; nothing personal.
    facts           jsonb NOT NULL,
    status          text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    -- The address or phone number it went to, once sent; erased with the customer's account.
    recipient       text,
    -- Sends tried: each failed one waits longer for the next; after agora.notifications.max-attempts it is FAILED.
    attempts        integer NOT NULL CHECK (attempts >= 0),
    -- When a PENDING notification is due; while one is being sent, until when it is another instance's to retry.
    next_attempt_at timestamptz NOT NULL,
    -- Why the last attempt failed, or why it was skipped.
    detail          text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    UNIQUE (event_key, channel),
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CHECK (status = 'SENT' OR recipient IS NULL)
);
CREATE INDEX notifications_due ON notifications.notifications (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notifications_newest ON notifications.notifications (created_at DESC, id DESC);
CREATE INDEX notifications_by_status ON notifications.notifications (status, created_at DESC, id DESC);
CREATE INDEX notifications_by_customer ON notifications.notifications (customer_id, created_at DESC, id DESC);

-- The emails sent while no SMTP server is configured, for administrators to read (GET /api/notifications/outbox).
CREATE TABLE notifications.dev_mailbox (
    notification_id uuid PRIMARY KEY REFERENCES notifications.notifications (id),
    to_address      text NOT NULL,
    subject         text NOT NULL,
    text_body       text NOT NULL,
    html_body       text NOT NULL,
    sent_at         timestamptz NOT NULL
);
CREATE INDEX dev_mailbox_newest ON notifications.dev_mailbox (sent_at DESC, notification_id DESC);
CREATE INDEX dev_mailbox_by_address ON notifications.dev_mailbox (to_address, sent_at DESC);
