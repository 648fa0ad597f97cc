package app.payments.payment;

import java.util.Optional;
import java.util.UUID;

import app.payments.PaymentId;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** The payments of all orders, at most one per order. */
interface Payments extends Repository<Payment, PaymentId>, org.jmolecules.ddd.types.Repository<Payment, PaymentId> {

	Payment save(Payment payment);

	Optional<Payment> findByOrderId(UUID orderId);

	/**
	 * Loads the order's payment and locks it for the rest of the transaction, so that two
	 * deliveries of one command record one outcome, and the second sees it recorded.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Payment> findLockedByOrderId(UUID orderId);

}
