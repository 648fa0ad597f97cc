-- One payment per order, ever: the charge of its total and, once, its refund. Cards appear only as the gateway's
-- token, kept only while the charge is pending, and their last four digits; card numbers never reach Agora.

CREATE TABLE payments.payments (
    id               uuid PRIMARY KEY,
    order_id         uuid NOT NULL UNIQUE,
    customer_id      uuid NOT NULL,
    amount           numeric(19, 4) NOT NULL CHECK (amount > 0),
    currency         char(3) NOT NULL,
    card_token       text CHECK (length(card_token) BETWEEN 1 AND 255),
    card_last4       char(4) CHECK (card_last4 ~ '^[0-9]{4}$'),
    status           text NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'DECLINED', 'REFUNDED',
                                                     'REFUND_FAILED')),
    decline_reason   text CHECK (decline_reason IN ('CARD_DECLINED', 'INSUFFICIENT_FUNDS', 'INVALID_CARD',
                                                    'GATEWAY_UNAVAILABLE')),
    decline_detail   text,
    -- The gateway's ids of the charge and of its refund.
    charge_reference text,
    refund_reference text,
    refund_reason    text,
    -- Why the processor refused the refund (REFUND_FAILED): an operator must give the money back another way.
    refund_failure   text,
    -- How often the gateway was asked to charge: more than once after no answer, a redelivery or a crash.
    attempts         integer NOT NULL CHECK (attempts >= 0),
    -- Whether an attempt got no answer after its request may have reached the processor: the charge may have gone
    -- through, and a payment given up as GATEWAY_UNAVAILABLE must then be reconciled.
    charge_outcome_unknown boolean NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint NOT NULL,
    CHECK ((status = 'PENDING') = (card_token IS NOT NULL)),
    CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
    CHECK ((status IN ('COMPLETED', 'REFUNDED', 'REFUND_FAILED'))
           = (charge_reference IS NOT NULL AND card_last4 IS NOT NULL)),
    CHECK ((status = 'REFUNDED') = (refund_reference IS NOT NULL)),
    CHECK ((status = 'REFUND_FAILED') = (refund_failure IS NOT NULL)),
    CHECK ((status IN ('REFUNDED', 'REFUND_FAILED')) = (refund_reason IS NOT NULL))
);
-- Payments left pending (the gateway not answering yet, or a crash between asking it and recording its answer), the
-- declines whose charge may have gone through (GATEWAY_UNAVAILABLE after an attempt with its outcome unknown) and the
-- refunds the processor refused (REFUND_FAILED), for operators to reconcile with the processor.
CREATE INDEX payments_to_reconcile ON payments.payments (updated_at)
    WHERE status IN ('PENDING', 'REFUND_FAILED')
       OR (decline_reason = 'GATEWAY_UNAVAILABLE' AND charge_outcome_unknown);
