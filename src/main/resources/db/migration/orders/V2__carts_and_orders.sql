-- Carts, orders with their lines and status history, and the idempotency keys of checkouts. Products and customers
-- are named by id only: they belong to the catalog and users modules.

-- One cart per customer (its id is the customer's id), priced from the catalog when shown and at checkout.
CREATE TABLE orders.carts (
    id         uuid PRIMARY KEY,
    updated_at timestamptz NOT NULL,
    version    bigint NOT NULL
);

CREATE TABLE orders.cart_lines (
    cart_id    uuid NOT NULL REFERENCES orders.carts (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    sku        text NOT NULL,
    product_id uuid NOT NULL,
    quantity   integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (cart_id, position),
    UNIQUE (cart_id, sku)
);

CREATE TABLE orders.orders (
    id                uuid PRIMARY KEY,
    customer_id       uuid NOT NULL,
    status            text NOT NULL
        CHECK (status IN ('PENDING', 'AWAITING_PAYMENT', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    total_amount      numeric(19, 4) NOT NULL CHECK (total_amount > 0),
    total_currency    char(3) NOT NULL,
    ship_recipient    text NOT NULL,
    ship_line1        text NOT NULL,
    ship_line2        text,
    ship_postal_code  text NOT NULL,
    ship_city         text NOT NULL,
    ship_country      char(2) NOT NULL,
    payment_status    text NOT NULL
        CHECK (payment_status IN ('AWAITING_CARD', 'CARD_RECEIVED', 'CHARGING', 'PAID', 'DECLINED', 'NOT_CHARGED',
                                  'REFUNDING', 'REFUNDED')),
    -- The gateway's token for the customer's card, kept only until the charge is asked for; never a card number.
    card_token        text,
    card_last4        char(4),
    cancellation      text CHECK (cancellation IN ('STOCK_REJECTED', 'PAYMENT_DECLINED', 'PAYMENT_NOT_RECEIVED',
                                                   'CANCELLED_BY_CUSTOMER', 'CANCELLED_BY_ADMIN')),
    placed_at         timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint NOT NULL,
    CHECK ((status = 'CANCELLED') = (cancellation IS NOT NULL))
);
CREATE INDEX orders_by_customer ON orders.orders (customer_id, placed_at DESC, id DESC);
CREATE INDEX orders_by_status ON orders.orders (status, placed_at DESC, id DESC);
CREATE INDEX orders_by_placed_at ON orders.orders (placed_at DESC, id DESC);
-- Orders waiting for a card, which expire after the payment window.
CREATE INDEX orders_awaiting_card ON orders.orders (updated_at)
    WHERE status = 'AWAITING_PAYMENT' AND payment_status = 'AWAITING_CARD';

-- What was bought, as it was priced when the order was placed.
CREATE TABLE orders.order_lines (
    order_id            uuid NOT NULL REFERENCES orders.orders (id) ON DELETE CASCADE,
    position            integer NOT NULL,
    product_id          uuid NOT NULL,
    sku                 text NOT NULL,
    name                text NOT NULL,
    unit_price_amount   numeric(19, 4) NOT NULL CHECK (unit_price_amount > 0),
    unit_price_currency char(3) NOT NULL,
    quantity            integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, position)
);

-- Every status an order went through, when and why.
CREATE TABLE orders.order_status_history (
    order_id uuid NOT NULL REFERENCES orders.orders (id) ON DELETE CASCADE,
    position integer NOT NULL,
    status   text NOT NULL,
    at       timestamptz NOT NULL,
    reason   text NOT NULL,
    PRIMARY KEY (order_id, position)
);

-- A checkout's idempotency key, per customer: the same key again returns this order instead of placing another.
CREATE TABLE orders.checkouts (
    customer_id     uuid NOT NULL,
    idempotency_key text NOT NULL,
    -- SHA-256 of the request, so that the same key with another request is refused.
    request_hash    text NOT NULL,
    order_id        uuid NOT NULL UNIQUE REFERENCES orders.orders (id) DEFERRABLE INITIALLY DEFERRED,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (customer_id, idempotency_key)
);
