package cn.siwei.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed load for the side-by-side benchmarks: a number of client threads, each repeating one call (a push, a
 * case from placed to closed) as soon as the last returned, for a number of seconds.
 */
final class BenchLoad {

	/** Numbers for the calls, unique within the JVM (a case's text, say). */
	private static final AtomicLong NUMBERS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

	private BenchLoad() {
	}

	/** One call of the load. */
	interface Call {

		/** @param n a number unique within the JVM */
		void run(long n) throws Exception;

	}

	/**
	 * @param done calls completed
	 * @param perSecond calls a second
	 * @param p50 median milliseconds a call
	 * @param p95 95th percentile
	 */
	record Rate(long done, double perSecond, double p50, double p95) {
	}

	/** Runs the call from the clients' threads for the given seconds; a call that fails ends the load. */
	static Rate drive(Call call, int clients, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<long[]>> results = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			results.add(pool.submit(() -> {
				long[] times = new long[1 << 16];
				int n = 0;
				while (System.nanoTime() < end) {
					long s = System.nanoTime();
					call.run(NUMBERS.incrementAndGet());
					if (n < times.length) {
						times[n] = System.nanoTime() - s;
					}
					n++;
				}
				return Arrays.copyOf(times, Math.min(n, times.length));
			}));
		}
		List<Long> all = new ArrayList<>();
		try {
			for (Future<long[]> f : results) {
				for (long t : f.get()) {
					all.add(t);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		all.sort(null);
		return new Rate(all.size(), all.size() / (double) seconds, all.get(all.size() / 2) / 1e6,
				all.get((int) (all.size() * 0.95)) / 1e6);
	}

}
