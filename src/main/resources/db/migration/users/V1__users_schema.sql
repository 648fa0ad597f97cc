-- The users module's schema, created by Flyway for this module. Its tables arrive with the module's features.
COMMENT ON SCHEMA users IS 'Accounts, credentials, roles, profiles and addresses. Owned by the users module; no other module reads or writes it.';
