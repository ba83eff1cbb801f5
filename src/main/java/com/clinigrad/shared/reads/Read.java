package com.clinigrad.shared.reads;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * One read of a module's records: its statement with named parameters and what it makes
 * of the rows. The module owns both; {@link Reads} runs the read on its own or, with the
 * reads of other modules, in one round trip to the database.
 *
 * @param sql the statement, {@code null} when there is nothing to look up
 * @param params the values of its named parameters
 * @param rows what the rows become
 * @param none the result when there is nothing to look up
 * @param <T> the result
 */
public record Read<T>(String sql, Map<String, ?> params, ResultSetExtractor<T> rows, T none) {

	/**
	 * @return a read of these rows
	 */
	public static <T> Read<T> of(String sql, Map<String, ?> params, ResultSetExtractor<T> rows) {
		return new Read<>(sql, Collections.unmodifiableMap(new HashMap<>(params)), rows, null);
	}

	/**
	 * @return a read that sends no statement and results in the value (no students to
	 * look up, say)
	 */
	public static <T> Read<T> nothing(T value) {
		return new Read<>(null, Map.of(), null, value);
	}

	boolean sends() {
		return this.sql != null;
	}

}
