package app.orders.order;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import app.gateway.EndpointAccess;
import app.orders.OrderId;
import app.users.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every order, for the shop's administrators: finding them, shipping and delivering them.
 */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders: administration")
@SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN)
class OrderAdministrationController {

	private final OrderLifecycle lifecycle;

	private final OrderSearch search;

	OrderAdministrationController(OrderLifecycle lifecycle, OrderSearch search) {
		this.lifecycle = lifecycle;
		this.search = search;
	}

	@GetMapping("/all")
	@Operation(operationId = "listAllOrders", summary = "All orders, newest first, filtered")
	PagedModel<OrderSummary> all(
			@Parameter(description = "Only orders in this status") @RequestParam(
					required = false) @Nullable OrderStatus status,
			@Parameter(description = "Only this customer's orders") @RequestParam(
					required = false) @Nullable UserId customer,
			@Parameter(description = "Placed at or after this instant, e.g. 2026-12-01T00:00:00Z") @RequestParam(
					required = false) @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable Instant from,
			@Parameter(description = "Placed before this instant") @RequestParam(required = false) @DateTimeFormat(
					iso = ISO.DATE_TIME) @Nullable Instant to,
			@Parameter(description = "Which page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "Orders per page") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return new PagedModel<>(
				search.find(new OrderSearch.Filter(status, customer, from, to), PageRequest.of(page, size)));
	}

	@PostMapping("/{id}/ship")
	@Operation(operationId = "shipOrder", summary = "Mark a confirmed order as shipped")
	@ApiResponse(responseCode = "200", description = "Shipped")
	@ApiResponse(responseCode = "409", description = "The order is not confirmed")
	OrderView ship(@PathVariable OrderId id) {
		return lifecycle.ship(id);
	}

	@PostMapping("/{id}/deliver")
	@Operation(operationId = "deliverOrder", summary = "Mark a shipped order as delivered")
	@ApiResponse(responseCode = "200", description = "Delivered")
	@ApiResponse(responseCode = "409", description = "The order is not shipped")
	OrderView deliver(@PathVariable OrderId id) {
		return lifecycle.deliver(id);
	}

}
