-- The catalog: a tree of categories, products with their prices and attributes, and the stock of every SKU.
-- Full-text search uses a generated tsvector (GIN) for ranked word and prefix matches, and pg_trgm (GIN) on names
-- for typo tolerance. Extensions are database-wide objects: they live in public, created by whichever module first
-- needs one (ADR 0002).

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE catalog.categories (
    id         uuid PRIMARY KEY,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    parent_id  uuid REFERENCES catalog.categories (id),
    created_at timestamptz NOT NULL,
    version    bigint NOT NULL,
    CHECK (parent_id <> id)
);
-- Sibling categories have distinct names; top-level ones too (a NULL parent counts as one parent).
CREATE UNIQUE INDEX categories_name_unique_among_siblings
    ON catalog.categories (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name));
CREATE INDEX categories_by_parent ON catalog.categories (parent_id);

CREATE TABLE catalog.products (
    id             uuid PRIMARY KEY,
    sku            text NOT NULL UNIQUE,
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description    text NOT NULL DEFAULT '',
    price_amount   numeric(19, 4) NOT NULL CHECK (price_amount > 0),
    price_currency char(3) NOT NULL,
    category_id    uuid NOT NULL REFERENCES catalog.categories (id),
    attributes     jsonb NOT NULL DEFAULT '{}',
    active         boolean NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint NOT NULL,
    search_vector  tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', name), 'A') ||
        setweight(to_tsvector('simple', sku), 'A') ||
        setweight(to_tsvector('english', description), 'C')
    ) STORED
);
CREATE INDEX products_search ON catalog.products USING gin (search_vector);
CREATE INDEX products_name_trigrams ON catalog.products USING gin (name gin_trgm_ops);
CREATE INDEX products_by_category ON catalog.products (category_id);
CREATE INDEX products_by_name ON catalog.products (lower(name), id) WHERE active;
CREATE INDEX products_by_price ON catalog.products (price_currency, price_amount) WHERE active;

-- Stock of one SKU: what is physically on hand, and how much of it is set aside for orders.
CREATE TABLE catalog.stock_items (
    id         uuid PRIMARY KEY,
    sku        text NOT NULL UNIQUE REFERENCES catalog.products (sku),
    product_id uuid NOT NULL UNIQUE REFERENCES catalog.products (id),
    on_hand    integer NOT NULL CHECK (on_hand >= 0),
    reserved   integer NOT NULL CHECK (reserved >= 0),
    version    bigint NOT NULL,
    CHECK (reserved <= on_hand)
);

-- One reservation per order (its id is the order's id), kept after release or commit so that a command handled
-- twice is recognised.
CREATE TABLE catalog.stock_reservations (
    id         uuid PRIMARY KEY,
    status     text NOT NULL CHECK (status IN ('RESERVED', 'REJECTED', 'COMMITTED', 'RELEASED')),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint NOT NULL
);

CREATE TABLE catalog.stock_reservation_lines (
    stock_reservation uuid NOT NULL REFERENCES catalog.stock_reservations (id) ON DELETE CASCADE,
    sku               text NOT NULL,
    quantity          integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (stock_reservation, sku)
);
