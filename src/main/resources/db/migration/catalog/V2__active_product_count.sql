-- The number of products on sale, kept exact by the database itself. The unfiltered product list shows its total
-- on every page, and counting every product on sale for each page costs far more than the page (ADR 0018).
CREATE TABLE catalog.active_product_count (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    products bigint  NOT NULL CHECK (products >= 0)
);
INSERT INTO catalog.active_product_count (products) SELECT count(*) FROM catalog.products WHERE active;

-- Statement-level, from the transition tables: a bulk insert adjusts the count once, and a change that leaves the
-- number on sale alone (a new price, a new name) does not touch, and so does not lock, the count's row.
CREATE FUNCTION catalog.count_active_products() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        change := change + (SELECT count(*) FROM new_rows WHERE active);
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        change := change - (SELECT count(*) FROM old_rows WHERE active);
    END IF;
    IF change <> 0 THEN
        UPDATE catalog.active_product_count SET products = products + change;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER products_counted_on_insert AFTER INSERT ON catalog.products
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog.count_active_products();
CREATE TRIGGER products_counted_on_update AFTER UPDATE ON catalog.products
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION catalog.count_active_products();
CREATE TRIGGER products_counted_on_delete AFTER DELETE ON catalog.products
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog.count_active_products();
