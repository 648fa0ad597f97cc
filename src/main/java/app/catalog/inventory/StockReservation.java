package app.catalog.inventory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import app.catalog.StockLine;
import app.catalog.StockReservationRejected;
import app.catalog.StockReservationRejected.Shortage;
import app.catalog.StockReserved;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The stock an order holds, from the moment it is reserved (or refused) until it is sold
 * or given back. It is kept afterwards: its status is how a command delivered twice is
 * recognised and ignored.
 */
@Table(schema = "catalog", name = "stock_reservations")
class StockReservation extends AbstractAggregateRoot<StockReservation>
		implements AggregateRoot<StockReservation, StockReservationId> {

	enum Status {

		/** Units are set aside for the order. */
		RESERVED,
		/** The order could not be met in full; nothing was set aside. */
		REJECTED,
		/** The reserved units were sold and left the stock on hand. */
		COMMITTED,
		/**
		 * The order gave its units back, or was released before anything was reserved.
		 */
		RELEASED

	}

	private final @Id StockReservationId id;

	private Status status;

	private final @MappedCollection(idColumn = "stock_reservation") Set<ReservedLine> lines;

	private final @InsertOnlyProperty Instant createdAt;

	private Instant updatedAt;

	private @Version @Nullable Long version;

	@PersistenceCreator
	private StockReservation(StockReservationId id, Status status, Set<ReservedLine> lines, Instant createdAt,
			Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.status = status;
		this.lines = lines;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static StockReservation reserved(UUID orderId, List<StockLine> lines, Instant now) {
		var reservation = new StockReservation(new StockReservationId(orderId), Status.RESERVED, toLines(lines), now,
				now, null);
		reservation.registerEvent(new StockReserved(orderId, lines));
		return reservation;
	}

	static StockReservation rejected(UUID orderId, List<StockLine> lines, List<Shortage> shortages, Instant now) {
		var reservation = new StockReservation(new StockReservationId(orderId), Status.REJECTED, toLines(lines), now,
				now, null);
		reservation.registerEvent(new StockReservationRejected(orderId, shortages));
		return reservation;
	}

	/**
	 * A release that arrived before its reservation: recorded so that the late
	 * reservation changes nothing.
	 */
	static StockReservation releasedUnreserved(UUID orderId, Instant now) {
		return new StockReservation(new StockReservationId(orderId), Status.RELEASED, Set.of(), now, now, null);
	}

	/** Whether this reservation holds units that are reserved but not yet sold. */
	boolean holdsReservedUnits() {
		return status == Status.RESERVED;
	}

	/**
	 * Whether this reservation's units were sold, so that giving them back means putting
	 * them on hand again.
	 */
	boolean holdsSoldUnits() {
		return status == Status.COMMITTED;
	}

	void commit(Instant now) {
		if (status != Status.RESERVED) {
			throw new IllegalStateException(
					"Cannot commit the stock of order %s, which is %s".formatted(id.id(), status));
		}
		status = Status.COMMITTED;
		updatedAt = now;
	}

	void release(Instant now) {
		if (status != Status.RESERVED && status != Status.COMMITTED) {
			throw new IllegalStateException(
					"Cannot release the stock of order %s, which is %s".formatted(id.id(), status));
		}
		status = Status.RELEASED;
		updatedAt = now;
	}

	/** The lines in SKU order, the order in which their stock is locked. */
	List<StockLine> getLines() {
		return lines.stream().map(ReservedLine::toStockLine).sorted(Comparator.comparing(StockLine::sku)).toList();
	}

	Status getStatus() {
		return status;
	}

	@Override
	public StockReservationId getId() {
		return id;
	}

	private static Set<ReservedLine> toLines(List<StockLine> lines) {
		return lines.stream().map(ReservedLine::of).collect(Collectors.toUnmodifiableSet());
	}

}
