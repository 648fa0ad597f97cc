-- The revision of everything a search can find, moved by the database itself with every statement that changes
-- products or categories, and seen by other transactions once that one commits. Each instance keeps the rankings of
-- recent searches (ADR 0019) and looks at this revision several times a second: when it moved, whatever instance made
-- the change, its rankings are out of date (ADR 0036). Catalog changes are an administrator's, rare and small; a
-- checkout changes stock, which is in another table, and never waits on this row.
CREATE TABLE catalog.search_revision (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    revision bigint  NOT NULL
);
INSERT INTO catalog.search_revision (revision) VALUES (0);

CREATE FUNCTION catalog.next_search_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog.search_revision SET revision = revision + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER products_move_the_search_revision AFTER INSERT OR UPDATE OR DELETE ON catalog.products
    FOR EACH STATEMENT EXECUTE FUNCTION catalog.next_search_revision();
CREATE TRIGGER categories_move_the_search_revision AFTER INSERT OR UPDATE OR DELETE ON catalog.categories
    FOR EACH STATEMENT EXECUTE FUNCTION catalog.next_search_revision();
