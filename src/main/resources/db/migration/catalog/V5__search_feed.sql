-- What each instance's search index (ADR 0037) reads to follow the catalog: every product and category row carries
-- the revision of its last change, so that an index asks for the rows changed since the last one it applied, in order.
--
-- Revisions come from a sequence, drawn while holding the lock on catalog.search_revision's row until commit: a
-- transaction draws only after every earlier one committed, so revisions commit in order, and an index that has
-- read revision N has seen every change up to N. Catalog changes are an administrator's, rare and small. The row is
-- locked, never updated: a bulk load of many rows in one transaction would otherwise leave a version of it per row.
--
-- Stock is in its own table and changes with every checkout; only its crossing of zero matters to search (in stock or
-- not), and only then does it touch the product's row, and so the lock.
ALTER TABLE catalog.products ADD COLUMN search_revision bigint NOT NULL DEFAULT 0;
CREATE INDEX products_by_search_revision ON catalog.products (search_revision);
ALTER TABLE catalog.categories ADD COLUMN search_revision bigint NOT NULL DEFAULT 0;

-- V4's counter, moved by every statement, is replaced by the rows' own revisions; its row stays, as the lock and to
-- say which catalog this is: an index kept on disk must not be caught up from another database.
DROP TRIGGER products_move_the_search_revision ON catalog.products;
DROP TRIGGER categories_move_the_search_revision ON catalog.categories;
DROP FUNCTION catalog.next_search_revision();
ALTER TABLE catalog.search_revision ADD COLUMN catalog_id uuid NOT NULL DEFAULT gen_random_uuid();

CREATE SEQUENCE catalog.search_revisions;

CREATE FUNCTION catalog.stamp_search_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM catalog.search_revision FOR UPDATE;
    NEW.search_revision := nextval('catalog.search_revisions');
    RETURN NEW;
END
$$;

CREATE TRIGGER products_stamped_for_search BEFORE INSERT OR UPDATE ON catalog.products
    FOR EACH ROW EXECUTE FUNCTION catalog.stamp_search_revision();
CREATE TRIGGER categories_stamped_for_search BEFORE INSERT OR UPDATE ON catalog.categories
    FOR EACH ROW EXECUTE FUNCTION catalog.stamp_search_revision();

CREATE FUNCTION catalog.restamp_product_on_stock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog.products SET search_revision = 0 WHERE id = NEW.product_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER stock_running_out_or_back_in_insert AFTER INSERT ON catalog.stock_items
    FOR EACH ROW WHEN (NEW.on_hand > NEW.reserved)
    EXECUTE FUNCTION catalog.restamp_product_on_stock();
CREATE TRIGGER stock_running_out_or_back_in_update AFTER UPDATE ON catalog.stock_items
    FOR EACH ROW WHEN ((OLD.on_hand > OLD.reserved) <> (NEW.on_hand > NEW.reserved))
    EXECUTE FUNCTION catalog.restamp_product_on_stock();
