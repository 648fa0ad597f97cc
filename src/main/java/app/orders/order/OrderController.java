package app.orders.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import app.gateway.EndpointAccess;
import app.orders.OrderId;
import app.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Checkout, and a customer's own orders: their history, payment and cancellation. */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders")
@SecurityRequirement(name = EndpointAccess.BEARER_TOKEN)
class OrderController {

	/** Tells a client that it got the order an earlier request with its key placed. */
	static final String REPLAYED = "Idempotent-Replayed";

	private final Checkout checkout;

	private final OrderLifecycle lifecycle;

	private final OrderSearch search;

	OrderController(Checkout checkout, OrderLifecycle lifecycle, OrderSearch search) {
		this.checkout = checkout;
		this.lifecycle = lifecycle;
		this.search = search;
	}

	/** The card to pay an order with. */
	record PaymentRequest(@Schema(example = "test-card-approved") @NotBlank @Size(max = 200) @Pattern(regexp = "^\\S+$",
			message = "must not contain blanks") String paymentToken) {

		@Override
		public String toString() {
			return "PaymentRequest[]";
		}

	}

	@PostMapping
	@Operation(operationId = "checkOut", summary = "Check out your cart",
			description = "Places an order for what your cart holds, at the catalog's prices now, and empties the "
					+ "cart. The order starts PENDING while its stock is reserved, then waits for payment and is "
					+ "CONFIRMED once the card is charged (or CANCELLED, with the reason in its history). Poll "
					+ "GET /api/orders/{id} to follow it. Sending the same request again with the same "
					+ "Idempotency-Key returns the same order, never a second one.")
	@ApiResponse(responseCode = "201", description = "Placed (or placed before with this key); Location names it")
	@ApiResponse(responseCode = "422",
			description = "The cart is empty, holds a product that is unknown, off sale or in another currency, "
					+ "or the Idempotency-Key was used for a different checkout")
	ResponseEntity<OrderView> checkOut(CurrentUser customer,
			@Parameter(in = ParameterIn.HEADER, required = true,
					description = "Unique per checkout, such as a new UUID; resend it with a retried request",
					example = "5f0c6f3e-8a58-4a43-9d0e-2f6f3c1b2a71",
					schema = @Schema(type = "string", pattern = IdempotencyKey.PATTERN)) @RequestHeader(
							name = IdempotencyKey.HEADER, required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody CheckoutRequest request) {
		var placement = checkout.place(customer.id(), IdempotencyKey.from(idempotencyKey), request);
		var location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(placement.order().id())
			.toUri();
		return ResponseEntity.created(location)
			.header(REPLAYED, String.valueOf(placement.replayed()))
			.body(placement.order());
	}

	@GetMapping
	@Operation(operationId = "listMyOrders", summary = "Your orders, newest first")
	PagedModel<OrderSummary> mine(CurrentUser customer,
			@Parameter(description = "Which page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "Orders per page") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return new PagedModel<>(search.find(OrderSearch.Filter.byCustomer(customer.id()), PageRequest.of(page, size)));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getOrder", summary = "One of your orders, with its lines, payment and status history",
			description = "Administrators see every order.")
	OrderView get(@PathVariable OrderId id, CurrentUser caller) {
		return lifecycle.view(id, caller);
	}

	@PostMapping("/{id}/payment")
	@Operation(operationId = "payOrder", summary = "Pay for your order with a card",
			description = "For an order placed without a paymentToken. The card is charged once the order's stock is "
					+ "reserved; an order not paid within the payment window is cancelled.")
	@ApiResponse(responseCode = "200", description = "The card is taken")
	@ApiResponse(responseCode = "409", description = "The order does not wait for a card")
	OrderView pay(@PathVariable OrderId id, CurrentUser customer, @Valid @RequestBody PaymentRequest payment) {
		return lifecycle.pay(id, customer, payment.paymentToken());
	}

	@PostMapping("/{id}/cancel")
	@Operation(operationId = "cancelOrder", summary = "Cancel an order before it is shipped",
			description = "Its stock goes back on sale and, if it was paid, the payment is refunded. "
					+ "Administrators may cancel any order.")
	@ApiResponse(responseCode = "200", description = "Cancelled")
	@ApiResponse(responseCode = "409", description = "The order is shipped, delivered or cancelled already")
	OrderView cancel(@PathVariable OrderId id, CurrentUser caller) {
		return lifecycle.cancel(id, caller);
	}

}
