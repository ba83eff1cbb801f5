package com.clinigrad.students;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.clinigrad.shared.events.StudentEvents;
import com.clinigrad.shared.history.BatchRevisions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes a whole import file of students in JDBC batches, with what the entity path
 * ({@link Student}) writes row by row: the record (version raised on each change), the
 * status change rows ({@code import}), one change-history revision with a snapshot of
 * every student added or changed, {@link StudentsRecorded} once for the file and
 * {@link StudentStatusChanged} per status an import changed.
 */
@Component
class StudentBatchWriter {

	static final int BATCH = 2000;

	private static final String COLUMNS = "student_no, name, degree_type, program_code, cohort_year, discipline_code, "
			+ "admission_type, source_school, hospital_id, supervisor_id, co_supervisor_id, status, status_since";

	private static final String TYPES = "?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[], "
			+ "?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::date[]";

	private final JdbcTemplate jdbc;

	private final BatchRevisions revisions;

	private final StudentEvents events;

	StudentBatchWriter(JdbcTemplate jdbc, BatchRevisions revisions, StudentEvents events) {
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.events = events;
	}

	/**
	 * @param who the login recorded on the status changes
	 * @return how many students were added or changed
	 */
	int write(List<StudentEntry> entries, String who) {
		Map<String, Stored> stored = stored(entries);
		LocalDate today = LocalDate.now();
		List<Values> added = new ArrayList<>();
		List<Values> changed = new ArrayList<>();
		List<StatusRow> statusRows = new ArrayList<>();
		List<StudentStatusChanged> statusEvents = new ArrayList<>();
		for (StudentEntry entry : entries) {
			Stored before = stored.get(entry.command().studentNo());
			if (before == null) {
				added.add(new Values(0, 0, entry, entry.status(), today));
				continue;
			}
			boolean statusChanged = before.status() != entry.status();
			if (!statusChanged && sameData(before, entry)) {
				continue;
			}
			changed.add(new Values(before.id(), before.version(), entry, entry.status(),
					statusChanged ? today : before.statusSince()));
			if (statusChanged) {
				statusRows.add(new StatusRow(before.id(), before.status(), entry.status(), today));
				statusEvents
					.add(new StudentStatusChanged(before.id(), before.studentNo(), before.status(), entry.status()));
			}
		}
		if (added.isEmpty() && changed.isEmpty()) {
			return 0;
		}
		long revision = this.revisions.begin();
		Set<Long> addedIds = insert(added, today, who, revision);
		update(changed);
		Set<Long> all = new LinkedHashSet<>(addedIds);
		changed.forEach((values) -> all.add(values.id()));
		insertStatusChanges(statusRows, who);
		snapshotChanged(changed, revision);
		this.events.changed(StudentsRecorded.class, StudentsRecorded::new, all);
		statusEvents.forEach(this.events::publish);
		return all.size();
	}

	private Map<String, Stored> stored(List<StudentEntry> entries) {
		String[] numbers = entries.stream().map((entry) -> entry.command().studentNo()).toArray(String[]::new);
		Map<String, Stored> stored = new HashMap<>();
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement("select id, version, status_since, " + COLUMNS
					+ " from student where student_no = any(?::varchar[])");
			statement.setArray(1, connection.createArrayOf("varchar", numbers));
			return statement;
		}, (rs) -> {
			stored.put(rs.getString("student_no"), new Stored(rs.getLong("id"), rs.getLong("version"),
					rs.getString("student_no"), rs.getString("name"), DegreeType.valueOf(rs.getString("degree_type")),
					rs.getString("program_code"), rs.getInt("cohort_year"), rs.getString("discipline_code"),
					AdmissionType.valueOf(rs.getString("admission_type")),
					(rs.getString("source_school") != null) ? SourceSchool.valueOf(rs.getString("source_school"))
							: null,
					(Long) rs.getObject("hospital_id", Long.class), rs.getLong("supervisor_id"),
					(Long) rs.getObject("co_supervisor_id", Long.class), StudentStatus.valueOf(rs.getString("status")),
					rs.getObject("status_since", LocalDate.class)));
		});
		return stored;
	}

	/** The comparison of {@link Student#apply}. */
	private static boolean sameData(Stored before, StudentEntry entry) {
		StudentCommand command = entry.command();
		return Objects.equals(before.name(), command.name()) && before.degreeType() == command.degreeType()
				&& Objects.equals(before.programCode(), command.programCode())
				&& before.cohortYear() == command.cohortYear()
				&& Objects.equals(before.disciplineCode(), command.disciplineCode())
				&& before.admissionType() == command.admissionType() && before.sourceSchool() == command.sourceSchool()
				&& Objects.equals(before.hospitalId(), entry.hospitalId())
				&& before.supervisorId() == entry.supervisorId()
				&& Objects.equals(before.coSupervisorId(), entry.coSupervisorId());
	}

	/**
	 * Inserts the new students with, in the same statement, the initial status row
	 * ({@code import}) and the change-history snapshot ({@link BatchRevisions#ADDED}) of
	 * each: one round trip per batch, and the snapshot taken from the rows as inserted
	 * instead of read back.
	 * @return their ids
	 */
	private Set<Long> insert(List<Values> added, LocalDate today, String who, long revision) {
		Set<Long> ids = new LinkedHashSet<>();
		for (int from = 0; from < added.size(); from += BATCH) {
			List<Values> batch = added.subList(from, Math.min(added.size(), from + BATCH));
			this.jdbc.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement("""
						with added as (
						    insert into student (%1$s) select * from unnest(%2$s) returning id, %1$s
						), snapshots as (
						    insert into student_aud (id, rev, revtype, %1$s) select id, ?::bigint, %3$d, %1$s from added
						), statuses as (
						    insert into student_status_change (student_id, from_status, to_status, effective_on,
						        reason, changed_by)
						    select id, null, status, ?::date, 'import', ?::varchar from added
						)
						select id from added
						""".formatted(COLUMNS, TYPES, BatchRevisions.ADDED));
				int next = bindColumns(connection, statement, 1, batch);
				statement.setLong(next, revision);
				statement.setObject(next + 1, today);
				statement.setString(next + 2, who);
				return statement;
			}, (rs) -> {
				ids.add(rs.getLong(1));
			});
		}
		return ids;
	}

	/**
	 * Updates the changed students where their version is still the one read.
	 * @throws ObjectOptimisticLockingFailureException when one was changed meanwhile
	 */
	private void update(List<Values> changed) {
		for (int from = 0; from < changed.size(); from += BATCH) {
			List<Values> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
			int updated = this.jdbc.update((connection) -> {
				PreparedStatement statement = connection.prepareStatement("""
						update student s set name = u.name, degree_type = u.degree_type, program_code = u.program_code,
						    cohort_year = u.cohort_year, discipline_code = u.discipline_code,
						    admission_type = u.admission_type, source_school = u.source_school,
						    hospital_id = u.hospital_id, supervisor_id = u.supervisor_id,
						    co_supervisor_id = u.co_supervisor_id, status = u.status, status_since = u.status_since,
						    version = s.version + 1, updated_at = now()
						from unnest(?::bigint[], ?::bigint[], %s) as u(id, version, %s)
						where s.id = u.id and s.version = u.version
						""".formatted(TYPES, COLUMNS));
				statement.setArray(1, connection.createArrayOf("bigint",
						batch.stream().map((values) -> (Object) values.id()).toArray()));
				statement.setArray(2, connection.createArrayOf("bigint",
						batch.stream().map((values) -> (Object) values.version()).toArray()));
				bindColumns(connection, statement, 3, batch);
				return statement;
			});
			if (updated != batch.size()) {
				throw new ObjectOptimisticLockingFailureException(Student.class, "import");
			}
		}
	}

	/**
	 * @return the index of the next parameter
	 */
	private static int bindColumns(Connection connection, PreparedStatement statement, int first, List<Values> batch)
			throws SQLException {
		int n = batch.size();
		Object[][] columns = new Object[13][n];
		for (int i = 0; i < n; i++) {
			Values values = batch.get(i);
			StudentCommand command = values.entry().command();
			columns[0][i] = command.studentNo();
			columns[1][i] = command.name();
			columns[2][i] = command.degreeType().name();
			columns[3][i] = command.programCode();
			columns[4][i] = command.cohortYear();
			columns[5][i] = command.disciplineCode();
			columns[6][i] = command.admissionType().name();
			columns[7][i] = (command.sourceSchool() != null) ? command.sourceSchool().name() : null;
			columns[8][i] = values.entry().hospitalId();
			columns[9][i] = values.entry().supervisorId();
			columns[10][i] = values.entry().coSupervisorId();
			columns[11][i] = values.status().name();
			columns[12][i] = (values.statusSince() != null) ? java.sql.Date.valueOf(values.statusSince()) : null;
		}
		String[] types = { "varchar", "varchar", "varchar", "varchar", "int4", "varchar", "varchar", "varchar", "int8",
				"int8", "int8", "varchar", "date" };
		for (int c = 0; c < columns.length; c++) {
			statement.setArray(first + c, connection.createArrayOf(types[c], columns[c]));
		}
		return first + columns.length;
	}

	private void insertStatusChanges(List<StatusRow> rows, String who) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<StatusRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			this.jdbc.update((connection) -> {
				PreparedStatement statement = connection.prepareStatement("""
						insert into student_status_change (student_id, from_status, to_status, effective_on, reason,
						    changed_by)
						select s, f, t, e, 'import', ? from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::date[])
						    as u(s, f, t, e)
						""");
				statement.setString(1, who);
				statement.setArray(2, connection.createArrayOf("int8",
						batch.stream().map((row) -> (Object) row.studentId()).toArray()));
				statement.setArray(3, connection.createArrayOf("varchar",
						batch.stream().map((row) -> (row.from() != null) ? row.from().name() : null).toArray()));
				statement.setArray(4,
						connection.createArrayOf("varchar", batch.stream().map((row) -> row.to().name()).toArray()));
				statement.setArray(5, connection.createArrayOf("date",
						batch.stream().map((row) -> java.sql.Date.valueOf(row.effectiveOn())).toArray()));
				return statement;
			});
		}
	}

	/**
	 * The change-history snapshots ({@link BatchRevisions#MODIFIED}) of the changed
	 * students, as updated, in the file's revision.
	 */
	private void snapshotChanged(List<Values> changed, long revision) {
		if (changed.isEmpty()) {
			return;
		}
		Object[] ids = changed.stream().map((values) -> (Object) values.id()).toArray();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement("insert into student_aud (id, rev, revtype, "
					+ COLUMNS + ", supervisor_group_id) select t.id, ?, ?, " + prefixed("t.")
					+ ", t.supervisor_group_id from unnest(?::bigint[]) as u(id) join student t on t.id = u.id");
			statement.setLong(1, revision);
			statement.setInt(2, BatchRevisions.MODIFIED);
			statement.setArray(3, connection.createArrayOf("int8", ids));
			return statement;
		});
	}

	private static String prefixed(String alias) {
		return alias + COLUMNS.replace(", ", ", " + alias);
	}

	private record Stored(long id, long version, String studentNo, String name, DegreeType degreeType,
			String programCode, int cohortYear, String disciplineCode, AdmissionType admissionType,
			SourceSchool sourceSchool, Long hospitalId, long supervisorId, Long coSupervisorId, StudentStatus status,
			LocalDate statusSince) {
	}

	private record Values(long id, long version, StudentEntry entry, StudentStatus status, LocalDate statusSince) {
	}

	private record StatusRow(long studentId, StudentStatus from, StudentStatus to, LocalDate effectiveOn) {
	}

}
