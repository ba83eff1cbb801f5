package com.clinigrad.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

/**
 * Load sent from this JVM: parallel keep-alive connections ({@link RawHttpConnection}, a
 * cheap client, since it shares the two cores with the application), each sending GET
 * requests until told to stop, every answer timed and checked. The in-JVM figures of the
 * benchmarks, and their load where wrk is not installed.
 */
final class ThisJvmLoad {

	private ThisJvmLoad() {
	}

	/**
	 * Each connection sends this many requests.
	 */
	static Until requests(int perConnection) {
		return (index) -> index < perConnection;
	}

	/**
	 * Each connection sends requests for this long.
	 */
	static Until during(Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		return (index) -> System.nanoTime() < deadline;
	}

	/**
	 * Sends the requests on {@code connections} parallel connections until each is told
	 * to stop.
	 * @return the time of every answer, how long the load took and the answers the check
	 * refused
	 */
	static Result run(int port, int connections, Until until, Requests requests, Check check) throws Exception {
		AtomicLong wrong = new AtomicLong();
		AtomicReference<String> firstWrong = new AtomicReference<>();
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		try {
			List<Future<long[]>> futures = new ArrayList<>();
			long start = System.nanoTime();
			for (int c = 0; c < connections; c++) {
				int connection = c;
				futures.add(pool.submit(() -> {
					LongStream.Builder nanos = LongStream.builder();
					try (RawHttpConnection http = new RawHttpConnection("localhost", port)) {
						for (int index = 0; until.more(index); index++) {
							Request request = requests.next(connection, index);
							long sent = System.nanoTime();
							RawHttpConnection.Answer answer = http.get(request.path(), request.headers());
							nanos.add(System.nanoTime() - sent);
							if (!check.right(answer)) {
								wrong.incrementAndGet();
								firstWrong.compareAndSet(null, request.path() + " answered " + answer.status() + ": "
										+ answer.body().substring(0, Math.min(300, answer.body().length())));
							}
						}
					}
					return nanos.build().toArray();
				}));
			}
			List<long[]> perConnection = new ArrayList<>();
			for (Future<long[]> future : futures) {
				perConnection.add(future.get());
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long[] all = perConnection.stream().flatMapToLong(LongStream::of).toArray();
			return new Result(all, seconds, wrong.get(), firstWrong.get());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Whether a connection sends its {@code index}-th request (from 0).
	 */
	interface Until {

		boolean more(int index);

	}

	/**
	 * What a connection sends as its {@code index}-th request.
	 */
	interface Requests {

		Request next(int connection, int index);

	}

	/**
	 * A GET request.
	 *
	 * @param headers header lines, each ending with CRLF
	 */
	record Request(String path, String headers) {
	}

	/**
	 * Whether an answer is the one expected.
	 */
	interface Check {

		boolean right(RawHttpConnection.Answer answer);

	}

	/**
	 * @param nanos the time of every answer
	 * @param seconds how long the whole load took
	 * @param wrong how many answers the check refused
	 * @param firstWrong the first of them (path, status, the body's start), or
	 * {@code null}
	 */
	record Result(long[] nanos, double seconds, long wrong, String firstWrong) {

		double perSecond() {
			return this.nanos.length / this.seconds;
		}

		Percentiles percentiles() {
			return Percentiles.of(this.nanos);
		}

	}

}
