package com.clinigrad.supervisors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.clinigrad.shared.history.BatchRevisions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes a whole import file of supervisors in JDBC batches, with what the entity path
 * ({@link Supervisor#apply}) writes row by row: the record (version raised on each
 * change) and one change-history revision with a snapshot of every supervisor added or
 * changed.
 */
@Component
class SupervisorBatchWriter {

	static final int BATCH = 2000;

	private static final String COLUMNS = "staff_no, name, title_level, doctoral_supervisor, master_supervisor, "
			+ "institution, hospital_id, degree_committee_member, birth_year, group_code, discipline_code";

	private static final String TYPES = "?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[], ?::boolean[], "
			+ "?::varchar[], ?::bigint[], ?::boolean[], ?::int[], ?::varchar[], ?::varchar[]";

	private static final String[] ARRAY_TYPES = { "varchar", "varchar", "varchar", "bool", "bool", "varchar", "int8",
			"bool", "int4", "varchar", "varchar" };

	private final JdbcTemplate jdbc;

	private final BatchRevisions revisions;

	SupervisorBatchWriter(JdbcTemplate jdbc, BatchRevisions revisions) {
		this.jdbc = jdbc;
		this.revisions = revisions;
	}

	/**
	 * @param hospitalIds the hospital id of each command's hospital code (resolved once
	 * by the caller)
	 * @return how many supervisors were added or changed
	 */
	int write(List<SupervisorCommand> commands, Map<String, Long> hospitalIds) {
		Map<String, Object[]> stored = stored(commands);
		List<Object[]> added = new ArrayList<>();
		List<Object[]> changed = new ArrayList<>();
		List<long[]> changedKeys = new ArrayList<>();
		for (SupervisorCommand command : commands) {
			Object[] values = values(command, hospitalId(command, hospitalIds));
			Object[] before = stored.get(command.staffNo());
			if (before == null) {
				added.add(values);
			}
			else if (!same(before, values)) {
				changed.add(values);
				changedKeys.add(new long[] { (Long) before[COLUMN_COUNT], (Long) before[COLUMN_COUNT + 1] });
			}
		}
		if (added.isEmpty() && changed.isEmpty()) {
			return 0;
		}
		long revision = this.revisions.begin();
		int written = insert(added, revision);
		update(changed, changedKeys);
		snapshotChanged(changedKeys, revision);
		return written + changed.size();
	}

	private static final int COLUMN_COUNT = 11;

	private static Long hospitalId(SupervisorCommand command, Map<String, Long> hospitalIds) {
		String code = command.hospitalCode();
		if (code == null || code.isBlank()) {
			return null;
		}
		Long id = hospitalIds.get(code.trim());
		if (id == null) {
			throw new IllegalStateException("Hospital " + code + " was not checked");
		}
		return id;
	}

	/**
	 * The stored values as {@link Supervisor#apply} sets them, in {@link #COLUMNS} order.
	 */
	private static Object[] values(SupervisorCommand command, Long hospitalId) {
		return new Object[] { command.staffNo(), command.name(), command.titleLevel().name(),
				command.doctoralSupervisor(), command.masterSupervisor(), blankToNull(command.institution()),
				hospitalId, command.degreeCommitteeMember(), command.birthYear(), blankToNull(command.groupCode()),
				blankToNull(command.disciplineCode()) };
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static boolean same(Object[] before, Object[] values) {
		for (int i = 0; i < COLUMN_COUNT; i++) {
			if (!Objects.equals(before[i], values[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @return the id by staff number of the supervisors that exist
	 */
	Map<String, Long> ids(Collection<String> staffNos) {
		String[] numbers = staffNos.toArray(String[]::new);
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection
				.prepareStatement("select staff_no, id from supervisor where staff_no = any(?::varchar[])");
			statement.setArray(1, connection.createArrayOf("varchar", numbers));
			return statement;
		}, (rs) -> {
			ids.put(rs.getString(1), rs.getLong(2));
		});
		return ids;
	}

	/**
	 * @return the stored supervisors by staff number: {@link #COLUMNS}, then id and
	 * version
	 */
	private Map<String, Object[]> stored(List<SupervisorCommand> commands) {
		String[] staffNos = commands.stream().map(SupervisorCommand::staffNo).toArray(String[]::new);
		Map<String, Object[]> stored = new HashMap<>();
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(
					"select " + COLUMNS + ", id, version from supervisor where staff_no = any(?::varchar[])");
			statement.setArray(1, connection.createArrayOf("varchar", staffNos));
			return statement;
		}, (rs) -> {
			Object[] row = new Object[COLUMN_COUNT + 2];
			row[0] = rs.getString("staff_no");
			row[1] = rs.getString("name");
			row[2] = rs.getString("title_level");
			row[3] = rs.getBoolean("doctoral_supervisor");
			row[4] = rs.getBoolean("master_supervisor");
			row[5] = rs.getString("institution");
			row[6] = rs.getObject("hospital_id", Long.class);
			row[7] = rs.getBoolean("degree_committee_member");
			row[8] = rs.getObject("birth_year", Integer.class);
			row[9] = rs.getString("group_code");
			row[10] = rs.getString("discipline_code");
			row[11] = rs.getLong("id");
			row[12] = rs.getLong("version");
			stored.put((String) row[0], row);
		});
		return stored;
	}

	/**
	 * Inserts the new supervisors with, in the same statement, the change-history
	 * snapshot ({@link BatchRevisions#ADDED}) of each, taken from the rows as inserted.
	 * @return how many were inserted
	 */
	private int insert(List<Object[]> added, long revision) {
		int inserted = 0;
		for (int from = 0; from < added.size(); from += BATCH) {
			List<Object[]> batch = added.subList(from, Math.min(added.size(), from + BATCH));
			inserted += this.jdbc.update((connection) -> {
				PreparedStatement statement = connection.prepareStatement("""
						with added as (
						    insert into supervisor (%1$s) select * from unnest(%2$s) returning id, %1$s
						)
						insert into supervisor_aud (id, rev, revtype, %1$s) select id, ?::bigint, %3$d, %1$s from added
						""".formatted(COLUMNS, TYPES, BatchRevisions.ADDED));
				bindColumns(connection, statement, 1, batch);
				statement.setLong(COLUMN_COUNT + 1, revision);
				return statement;
			});
		}
		return inserted;
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when a supervisor was changed
	 * meanwhile
	 */
	private void update(List<Object[]> changed, List<long[]> keys) {
		for (int from = 0; from < changed.size(); from += BATCH) {
			List<Object[]> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
			List<long[]> batchKeys = keys.subList(from, Math.min(keys.size(), from + BATCH));
			int updated = this.jdbc.update((connection) -> {
				PreparedStatement statement = connection.prepareStatement("""
						update supervisor s set name = u.name, title_level = u.title_level,
						    doctoral_supervisor = u.doctoral_supervisor, master_supervisor = u.master_supervisor,
						    institution = u.institution, hospital_id = u.hospital_id,
						    degree_committee_member = u.degree_committee_member, birth_year = u.birth_year,
						    group_code = u.group_code, discipline_code = u.discipline_code,
						    version = s.version + 1, updated_at = now()
						from unnest(?::bigint[], ?::bigint[], %s) as u(id, version, %s)
						where s.id = u.id and s.version = u.version
						""".formatted(TYPES, COLUMNS));
				statement.setArray(1, connection.createArrayOf("int8", batchKeys.stream().map((k) -> k[0]).toArray()));
				statement.setArray(2, connection.createArrayOf("int8", batchKeys.stream().map((k) -> k[1]).toArray()));
				bindColumns(connection, statement, 3, batch);
				return statement;
			});
			if (updated != batch.size()) {
				throw new ObjectOptimisticLockingFailureException(Supervisor.class, "import");
			}
		}
	}

	private static void bindColumns(Connection connection, PreparedStatement statement, int first, List<Object[]> batch)
			throws SQLException {
		for (int c = 0; c < COLUMN_COUNT; c++) {
			Object[] column = new Object[batch.size()];
			for (int i = 0; i < batch.size(); i++) {
				column[i] = batch.get(i)[c];
			}
			statement.setArray(first + c, connection.createArrayOf(ARRAY_TYPES[c], column));
		}
	}

	/**
	 * The change-history snapshots ({@link BatchRevisions#MODIFIED}) of the changed
	 * supervisors, as updated, in the file's revision.
	 */
	private void snapshotChanged(List<long[]> changedKeys, long revision) {
		if (changedKeys.isEmpty()) {
			return;
		}
		Object[] ids = changedKeys.stream().map((key) -> (Object) key[0]).toArray();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection
				.prepareStatement("insert into supervisor_aud (id, rev, revtype, " + COLUMNS + ") select t.id, ?, ?, "
						+ prefixed("t.") + " from unnest(?::bigint[]) as u(id) join supervisor t on t.id = u.id");
			statement.setLong(1, revision);
			statement.setInt(2, BatchRevisions.MODIFIED);
			statement.setArray(3, connection.createArrayOf("int8", ids));
			return statement;
		});
	}

	private static String prefixed(String alias) {
		return alias + COLUMNS.replace(", ", ", " + alias);
	}

}
