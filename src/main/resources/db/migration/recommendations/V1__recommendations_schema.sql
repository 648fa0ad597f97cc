-- The recommendations module's schema, created by Flyway for this module. Its tables arrive with the module's features.
COMMENT ON SCHEMA recommendations IS 'The read model of co-purchases, popularity and customer history. Owned by the recommendations module; no other module reads or writes it.';
