-- Agora's module roles (ADR 0029). Every schema belongs to a role of its own, named after it, and a module's role has
-- no right on any other schema, so PostgreSQL itself refuses a module's query on another module's table.
--
-- Run once per server, as a superuser or a role with CREATEROLE, naming the login the shop connects with:
--   psql "host=HOST dbname=agora user=postgres" -v login=agora -f module-roles.sql
-- The embedded default runs it itself. Without it Agora still starts: its login then owns every schema (one login).
-- At its next start the shop gives every schema, and everything in it, to the schema's role.
DO $$
DECLARE
  owner text;
BEGIN
  FOREACH owner IN ARRAY ARRAY['agora_catalog', 'agora_users', 'agora_orders', 'agora_payments', 'agora_notifications',
      'agora_recommendations', 'agora_gateway', 'agora_event_publication'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = owner) THEN
      -- LOGIN, without a password: an extracted module connects as its role once an operator gives it one.
      EXECUTE format('CREATE ROLE %I LOGIN', owner);
    END IF;
  END LOOP;
END $$;

-- The shop runs every module in one process, so its login acts as every role. An extracted module's service logs in as
-- its own role instead, to a database of its own (docs/extraction.md).
GRANT agora_catalog, agora_users, agora_orders, agora_payments, agora_notifications, agora_recommendations,
  agora_gateway, agora_event_publication TO :"login";
