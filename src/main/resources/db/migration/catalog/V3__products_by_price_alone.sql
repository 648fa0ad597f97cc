-- Sorting everything on sale by price: products_by_price leads with the currency, which only a price range filters
-- on, so an unfiltered sort by price read and sorted every product for each page (docs/benchmarks).
CREATE INDEX products_by_price_alone ON catalog.products (price_amount, id) WHERE active;
