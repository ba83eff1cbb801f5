package com.clinigrad.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

}
