-- The notifications module's schema, created by Flyway for this module. Its tables arrive with the module's features.
COMMENT ON SCHEMA notifications IS 'Contact details copied from user events, and every notification sent. Owned by the notifications module; no other module reads or writes it.';
