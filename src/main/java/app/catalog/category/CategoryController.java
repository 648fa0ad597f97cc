package app.catalog.category;

import java.util.List;

import jakarta.validation.Valid;

import app.catalog.CategoryId;
import app.catalog.NewCategory;
import app.gateway.EndpointAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The category tree over HTTP: reading for everyone, changes for administrators. */
@RestController
@RequestMapping("/api/catalog/categories")
@Tag(name = "Catalog: categories")
class CategoryController {

	private final CategoryManagement management;

	CategoryController(CategoryManagement management) {
		this.management = management;
	}

	@GetMapping
	@Operation(operationId = "categoryTree",
			summary = "The whole category tree: top-level categories with their sub-categories")
	List<CategoryTree> tree() {
		return CategoryTree.of(management.all());
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getCategory", summary = "One category with its sub-categories")
	CategoryTree get(@PathVariable CategoryId id) {
		return CategoryTree.find(CategoryTree.of(management.all()), id).orElseThrow(() -> new CategoryNotFound(id));
	}

	@PostMapping
	@Operation(operationId = "addCategory", summary = "Add a category",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN))
	@ApiResponse(responseCode = "201", description = "Added; Location names the new category")
	@ApiResponse(responseCode = "409", description = "A sibling category has the name already")
	@ApiResponse(responseCode = "422", description = "The parent category does not exist")
	ResponseEntity<CategoryTree> add(@Valid @RequestBody NewCategory request) {
		var category = management.add(request);
		var location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(category.getId())
			.toUri();
		return ResponseEntity.created(location).body(get(category.getId()));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "changeCategory", summary = "Rename a category or move it elsewhere in the tree",
			security = @SecurityRequirement(name = EndpointAccess.BEARER_TOKEN, scopes = EndpointAccess.ADMIN))
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "409",
			description = "A sibling category has the name already, or the category would move below itself")
	@ApiResponse(responseCode = "422", description = "The parent category does not exist")
	CategoryTree change(@PathVariable CategoryId id, @Valid @RequestBody CategoryChanges changes) {
		management.change(id, changes);
		return get(id);
	}

}
