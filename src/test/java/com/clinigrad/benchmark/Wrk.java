package com.clinigrad.benchmark;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator the issues measure with: <a href="https://github.com/wg/wrk">wrk</a>
 * (Debian's {@code wrk} package), run as a process of its own beside the application, so
 * that the figures do not include a load generator sharing the application's JVM. The
 * benchmarks use it when it is installed and say so; otherwise they keep their own
 * generator.
 */
final class Wrk {

	static final int ROUND_SECONDS = 15;

	static final int MIN_WARMUP_ROUNDS = 4;

	static final int MAX_WARMUP_ROUNDS = 28;

	static final int FLAT_ROUNDS = 2;

	static final int RISE_PERCENT = 5;

	static final int MEASURED_ROUNDS = 3;

	private static final Path BINARY = Path.of("/usr/bin/wrk");

	private static final Pattern NUMBERS = Pattern
		.compile("wrk-result requests=(\\d+) seconds=([0-9.]+) errors=(\\d+) p50=(\\d+) p95=(\\d+) p99=(\\d+)");

	private Wrk() {
	}

	static boolean installed() {
		return Files.isExecutable(BINARY);
	}

	/**
	 * Sends GET requests for the paths in turn over the connections (two threads) for the
	 * duration, with the headers on every request.
	 * @return requests per second and latency percentiles; answers of 4xx and 5xx count
	 * as errors
	 */
	static Result run(int port, List<String> paths, Map<String, String> headers, int connections, int seconds)
			throws IOException, InterruptedException {
		Path script = Files.createTempFile("wrk", ".lua");
		try {
			Files.writeString(script, script(paths, headers), StandardCharsets.UTF_8);
			List<String> command = new ArrayList<>(List.of(BINARY.toString(), "-t2", "-c" + connections,
					"-d" + seconds + "s", "-s", script.toString(), "http://127.0.0.1:" + port));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("wrk failed: " + output);
			}
			Matcher m = NUMBERS.matcher(output);
			if (!m.find()) {
				throw new IllegalStateException("wrk answered: " + output);
			}
			long requests = Long.parseLong(m.group(1));
			double elapsed = Double.parseDouble(m.group(2));
			return new Result(requests, requests / elapsed, Long.parseLong(m.group(3)), Long.parseLong(m.group(4)),
					Long.parseLong(m.group(5)), Long.parseLong(m.group(6)));
		}
		finally {
			Files.deleteIfExists(script);
		}
	}

	/**
	 * Load until the application's rate has stopped rising, then measured rounds. On two
	 * cores the JIT compilers of the application's JVM (this one: the benchmarks start
	 * the application in the test's JVM) share the processors with the requests' threads
	 * and PostgreSQL, and keep compiling for minutes of load: the same list measured 150
	 * requests/s in its first round, 460 after three minutes and 780 after five. A rate
	 * measured meanwhile is that of a machine busy compiling. Warm-up rounds of
	 * {@value #ROUND_SECONDS} s run until {@value #FLAT_ROUNDS} rounds in a row were no
	 * more than {@value #RISE_PERCENT} % faster than the fastest round before them and
	 * the compilers worked less than a tenth of the last round (at least
	 * {@value #MIN_WARMUP_ROUNDS}, at most {@value #MAX_WARMUP_ROUNDS} rounds); then
	 * {@value #MEASURED_ROUNDS} measured rounds, of which the median by rate is the
	 * result (rates of successive rounds differ by 10-20 % on this machine).
	 */
	static Steady steady(int port, List<String> paths, Map<String, String> headers, int connections)
			throws IOException, InterruptedException {
		CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
		List<Double> warmup = new ArrayList<>();
		int flat = 0;
		while (warmup.size() < MAX_WARMUP_ROUNDS) {
			long compiling = compiler.getTotalCompilationTime();
			double rate = run(port, paths, headers, connections, ROUND_SECONDS).perSecond();
			long compiled = compiler.getTotalCompilationTime() - compiling;
			double fastest = warmup.isEmpty() ? 0 : Collections.max(warmup);
			warmup.add(rate);
			flat = (rate <= fastest * (100 + RISE_PERCENT) / 100) ? flat + 1 : 0;
			if (warmup.size() >= MIN_WARMUP_ROUNDS && flat >= FLAT_ROUNDS && compiled < ROUND_SECONDS * 1000L / 10) {
				break;
			}
		}
		List<Result> rounds = new ArrayList<>();
		List<String> pauses = new ArrayList<>();
		for (int i = 0; i < MEASURED_ROUNDS; i++) {
			try (GcPauses watch = GcPauses.watch()) {
				rounds.add(run(port, paths, headers, connections, ROUND_SECONDS));
				pauses.add(watch.summary());
			}
		}
		List<Result> byRate = new ArrayList<>(rounds);
		byRate.sort(Comparator.comparingDouble(Result::perSecond));
		return new Steady(warmup, rounds, pauses, byRate.get(byRate.size() / 2));
	}

	private static String script(List<String> paths, Map<String, String> headers) {
		StringBuilder lua = new StringBuilder("local paths = {\n");
		for (String path : paths) {
			lua.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
		}
		lua.append("}\nlocal headers = {\n");
		headers.forEach((name, value) -> lua.append("  [\"")
			.append(name)
			.append("\"] = \"")
			.append(value.replace("\\", "\\\\").replace("\"", "\\\""))
			.append("\",\n"));
		lua.append("""
				}
				local counter = 0
				offset = 0
				local threads = {}
				setup = function(thread)
				  thread:set("offset", #threads * 7)
				  table.insert(threads, thread)
				end
				request = function()
				  counter = counter + 1
				  return wrk.format("GET", paths[((counter + offset) % #paths) + 1], headers)
				end
				done = function(summary, latency, requests)
				  io.write(string.format("wrk-result requests=%d seconds=%.3f errors=%d p50=%d p95=%d p99=%d\\n",
				    summary.requests, summary.duration / 1e6, summary.errors.status,
				    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
				end
				""");
		return lua.toString();
	}

	/**
	 * @param perSecond requests per second
	 * @param p50 latency percentiles in microseconds
	 */
	record Result(long requests, double perSecond, long errors, long p50, long p95, long p99) {

		String summary() {
			return String.format("%.0f requests/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests, %d errors)",
					this.perSecond, this.p50 / 1000.0, this.p95 / 1000.0, this.p99 / 1000.0, this.requests,
					this.errors);
		}

	}

	/**
	 * @param warmup the rates of the rounds of {@value #ROUND_SECONDS} s before the
	 * measured ones
	 * @param rounds the measured rounds in their order
	 * @param pauses the collection pauses of this JVM during each measured round
	 * @param median the measured round of the median rate
	 */
	record Steady(List<Double> warmup, List<Result> rounds, List<String> pauses, Result median) {

		String summary() {
			List<String> measured = new ArrayList<>();
			for (int i = 0; i < this.rounds.size(); i++) {
				Result round = this.rounds.get(i);
				measured.add(String.format("%.0f/s p95 %.1f p99 %.1f ms, %s", round.perSecond(), round.p95() / 1000.0,
						round.p99() / 1000.0, this.pauses.get(i)));
			}
			return String.format("median of %d rounds of %d s after %d s of warm-up: %s; the rounds: %s; warm-up: %s",
					this.rounds.size(), ROUND_SECONDS, this.warmup.size() * ROUND_SECONDS, this.median.summary(),
					measured, this.warmup.stream().map((rate) -> String.format("%.0f", rate)).toList());
		}

	}

}
