package app.payments.payment;

import app.payments.ChargePayment;
import app.payments.RefundPayment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Carries out the payment commands other modules publish, after the publisher's
 * transaction committed. Not in a transaction of their own: the cashier keeps its
 * transactions short around the processor call, so no connection is held while the
 * processor is asked. The registry marks a publication complete in a transaction of its
 * own once a method returns; one that throws stays incomplete, to be resubmitted (ADR
 * 0004, 0012).
 */
@Component
class PaymentListener {

	private final Cashier cashier;

	PaymentListener(Cashier cashier) {
		this.cashier = cashier;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ChargePayment command) {
		cashier.charge(command);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RefundPayment command) {
		cashier.refund(command);
	}

}
