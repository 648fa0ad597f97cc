-- The orders module's schema, created by Flyway for this module. Its tables arrive with the module's features.
COMMENT ON SCHEMA orders IS 'Carts, orders, their lines and status history. Owned by the orders module; no other module reads or writes it.';
