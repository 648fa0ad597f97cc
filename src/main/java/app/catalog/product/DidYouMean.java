package app.catalog.product;

/**
 * A search's words corrected, when they found nothing as typed: the words of product
 * names nearest to them, and words that match nothing left out.
 *
 * @param query the corrected words
 * @param applied whether the results are those of the corrected words (they found
 * something); otherwise nothing was found either way
 */
record DidYouMean(String query, boolean applied) {
}
