-- The payments module's schema, created by Flyway for this module. Its tables arrive with the module's features.
COMMENT ON SCHEMA payments IS 'Payments and refunds, with gateway references but never card numbers. Owned by the payments module; no other module reads or writes it.';
