package app.catalog.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;

import app.Concurrently;
import app.catalog.CatalogFixtures;
import app.catalog.CategoryId;
import app.catalog.NewCategory;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The category tree stays a tree, also when administrators rearrange it at the same time.
 */
@ApplicationModuleTest
class CategoryManagementTests {

	private final CategoryManagement management;

	CategoryManagementTests(CategoryManagement management) {
		this.management = management;
	}

	@Test
	void twoMovesThatWouldTogetherCloseACycleCannotBothSucceed() throws Exception {
		var a = management.add(new NewCategory(CatalogFixtures.uniqueName("A"), null)).getId();
		var b = management.add(new NewCategory(CatalogFixtures.uniqueName("B"), null)).getId();

		var outcomes = Concurrently.run(List.<Callable<String>>of(() -> move(a, b), () -> move(b, a)));

		assertThat(outcomes).containsExactlyInAnyOrder("moved", "refused");
		assertThat(CategoryTree.of(management.all())).extracting(CategoryTree::id).containsAnyOf(a, b);
	}

	private String move(CategoryId category, CategoryId under) {
		try {
			var current = management.all().stream().filter(it -> it.getId().equals(category)).findFirst().orElseThrow();
			management.change(category, new CategoryChanges(current.getName(), under));
			return "moved";
		}
		catch (CategoryCycle ex) {
			return "refused";
		}
	}

}
