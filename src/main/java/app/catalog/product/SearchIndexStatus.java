package app.catalog.product;

/**
 * How one instance's search index stands.
 *
 * @param indexed products in the index, as searches see it now
 * @param onSale products on sale in the catalog's tables
 * @param revision the last product revision applied
 * @param rebuilding whether a rebuild is running
 */
record SearchIndexStatus(long indexed, long onSale, long revision, boolean rebuilding) {
}
