package app.orders.cart;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import app.catalog.Sku;
import app.gateway.EndpointAccess;
import app.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's cart, priced from the catalog as it is now. */
@RestController
@RequestMapping("/api/cart")
@Tag(name = "Orders: your cart")
@SecurityRequirement(name = EndpointAccess.BEARER_TOKEN)
class CartController {

	/** Above any sensible per-line limit; the configured limit is checked by the cart. */
	private static final int MAX_QUANTITY = 1000;

	private final ShoppingCart cart;

	CartController(ShoppingCart cart) {
		this.cart = cart;
	}

	record Addition(@NotNull Sku sku, @NotNull @Min(1) @Max(MAX_QUANTITY) Integer quantity) {
	}

	record Quantity(@NotNull @Min(1) @Max(MAX_QUANTITY) Integer quantity) {
	}

	@GetMapping
	@Operation(operationId = "getCart", summary = "Your cart, priced as the catalog prices it now")
	CartView get(CurrentUser customer) {
		return cart.view(customer.id());
	}

	@PostMapping("/lines")
	@Operation(operationId = "addToCart", summary = "Add units of a product to your cart",
			description = "Adds to the product's line if the cart holds it already.")
	@ApiResponse(responseCode = "200", description = "Added")
	@ApiResponse(responseCode = "422",
			description = "The product is unknown or not on sale, or the cart would hold too many products or units")
	CartView add(CurrentUser customer, @Valid @RequestBody Addition addition) {
		return cart.add(customer.id(), addition.sku(), addition.quantity());
	}

	@PutMapping("/lines/{sku}")
	@Operation(operationId = "changeCartLine", summary = "Change how many units of a product your cart holds")
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "422", description = "The cart would hold too many units of the product")
	CartView change(CurrentUser customer, @PathVariable Sku sku, @Valid @RequestBody Quantity quantity) {
		return cart.change(customer.id(), sku, quantity.quantity());
	}

	@DeleteMapping("/lines/{sku}")
	@Operation(operationId = "removeFromCart", summary = "Take a product out of your cart")
	CartView remove(CurrentUser customer, @PathVariable Sku sku) {
		return cart.remove(customer.id(), sku);
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "clearCart", summary = "Empty your cart")
	void clear(CurrentUser customer) {
		cart.clear(customer.id());
	}

}
