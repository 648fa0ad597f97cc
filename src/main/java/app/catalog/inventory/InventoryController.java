package app.catalog.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import app.catalog.Sku;
import app.gateway.EndpointAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stock levels over HTTP, for administrators only. */
@RestController
@RequestMapping("/api/catalog/inventory")
@Tag(name = "Catalog: inventory")
@SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN)
class InventoryController {

	private final Inventory inventory;

	InventoryController(Inventory inventory) {
		this.inventory = inventory;
	}

	/** A stock count: how many units of a SKU are on hand. */
	record StockCount(@NotNull @PositiveOrZero @Max(1_000_000_000) Integer onHand) {
	}

	@GetMapping("/{sku}")
	@Operation(operationId = "getStockLevel",
			summary = "The stock of a SKU: on hand, reserved for orders, and available")
	StockLevel get(@PathVariable Sku sku) {
		return inventory.level(sku);
	}

	@PutMapping("/{sku}")
	@Operation(operationId = "countStock", summary = "Record a stock count: the units of a SKU on hand now",
			description = "Refused with 409 when fewer units are counted than are reserved for orders.")
	@ApiResponse(responseCode = "200", description = "Counted")
	@ApiResponse(responseCode = "409", description = "Fewer units are counted than are reserved for orders")
	StockLevel count(@PathVariable Sku sku, @Valid @RequestBody StockCount count) {
		return inventory.count(sku, count.onHand());
	}

}
