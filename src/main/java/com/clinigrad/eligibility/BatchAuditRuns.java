package com.clinigrad.eligibility;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Batch audit runs in the database (table {@code batch_audit_run}), so that every node
 * sees a run's progress and result. A finished run never changes: each node keeps the
 * last few it read in memory instead of reading and unpacking them for every page. A run
 * whose node stopped answering (no progress for {@value #STALE_MINUTES} minutes) shows as
 * failed.
 */
@Component
class BatchAuditRuns {

	static final int STALE_MINUTES = 10;

	private static final int CACHED = 8;

	private static final Duration KEEP = Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final String node;

	private final Map<String, BatchAuditRun> finished = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, BatchAuditRun> eldest) {
			return size() > CACHED;
		}
	};

	BatchAuditRuns(JdbcClient jdbc, JsonMapper json, @Value("${clinigrad.node-name:clinigrad}") String node) {
		this.jdbc = jdbc;
		this.json = json;
		this.node = node;
	}

	/**
	 * Records a new running run, unless the same audit of the same person is running
	 * already (on any node).
	 * @return the id of the run already running, or empty when this one was recorded and
	 * is to be run
	 */
	Optional<String> startUnlessRunning(BatchAuditRun run) {
		deleteOld();
		int inserted = this.jdbc
			.sql("insert into batch_audit_run (id, owner, state, request_key, total, node, content) "
					+ "values (:id, :owner, :state, :key, :total, :node, :content) "
					+ "on conflict (owner, request_key) where state = 'RUNNING' do nothing")
			.param("id", run.id())
			.param("owner", run.owner())
			.param("state", BatchAuditState.RUNNING.name())
			.param("key", requestKey(run))
			.param("total", run.total())
			.param("node", this.node)
			.param("content", pack(run))
			.update();
		if (inserted == 1) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select id from batch_audit_run where owner = :owner and request_key = :key and state = :state")
			.param("owner", run.owner())
			.param("key", requestKey(run))
			.param("state", BatchAuditState.RUNNING.name())
			.query(String.class)
			.optional();
	}

	void progressed(String id, int done) {
		this.jdbc.sql("update batch_audit_run set done = :done, updated_at = now() where id = :id and state = :state")
			.param("done", done)
			.param("id", id)
			.param("state", BatchAuditState.RUNNING.name())
			.update();
	}

	/**
	 * Records how a run ended: finished with its rows, or failed.
	 */
	void ended(BatchAuditRun run) {
		BatchAuditState next = (run.error() != null) ? BatchAuditState.FAILED : BatchAuditState.FINISHED;
		if (!BatchAuditState.RUNNING.canBecome(next)) {
			throw new IllegalStateException("A run ends finished or failed");
		}
		this.jdbc
			.sql("update batch_audit_run set state = :next, done = :done, error = :error, content = :content, "
					+ "updated_at = now(), finished_at = now() where id = :id and state = :running")
			.param("next", next.name())
			.param("done", run.done())
			.param("error", run.error())
			.param("content", pack(run))
			.param("id", run.id())
			.param("running", BatchAuditState.RUNNING.name())
			.update();
	}

	/**
	 * @return the run as it stands now, whichever node runs it
	 */
	Optional<BatchAuditRun> find(String id) {
		synchronized (this.finished) {
			BatchAuditRun cached = this.finished.get(id);
			if (cached != null) {
				return Optional.of(cached);
			}
		}
		Optional<Stored> stored = this.jdbc
			.sql("select state, done, node, error, updated_at, content from batch_audit_run where id = :id")
			.param("id", id)
			.query((rs, row) -> new Stored(BatchAuditState.valueOf(rs.getString("state")), rs.getInt("done"),
					rs.getString("node"), rs.getString("error"), rs.getObject("updated_at", OffsetDateTime.class),
					rs.getBytes("content")))
			.optional();
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		Stored found = stored.get();
		BatchAuditRun run = unpack(found.content());
		return Optional.of(switch (found.state()) {
			case FINISHED -> {
				synchronized (this.finished) {
					this.finished.put(id, run);
				}
				yield run;
			}
			case FAILED -> run.failed(found.error());
			case RUNNING -> found.updatedAt().isBefore(OffsetDateTime.now().minusMinutes(STALE_MINUTES))
					? run.running(id, found.done()).failed("NodeStopped:" + found.node())
					: run.running(id, found.done());
		});
	}

	/**
	 * @return on which node the run ran
	 */
	Optional<String> nodeOf(String id) {
		return this.jdbc.sql("select node from batch_audit_run where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	private void deleteOld() {
		this.jdbc.sql("delete from batch_audit_run where updated_at < :before")
			.param("before", OffsetDateTime.now().minus(KEEP))
			.update();
	}

	private static String requestKey(BatchAuditRun run) {
		return String.join(",", run.programCodes()) + "|" + run.cohortYear() + "|" + run.asOf();
	}

	private byte[] pack(BatchAuditRun run) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
			zip.write(this.json.writeValueAsBytes(run));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private BatchAuditRun unpack(byte[] content) {
		try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(content))) {
			return this.json.readValue(zip.readAllBytes(), BatchAuditRun.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Stored(BatchAuditState state, int done, String node, String error, OffsetDateTime updatedAt,
			byte[] content) {
	}

}
