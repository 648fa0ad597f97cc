package app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Races tasks against each other: all released at once, the way concurrent requests
 * arrive.
 */
public final class Concurrently {

	private static final int MAX_THREADS = 16;

	private Concurrently() {
	}

	/**
	 * Runs the tasks on up to 16 threads, released together by a latch, and returns their
	 * results in task order; rethrows the first failure.
	 */
	public static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
		var start = new CountDownLatch(1);
		var executor = Executors.newFixedThreadPool(Math.min(tasks.size(), MAX_THREADS));
		try {
			var futures = new ArrayList<Future<T>>();
			for (var task : tasks) {
				futures.add(executor.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			var results = new ArrayList<T>();
			for (var future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			executor.shutdownNow();
		}
	}

}
