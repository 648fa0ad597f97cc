package app.catalog.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.catalog.CatalogFixtures;
import app.catalog.CategoryCycle;
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

		var outcomes = concurrently(() -> move(a, b), () -> move(b, a));

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

	@SafeVarargs
	private static List<String> concurrently(java.util.function.Supplier<String>... moves) throws Exception {
		var start = new CountDownLatch(1);
		var executor = Executors.newFixedThreadPool(moves.length);
		try {
			var results = new ArrayList<Future<String>>();
			for (var move : moves) {
				results.add(executor.submit(() -> {
					start.await();
					return move.get();
				}));
			}
			start.countDown();
			var outcomes = new ArrayList<String>();
			for (var result : results) {
				outcomes.add(result.get());
			}
			return outcomes;
		}
		finally {
			executor.shutdownNow();
		}
	}

}
