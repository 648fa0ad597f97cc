package app.orders.cart;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.catalog.Catalog;
import app.catalog.CatalogProduct;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;
import app.users.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's cart: what they add, change and remove, checked against the catalog as
 * they do it; and, for checkout, its lines taken out in one go.
 */
@Service
@Transactional
public class ShoppingCart {

	private final Carts carts;

	private final Catalog catalog;

	private final CartLimits limits;

	private final JdbcClient jdbc;

	private final Clock clock;

	ShoppingCart(Carts carts, Catalog catalog, CartLimits limits, JdbcClient jdbc, Clock clock) {
		this.carts = carts;
		this.catalog = catalog;
		this.limits = limits;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CartView view(UserId customer) {
		return carts.findById(customer).map(cart -> priced(cart.getLines())).orElseGet(() -> priced(List.of()));
	}

	/** Adds units of a product on sale, to its line if the cart holds it already. */
	public CartView add(UserId customer, Sku sku, int quantity) {
		var product = catalog.findProduct(sku).orElseThrow(() -> new UnknownProduct(sku));
		if (!product.active()) {
			throw new ProductUnavailable(List.of(sku));
		}
		var cart = locked(customer);
		cart.add(product.sku(), product.id(), quantity, limits, clock.instant());
		return priced(carts.save(cart).getLines(), Map.of(product.id(), product));
	}

	public CartView change(UserId customer, Sku sku, int quantity) {
		var cart = locked(customer);
		cart.change(sku, quantity, limits, clock.instant());
		return priced(carts.save(cart).getLines());
	}

	public CartView remove(UserId customer, Sku sku) {
		var cart = locked(customer);
		cart.remove(sku, clock.instant());
		return priced(carts.save(cart).getLines());
	}

	public void clear(UserId customer) {
		var cart = locked(customer);
		cart.clear(clock.instant());
		carts.save(cart);
	}

	/**
	 * Empties the cart and returns what it held, for the checkout in the same
	 * transaction: if the checkout fails, the cart keeps its lines.
	 */
	public List<CartLine> takeForCheckout(UserId customer) {
		return carts.takeLines(customer, clock.instant());
	}

	/*
	 * Creates the cart if the customer has none, without a race between two first
	 * additions, then locks it: changes to one cart happen one after the other.
	 */
	private Cart locked(UserId customer) {
		jdbc.sql("INSERT INTO orders.carts (id, updated_at, version) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
			.params(customer.id(), Timestamp.from(clock.instant()))
			.update();
		return carts.findLockedById(customer).orElseThrow();
	}

	/**
	 * The catalog's products in the lines, as they are now; ones it no longer has are
	 * left out.
	 */
	public Map<ProductId, CatalogProduct> productsIn(List<CartLine> lines) {
		return catalog.findProducts(lines.stream().map(CartLine::productId).toList())
			.stream()
			.collect(Collectors.toMap(CatalogProduct::id, Function.identity()));
	}

	private CartView priced(List<CartLine> lines) {
		return priced(lines, Map.of());
	}

	/**
	 * Priced with the products already read in this transaction as they are, and the rest
	 * read from the catalog: a cart's first line costs no second read.
	 */
	private CartView priced(List<CartLine> lines, Map<ProductId, CatalogProduct> read) {
		var products = new HashMap<>(read);
		productsIn(lines.stream().filter(line -> !read.containsKey(line.productId())).toList()).forEach(products::put);
		var viewed = lines.stream().filter(line -> products.containsKey(line.productId())).map(line -> {
			var product = products.get(line.productId());
			return new CartView.Line(line.sku(), line.productId(), product.name(), product.price(), line.quantity(),
					product.price().times(line.quantity()), product.active());
		}).toList();
		var onSale = viewed.stream().filter(CartView.Line::onSale).map(CartView.Line::lineTotal).toList();
		// A catalog prices in one currency; should it mix them, no single total exists.
		Money total = onSale.stream().map(Money::currency).distinct().count() == 1
				? onSale.stream().reduce(Money::plus).orElseThrow() : null;
		return new CartView(viewed, viewed.stream().mapToInt(CartView.Line::quantity).sum(), total);
	}

}
