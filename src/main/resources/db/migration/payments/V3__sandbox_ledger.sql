-- The sandbox gateway's books, as a real processor keeps them on its side: every charge and refund it answered, by the
-- idempotency key it was asked with, so that a key seen again gets the first answer. Written only when
-- agora.payments.gateway=sandbox; empty otherwise.

CREATE TABLE payments.sandbox_ledger (
    idempotency_key  text PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('CHARGE', 'REFUND')),
    order_id         uuid NOT NULL,
    amount           numeric(19, 4) NOT NULL CHECK (amount > 0),
    currency         char(3) NOT NULL,
    outcome          text NOT NULL CHECK (outcome IN ('APPROVED', 'DECLINED', 'REFUNDED')),
    -- The sandbox's id of an approved charge or of a refund.
    reference        text UNIQUE,
    card_last4       char(4),
    decline_reason   text,
    -- The charge a refund gives back.
    charge_reference text REFERENCES payments.sandbox_ledger (reference),
    created_at       timestamptz NOT NULL,
    CHECK ((outcome = 'DECLINED') = (reference IS NULL)),
    CHECK ((kind = 'REFUND') = (charge_reference IS NOT NULL))
);
CREATE INDEX sandbox_ledger_by_order ON payments.sandbox_ledger (order_id, kind);
