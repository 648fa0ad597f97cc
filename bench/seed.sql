-- The benchmark's fixture: a large catalog and many customers, written straight into the tables in a few set-based
-- statements, because the API would take hours for 100 000 products. Run by bench/run with psql, as the database's
-- owner, against a fresh database that Flyway has migrated and in which the shop has registered one customer through
-- the API (so its password hash is real):
--
--   psql -v products=100000 -v customers=3000 -v registered_email=customer-00001@bench.example.com -f bench/seed.sql
--
-- It writes what the modules' own code would have written for the same data, and nothing else:
--   catalog.categories, catalog.products, catalog.stock_items   what the admin API's product and stock calls write;
--   recommendations.products                                    what its ProductListener writes on ProductAdded;
--   users.accounts                                              what registration writes, the hash copied;
--   notifications.contacts                                      what its AccountListener writes on UserRegistered.
-- No events are published: the listeners' effects are written instead, so the event registry starts empty.
-- Names are made of a few words (bench/src/test/java/bench/SearchSimulation searches for them) and a model number,
-- so that a search term matches a few per cent of the catalog, as in a real shop.

\set ON_ERROR_STOP on
BEGIN;

-- Twelve top-level categories, one per kind of product.
INSERT INTO catalog.categories (id, name, parent_id, created_at, version)
SELECT gen_random_uuid(), name, NULL, now(), 0
FROM unnest(ARRAY['Running', 'Outerwear', 'Socks', 'Bags', 'Camping', 'Cycling', 'Sweaters', 'Rainwear', 'Shoes',
                  'Yoga', 'Drinkware', 'Boots']) AS name;

-- Product i is an adjective, a kind, a colour and a model number; the kind decides the category. The moduli 10, 12
-- and 7 are co-prime, so every combination occurs.
INSERT INTO catalog.products (id, sku, name, description, price_amount, price_currency, category_id, attributes,
                              active, created_at, updated_at, version)
SELECT gen_random_uuid(),
       'BENCH-' || lpad(i::text, 7, '0'),
       adjective || ' ' || kind || ' ' || colour || ' ' || i,
       'A ' || lower(adjective) || ' ' || lower(kind) || ' in ' || lower(colour) || ', made to last.',
       5 + (i % 500) + 0.99,
       'EUR',
       c.id,
       jsonb_build_object('color', lower(colour)),
       true, now(), now(), 0
FROM generate_series(1, :products) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['Lightweight', 'Waterproof', 'Insulated', 'Merino', 'Trail', 'Classic', 'Kids',
                                  'Leather', 'Breathable', 'Urban'])[i % 10 + 1] AS adjective,
                           (ARRAY['Running Shoes', 'Jacket', 'Wool Socks', 'Backpack', 'Tent', 'Cycling Gloves',
                                  'Hoodie', 'Rain Coat', 'Sneakers', 'Yoga Mat', 'Bottle', 'Boots'])[i % 12 + 1] AS kind,
                           i % 12 + 1 AS category_number,
                           (ARRAY['Red', 'Blue', 'Black', 'Green', 'Grey', 'Yellow', 'White'])[i % 7 + 1] AS colour) w
JOIN (SELECT id, row_number() OVER (ORDER BY created_at, name) AS number FROM catalog.categories
      WHERE parent_id IS NULL AND name IN ('Running', 'Outerwear', 'Socks', 'Bags', 'Camping', 'Cycling', 'Sweaters',
                                           'Rainwear', 'Shoes', 'Yoga', 'Drinkware', 'Boots')) c
  ON c.number = w.category_number;

-- Plenty of stock: the checkout scenarios must never run a product out.
INSERT INTO catalog.stock_items (id, sku, product_id, on_hand, reserved, version)
SELECT gen_random_uuid(), sku, id, 1000000, 0, 0 FROM catalog.products WHERE sku LIKE 'BENCH-%';

INSERT INTO recommendations.products (id, sku, name, active)
SELECT id, sku, name, active FROM catalog.products WHERE sku LIKE 'BENCH-%';

-- Customers 2 … N, with the registered customer's password hash (bcrypt: hashing thousands would take minutes).
INSERT INTO users.accounts (id, email, password_hash, name, phone, sms_notifications, role, created_at, deleted_at,
                            version)
SELECT gen_random_uuid(), 'customer-' || lpad(n::text, 5, '0') || '@bench.example.com', r.password_hash,
       'Bench Customer ' || n, NULL, false, 'CUSTOMER', now(), NULL, r.version
FROM generate_series(2, :customers) AS n
CROSS JOIN (SELECT password_hash, version FROM users.accounts WHERE email = :'registered_email') r;

INSERT INTO notifications.contacts (user_id, name, email, phone, sms_notifications)
SELECT id, name, email, NULL, false FROM users.accounts
WHERE email LIKE 'customer-%@bench.example.com' AND email <> :'registered_email'
ON CONFLICT (user_id) DO NOTHING;

COMMIT;

-- What autovacuum would do in a while, done now: statistics, so that the first queries do not plan for empty tables,
-- and the visibility map, so that index-only scans (count(*) of a page's total, for one) work from the first request.
VACUUM (ANALYZE) catalog.categories;
VACUUM (ANALYZE) catalog.products;
VACUUM (ANALYZE) catalog.stock_items;
VACUUM (ANALYZE) recommendations.products;
VACUUM (ANALYZE) users.accounts;
VACUUM (ANALYZE) notifications.contacts;
