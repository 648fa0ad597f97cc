package app.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanvasMarkdownTests {

	private static final String CANVAS = """
			[%autowidth.stretch, cols="h,a"]
			|===
			|Description
			|The shop's catalog.
			+
			Everything in sub-packages is internal.
			|Base package
			|`app.catalog`
			|Spring components
			|_Services_

			* `a.c.Catalog` -- What other modules may ask of the catalog.
			|Events listened to
			|* `a.c.ReserveStock` (async)
			* `a.c.CommitStock` (async)
			|Published events
			|* `a.c.StockReserved` -- Stock is set aside. Created by:
			** `a.c.inventory.StockReservation.reserved(…)`
			* `a.c.PriceChanged` -- A price changed. Created by:
			** `a.c.product.Product.changePrice(…)`
			|===
			""";

	@Test
	void turnsEveryRowIntoASectionAndEveryListIntoAMarkdownList() {
		assertThat(CanvasMarkdown.toMarkdown(CANVAS)).isEqualTo("""
				The shop's catalog.

				Everything in sub-packages is internal.

				Base package: `app.catalog`

				## Spring components

				*Services*

				- `a.c.Catalog` — What other modules may ask of the catalog.

				## Events listened to

				- `a.c.CommitStock` (async)
				- `a.c.ReserveStock` (async)

				## Published events

				- `a.c.PriceChanged` — A price changed. Created by:
				  - `a.c.product.Product.changePrice(…)`
				- `a.c.StockReserved` — Stock is set aside. Created by:
				  - `a.c.inventory.StockReservation.reserved(…)`
				""");
	}

}
