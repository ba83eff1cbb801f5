package com.clinigrad.shared.reads;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Read reads}: one at a time, or several modules' reads in one round trip. A
 * page or an answer that gathers a student's records from several modules (the degree
 * audit reads eight kinds) spent more on the round trips than on the queries: each
 * statement woke the database's process and then the request's thread again, on a machine
 * where both share two cores. A {@link Batch} sends its statements together in one
 * message (the driver's multi-statement prepared statement, one {@code Sync}) and gives
 * each read its own result; each statement still runs as it would alone, with its own
 * snapshot.
 */
@Component
public class Reads {

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * The most values a batch sends together; the driver refuses more than 65,535 in one
	 * prepared statement, which each read alone stays under (a list of ids for a chunk of
	 * students, an array).
	 */
	static final int MAX_VALUES_TOGETHER = 30_000;

	/** The reads' statements as parsed, by their text (a few dozen at most). */
	private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();

	Reads(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the read's result, from a statement of its own
	 */
	public <T> T one(Read<T> read) {
		if (!read.sends()) {
			return read.none();
		}
		return this.jdbc.query(read.sql(), read.params(), read.rows());
	}

	/**
	 * @return a batch to add reads to and then {@link Batch#run() run}
	 */
	public Batch batch() {
		return new Batch();
	}

	/**
	 * Reads sent together.
	 */
	public final class Batch {

		private final List<Read<?>> reads = new ArrayList<>();

		private final List<Object> results = new ArrayList<>();

		private boolean ran;

		private Batch() {
		}

		/**
		 * @return the read's result, once the batch has run
		 */
		public <T> Supplier<T> add(Read<T> read) {
			if (this.ran) {
				throw new IllegalStateException("The batch has run");
			}
			int index = this.reads.size();
			this.reads.add(read);
			return () -> {
				if (!this.ran) {
					throw new IllegalStateException("The batch has not run yet");
				}
				@SuppressWarnings("unchecked")
				T result = (T) this.results.get(index);
				return result;
			};
		}

		/**
		 * Sends the reads' statements in one round trip.
		 */
		public void run() {
			if (this.ran) {
				throw new IllegalStateException("The batch has run");
			}
			List<Integer> sent = new ArrayList<>();
			for (int i = 0; i < this.reads.size(); i++) {
				this.results.add(this.reads.get(i).none());
				if (this.reads.get(i).sends()) {
					sent.add(i);
				}
			}
			if (sent.size() == 1) {
				this.results.set(sent.get(0), one(this.reads.get(sent.get(0))));
			}
			else if (!sent.isEmpty()) {
				runTogether(sent);
			}
			this.ran = true;
		}

		private void runTogether(List<Integer> sent) {
			StringBuilder sql = new StringBuilder();
			List<Object> values = new ArrayList<>();
			for (int i : sent) {
				Read<?> read = this.reads.get(i);
				ParsedSql parsed = Reads.this.parsed.computeIfAbsent(read.sql(),
						NamedParameterUtils::parseSqlStatement);
				MapSqlParameterSource source = new MapSqlParameterSource(read.params());
				sql.append(NamedParameterUtils.substituteNamedParameters(parsed, source)).append(";\n");
				for (Object value : NamedParameterUtils.buildValueArray(parsed, source, null)) {
					// a collection stands for the list of placeholders it was expanded to
					if (value instanceof Iterable<?> list) {
						list.forEach(values::add);
					}
					else {
						values.add(value);
					}
				}
			}
			if (values.size() > MAX_VALUES_TOGETHER) {
				// the driver takes at most 65,535 values for all the statements together:
				// a batch for many students sends its statements one by one
				for (int i : sent) {
					this.results.set(i, one(this.reads.get(i)));
				}
				return;
			}
			JdbcOperations operations = Reads.this.jdbc.getJdbcOperations();
			operations.execute(sql.toString(), (PreparedStatement statement) -> {
				new ArgumentPreparedStatementSetter(values.toArray()).setValues(statement);
				boolean rows = statement.execute();
				for (int i : sent) {
					while (!rows) {
						if (statement.getUpdateCount() == -1) {
							throw new SQLException("Fewer results than statements");
						}
						rows = statement.getMoreResults();
					}
					try (ResultSet resultSet = statement.getResultSet()) {
						this.results.set(i, this.reads.get(i).rows().extractData(resultSet));
					}
					rows = statement.getMoreResults();
				}
				return null;
			});
		}

	}

}
