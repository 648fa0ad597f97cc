package app.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import app.Concurrently;
import app.catalog.Catalog;
import app.catalog.CatalogFixtures;
import app.catalog.CatalogProduct;
import app.catalog.CategoryId;
import app.catalog.ProductActivated;
import app.catalog.ProductAdded;
import app.catalog.ProductId;
import app.catalog.Sku;
import app.money.Money;
import app.orders.FulfilledOrder;
import app.orders.OrderCancelled;
import app.orders.OrderCancelled.Reason;
import app.orders.OrderConfirmed;
import app.orders.OrderHistory;
import app.orders.OrderId;
import app.orders.OrderLine;
import app.users.UserId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module alone, fed the orders' and the catalog's events as they arrive: at least
 * once, possibly at the same moment, possibly out of order, and possibly while the model
 * is rebuilt.
 */
@ApplicationModuleTest
class PurchaseModelTests {

	@MockitoBean
	Catalog catalog;

	@MockitoBean
	OrderHistory history;

	private final PurchaseModel purchases;

	private final ModelLock lock;

	private final ModelRebuild rebuild;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	PurchaseModelTests(PurchaseModel purchases, ModelLock lock, ModelRebuild rebuild, JdbcClient jdbc,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.purchases = purchases;
		this.lock = lock;
		this.rebuild = rebuild;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Test
	void countsAConfirmedOrderOnceHoweverOftenItArrives(Scenario scenario) throws Exception {
		var shoes = ProductId.random();
		var socks = ProductId.random();
		var confirmed = confirmed(UserId.random(), line(shoes, 2), line(socks, 1));

		scenario.publish(confirmed)
			.andWaitForStateChange(() -> ModelSnapshot.popularity(jdbc, shoes), orders -> orders == 1);
		var countedAgain = Concurrently
			.run(Collections.nCopies(8, (Callable<Boolean>) () -> purchases.count(confirmed)));

		assertThat(countedAgain).containsOnly(false);
		var model = ModelSnapshot.of(jdbc, List.of(shoes, socks));
		assertThat(model.popularity()).containsExactlyInAnyOrder(shoes + " 1 2", socks + " 1 1");
		assertThat(model.coPurchases()).containsExactlyInAnyOrder(shoes + " " + socks + " 1",
				socks + " " + shoes + " 1");
		assertThat(model.history()).hasSize(2);
	}

	@Test
	void countsOnceWhenTheSameConfirmationArrivesManyTimesAtOnce() throws Exception {
		var shoes = ProductId.random();
		var confirmed = confirmed(UserId.random(), line(shoes, 1), line(ProductId.random(), 1));

		var counted = Concurrently.run(Collections.nCopies(8, (Callable<Boolean>) () -> purchases.count(confirmed)));

		assertThat(counted).containsOnlyOnce(true);
		assertThat(ModelSnapshot.popularity(jdbc, shoes)).isEqualTo(1);
	}

	@Test
	void addsUpConcurrentOrdersOfTheSameProductsWithoutLosingOne() throws Exception {
		var products = List.of(ProductId.random(), ProductId.random(), ProductId.random());
		var orders = new ArrayList<Callable<Boolean>>();
		for (int i = 0; i < 12; i++) {
			// Lines in a different order each time: locks are still taken in one order.
			var lines = new ArrayList<>(products.stream().map(product -> line(product, 1)).toList());
			Collections.rotate(lines, i);
			var confirmed = confirmed(UserId.random(), lines.toArray(OrderLine[]::new));
			orders.add(() -> purchases.count(confirmed));
			if (i % 3 == 0) {
				orders.add(() -> purchases.takeBack(cancelled(confirmed)));
			}
		}

		Concurrently.run(orders);

		// Each cancellation ran before or after its confirmation: either way the order
		// does not count.
		assertThat(ModelSnapshot.popularity(jdbc, products.get(0))).isEqualTo(8);
		assertThat(ModelSnapshot.together(jdbc, products.get(1), products.get(2))).isEqualTo(8);
		assertThat(ModelSnapshot.together(jdbc, products.get(2), products.get(1))).isEqualTo(8);
	}

	@Test
	void takesACancelledOrderBackOutOnce(Scenario scenario) {
		var shoes = ProductId.random();
		var socks = ProductId.random();
		var customer = UserId.random();
		var kept = confirmed(customer, line(shoes, 1), line(socks, 1));
		var cancelled = confirmed(customer, line(shoes, 3), line(socks, 1));
		purchases.count(kept);
		purchases.count(cancelled);

		scenario.publish(cancelled(cancelled))
			.andWaitForStateChange(() -> ModelSnapshot.popularity(jdbc, shoes), orders -> orders == 1);

		assertThat(purchases.takeBack(cancelled(cancelled))).isFalse();
		var model = ModelSnapshot.of(jdbc, List.of(shoes, socks));
		assertThat(model.popularity()).containsExactlyInAnyOrder(shoes + " 1 1", socks + " 1 1");
		assertThat(model.coPurchases()).containsExactlyInAnyOrder(shoes + " " + socks + " 1",
				socks + " " + shoes + " 1");
		assertThat(model.history()).hasSize(2).allMatch(line -> line.startsWith(kept.orderId().toString()));

		assertThat(purchases.takeBack(cancelled(kept))).isTrue();
		assertThat(ModelSnapshot.of(jdbc, List.of(shoes, socks)))
			.isEqualTo(new ModelSnapshot(List.of(), List.of(), List.of()));
	}

	@Test
	void aCancellationOfAnOrderNeverCountedChangesNothingAndKeepsItsLateConfirmationOut() {
		var shoes = ProductId.random();
		var socks = ProductId.random();
		var confirmed = confirmed(UserId.random(), line(shoes, 1), line(socks, 1));

		assertThat(purchases.takeBack(cancelled(confirmed))).isFalse();
		assertThat(purchases.count(confirmed)).isFalse();

		assertThat(ModelSnapshot.of(jdbc, List.of(shoes, socks)))
			.isEqualTo(new ModelSnapshot(List.of(), List.of(), List.of()));
	}

	@Test
	void readsAProductBackFromTheCatalogWhateverOrderItsEventsArriveIn(Scenario scenario) {
		var product = ProductId.random();
		var sku = CatalogFixtures.uniqueSku();
		transactions.executeWithoutResult(status -> events
			.publishEvent(new ProductAdded(product, sku, "Socks", Money.of("5.00", "EUR"), CategoryId.random())));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> active(product), Optional.of(true)::equals);
		// Taken off sale, then put back on and off again: the activation arrives last.
		given(catalog.findProduct(product))
			.willReturn(Optional.of(new CatalogProduct(product, sku, "Socks", Money.of("5.00", "EUR"), false)));

		scenario.publish(new ProductActivated(product, sku))
			.andWaitForStateChange(() -> active(product), Optional.of(false)::equals);
	}

	@Test
	void countsAConfirmationThatArrivesDuringARebuildOnceTheRebuildIsDone() throws Exception {
		var shoes = ProductId.random();
		var confirmed = confirmed(UserId.random(), line(shoes, 1));
		var rebuilding = new CountDownLatch(1);
		var done = new CountDownLatch(1);
		var rebuildHoldingTheModel = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			lock.takeAlone();
			rebuilding.countDown();
			await(done);
		}));
		assertThat(rebuilding.await(10, TimeUnit.SECONDS)).isTrue();

		try {
			assertThatExceptionOfType(RebuildInProgress.class).isThrownBy(() -> purchases.count(confirmed));
			assertThatExceptionOfType(RebuildInProgress.class).isThrownBy(rebuild::rebuild);
			transactions.executeWithoutResult(status -> events.publishEvent(confirmed));
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> failedPublications(confirmed) > 0);
			assertThat(ModelSnapshot.popularity(jdbc, shoes)).isZero();
		}
		finally {
			done.countDown();
			rebuildHoldingTheModel.get(10, TimeUnit.SECONDS);
		}

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> ModelSnapshot.popularity(jdbc, shoes), orders -> orders == 1);
	}

	@Test
	void aRebuildWaitsForTheListenersUnderWayAndTurnsAwayThoseThatComeMeanwhile() throws Exception {
		var counting = new CountDownLatch(1);
		var done = new CountDownLatch(1);
		var listenerUnderWay = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			lock.share();
			counting.countDown();
			await(done);
		}));
		assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
		var rebuilt = CompletableFuture.supplyAsync(rebuild::rebuild);

		try {
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(this::aLockIsAwaited);
			assertThat(rebuilt).isNotDone();
			var meanwhile = confirmed(UserId.random(), line(ProductId.random(), 1));
			assertThatExceptionOfType(RebuildInProgress.class).isThrownBy(() -> purchases.count(meanwhile));
		}
		finally {
			done.countDown();
			listenerUnderWay.get(10, TimeUnit.SECONDS);
		}

		assertThat(rebuilt.get(10, TimeUnit.SECONDS).orders()).isZero();
	}

	@Test
	void rebuildingFromTheOrdersHistoryCountsWhatTheListenersCounted() {
		var random = new Random(20261202);
		var products = Stream.generate(ProductId::random).limit(6).toList();
		var customers = Stream.generate(UserId::random).limit(4).toList();
		var fulfilled = new ArrayList<FulfilledOrder>();
		for (int i = 0; i < 40; i++) {
			var bought = new ArrayList<>(products);
			Collections.shuffle(bought, random);
			var lines = bought.subList(0, 1 + random.nextInt(4))
				.stream()
				.map(product -> line(product, 1 + random.nextInt(3)))
				.toArray(OrderLine[]::new);
			var confirmed = confirmed(customers.get(random.nextInt(customers.size())), lines);
			purchases.count(confirmed);
			if (random.nextInt(5) == 0) {
				purchases.takeBack(cancelled(confirmed));
			}
			else {
				fulfilled.add(new FulfilledOrder(confirmed.orderId(), confirmed.customerId(), confirmed.lines(),
						confirmed.total(), Instant.now()));
			}
		}
		var incremental = ModelSnapshot.of(jdbc, products);
		// Pages of 7, in id order, as the orders' history hands them out.
		fulfilled.sort(Comparator.comparing(order -> order.orderId().id()));
		given(history.fulfilled(any(), anyInt())).willAnswer(call -> {
			OrderId after = call.getArgument(0);
			return fulfilled.stream()
				.filter(order -> after == null || order.orderId().id().compareTo(after.id()) > 0)
				.limit(7)
				.toList();
		});
		var offSale = products.get(0);
		given(catalog.findProducts(anyCollection())).willAnswer(call -> call.<Collection<ProductId>>getArgument(0)
			.stream()
			.map(product -> new CatalogProduct(product, line(product, 1).sku(), "Renamed", Money.of("10.00", "EUR"),
					!product.equals(offSale)))
			.toList());

		var report = rebuild.rebuild();

		assertThat(ModelSnapshot.of(jdbc, products)).isEqualTo(incremental);
		assertThat(report.orders()).isEqualTo(fulfilled.size());
		assertThat(report.products()).isEqualTo(6);
		assertThat(jdbc.sql("SELECT name || ' ' || active FROM recommendations.products WHERE id = ?")
			.param(offSale.id())
			.query(String.class)
			.single()).isEqualTo("Renamed false");
	}

	private boolean aLockIsAwaited() {
		return jdbc.sql("""
				SELECT EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
				  AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))""")
			.query(Boolean.class)
			.single();
	}

	private Optional<Boolean> active(ProductId product) {
		return jdbc.sql("SELECT active FROM recommendations.products WHERE id = ?")
			.param(product.id())
			.query(Boolean.class)
			.optional();
	}

	private int failedPublications(OrderConfirmed confirmed) {
		return jdbc.sql("""
				SELECT count(*) FROM event_publication.event_publication
				WHERE status = 'FAILED' AND serialized_event LIKE ?""")
			.param("%" + confirmed.orderId() + "%")
			.query(Integer.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static OrderLine line(ProductId product, int quantity) {
		return new OrderLine(product, new Sku("T-" + product.id().toString().substring(0, 13)), "Product " + product,
				Money.of("10.00", "EUR"), quantity);
	}

	static OrderConfirmed confirmed(UserId customer, OrderLine... lines) {
		var total = List.of(lines).stream().map(OrderLine::total).reduce(Money::plus).orElseThrow();
		return new OrderConfirmed(OrderId.random(), customer, List.of(lines), total);
	}

	static OrderCancelled cancelled(OrderConfirmed confirmed) {
		return new OrderCancelled(confirmed.orderId(), confirmed.customerId(), confirmed.lines(), confirmed.total(),
				Reason.CANCELLED_BY_CUSTOMER, "Cancelled by you");
	}

}
