-- The read model recommendations answer from, built from order and catalog events and rebuilt from the orders'
-- history (ADR 0015). Nothing here is the source of truth: every row can be thrown away and counted again.

-- What the catalog said of a product when this module last heard: from ProductAdded, activation changes and order
-- lines, refreshed from the catalog on activation changes and on a rebuild.
CREATE TABLE recommendations.products (
    id     uuid PRIMARY KEY,
    sku    text    NOT NULL,
    name   text    NOT NULL,
    active boolean NOT NULL
);

-- Every order this module heard of: COUNTED while its lines are in the counts below, CANCELLED once it was cancelled
-- (a cancellation that arrives before the confirmation leaves the mark, so that the late confirmation counts nothing).
-- The counted orders with their lines are each customer's purchase history.
CREATE TABLE recommendations.orders (
    id          uuid PRIMARY KEY,
    customer_id uuid NOT NULL,
    status      text NOT NULL CONSTRAINT orders_status_known CHECK (status IN ('COUNTED', 'CANCELLED'))
);

CREATE INDEX orders_counted_by_customer ON recommendations.orders (customer_id) WHERE status = 'COUNTED';

-- The lines of a counted order as they were counted, one per product: what a cancellation takes back out.
CREATE TABLE recommendations.order_lines (
    order_id   uuid NOT NULL REFERENCES recommendations.orders (id) ON DELETE CASCADE,
    product_id uuid NOT NULL,
    quantity   integer NOT NULL CONSTRAINT order_lines_quantity_positive CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);

-- How many counted orders bought a product: the "popular" ranking and the tie-breaker of every other.
CREATE TABLE recommendations.popularity (
    product_id uuid PRIMARY KEY,
    orders     integer NOT NULL CONSTRAINT popularity_orders_positive CHECK (orders > 0),
    units      bigint  NOT NULL CONSTRAINT popularity_units_positive CHECK (units > 0)
);

-- How many counted orders bought two products together, stored in both directions, so that the partners of one
-- product are one range of the primary key. A pair no counted order holds any more has no row.
CREATE TABLE recommendations.co_purchases (
    product_id uuid    NOT NULL,
    partner_id uuid    NOT NULL,
    orders     integer NOT NULL CONSTRAINT co_purchases_orders_positive CHECK (orders > 0),
    PRIMARY KEY (product_id, partner_id),
    CONSTRAINT co_purchases_of_two_products CHECK (product_id <> partner_id)
);
