-- Attempts now count only requests that may have reached the processor, and those still without an answer are counted
-- apart: a payment whose charge may have gone through is looked up by its key before it is given up (ADR 0012,
-- amended). A payment declined by an earlier version while an attempt was unanswered keeps one, so that operators see
-- it among the payments to reconcile.
ALTER TABLE payments.payments ADD COLUMN unanswered_attempts integer NOT NULL DEFAULT 0,
    -- When the latest attempt was sent: the processor's "no such charge" counts only once it is long enough ago that
    -- a request still under way there would have been carried out.
    ADD COLUMN last_attempt_at timestamptz;
UPDATE payments.payments SET unanswered_attempts = 1 WHERE charge_outcome_unknown;
ALTER TABLE payments.payments ALTER COLUMN unanswered_attempts DROP DEFAULT,
    ADD CONSTRAINT payments_unanswered_attempts_check CHECK (unanswered_attempts BETWEEN 0 AND attempts);

DROP INDEX payments.payments_to_reconcile;
ALTER TABLE payments.payments DROP COLUMN charge_outcome_unknown;

-- A payment charged after it was declined is completed and refunded, and keeps the decline its order was told of.
DO $$
DECLARE
    declined_has_reason text;
BEGIN
    SELECT conname INTO STRICT declined_has_reason FROM pg_constraint
    WHERE conrelid = 'payments.payments'::regclass AND contype = 'c'
      AND pg_get_constraintdef(oid) LIKE '%''DECLINED''%decline_reason IS NOT NULL%';
    EXECUTE format('ALTER TABLE payments.payments DROP CONSTRAINT %I', declined_has_reason);
END $$;
ALTER TABLE payments.payments ADD CONSTRAINT payments_declined_has_reason
    CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
    ADD CONSTRAINT payments_reason_only_when_declined
    CHECK (decline_reason IS NULL OR status IN ('DECLINED', 'COMPLETED', 'REFUNDED', 'REFUND_FAILED'));

-- What an operator must look at: payments still pending (the gateway not answering yet, or a lookup not answered), the
-- refunds the processor refused, and declines from before this version whose charge may have gone through.
CREATE INDEX payments_to_reconcile ON payments.payments (updated_at)
    WHERE status IN ('PENDING', 'REFUND_FAILED')
       OR (decline_reason = 'GATEWAY_UNAVAILABLE' AND unanswered_attempts > 0);
