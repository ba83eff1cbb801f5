package com.clinigrad.rotations;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.clinigrad.shared.reads.Read;
import com.clinigrad.shared.reads.Reads;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.shared.events.StudentEvents;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rotations each student completed or has planned (cancelled ones left out), upserted
 * by the contract's key (student, department, start date) among the scheduled ones.
 */
@Service
public class RotationRecords {

	private static final String SELECT = """
			select r.student_id, h.code as hospital_code, d.code as department_code, d.name as department_name,
			       d.subspecialty, r.start_date, r.end_date, r.chief_resident, r.exam_result, r.retake_result
			from rotation r join department d on d.id = r.department_id join hospital h on h.id = d.hospital_id
			""";

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final StudentEvents events;

	private final JdbcTemplate template;

	private final Reads reads;

	/** Rows per statement of {@link #upsertAll}. */
	static final int BATCH = 2000;

	RotationRecords(Reads reads, JdbcClient jdbc, JdbcTemplate template, CurrentUsers currentUsers,
			StudentEvents events) {
		this.reads = reads;
		this.jdbc = jdbc;
		this.template = template;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * @return whether anything changed; if so, the transaction publishes
	 * {@link RotationsRecorded}
	 */
	@Transactional
	public boolean upsert(RotationEntry rotation) {
		boolean changed = this.jdbc.sql("""
				insert into rotation (student_id, department_id, start_date, end_date, chief_resident, exam_result,
				                      retake_result, recorded_by)
				values (:student, :department, :start, :end, :chief, :exam, :retake, :who)
				on conflict (student_id, department_id, start_date) where status = '%s' do update
				    set end_date = excluded.end_date, chief_resident = excluded.chief_resident,
				        exam_result = excluded.exam_result, retake_result = excluded.retake_result,
				        recorded_by = excluded.recorded_by, recorded_at = now()
				where (rotation.end_date, rotation.chief_resident, rotation.exam_result, rotation.retake_result)
				    is distinct from (excluded.end_date, excluded.chief_resident, excluded.exam_result,
				    excluded.retake_result)
				""".formatted(RotationStatus.SCHEDULED.name()))
			.param("student", rotation.studentId())
			.param("department", rotation.departmentId())
			.param("start", rotation.startDate())
			.param("end", rotation.endDate())
			.param("chief", rotation.chiefResident())
			.param("exam", ExamResult.code(rotation.examResult()))
			.param("retake", ExamResult.code(rotation.retakeResult()))
			.param("who", this.currentUsers.currentUsername())
			.update() > 0;
		if (changed) {
			this.events.changed(RotationsRecorded.class, RotationsRecorded::new, rotation.studentId());
		}
		return changed;
	}

	/**
	 * Records many rotations at once (the import), one statement per batch, with what
	 * {@link #upsert} does for each; a rotation given twice (the same student, department
	 * and start date) ends as the later one says, as row by row.
	 * @return how many rotations were new or changed; if any, the transaction publishes
	 * {@link RotationsRecorded} for their students
	 */
	@Transactional
	public int upsertAll(List<RotationEntry> rotations) {
		Map<List<Object>, RotationEntry> last = new LinkedHashMap<>();
		for (RotationEntry rotation : rotations) {
			last.put(List.of(rotation.studentId(), rotation.departmentId(), rotation.startDate()), rotation);
		}
		List<RotationEntry> distinct = new ArrayList<>(last.values());
		String who = this.currentUsers.currentUsername();
		Set<Long> students = new HashSet<>();
		int[] changed = { 0 };
		for (int from = 0; from < distinct.size(); from += BATCH) {
			List<RotationEntry> batch = distinct.subList(from, Math.min(distinct.size(), from + BATCH));
			this.template.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement("""
						insert into rotation (student_id, department_id, start_date, end_date, chief_resident,
						                      exam_result, retake_result, recorded_by)
						select s, d, st, e, c, x, r, ? from unnest(?::bigint[], ?::bigint[], ?::date[], ?::date[],
						    ?::boolean[], ?::varchar[], ?::varchar[]) as u(s, d, st, e, c, x, r)
						on conflict (student_id, department_id, start_date) where status = '%s' do update
						    set end_date = excluded.end_date, chief_resident = excluded.chief_resident,
						        exam_result = excluded.exam_result, retake_result = excluded.retake_result,
						        recorded_by = excluded.recorded_by, recorded_at = now()
						where (rotation.end_date, rotation.chief_resident, rotation.exam_result, rotation.retake_result)
						    is distinct from (excluded.end_date, excluded.chief_resident, excluded.exam_result,
						    excluded.retake_result)
						returning student_id
						""".formatted(RotationStatus.SCHEDULED.name()));
				statement.setString(1, who);
				statement.setArray(2, array(connection, "int8", batch, RotationEntry::studentId));
				statement.setArray(3, array(connection, "int8", batch, RotationEntry::departmentId));
				statement.setArray(4, array(connection, "date", batch, (r) -> Date.valueOf(r.startDate())));
				statement.setArray(5, array(connection, "date", batch, (r) -> Date.valueOf(r.endDate())));
				statement.setArray(6, array(connection, "bool", batch, RotationEntry::chiefResident));
				statement.setArray(7, array(connection, "varchar", batch, RotationEntry::examResult));
				statement.setArray(8, array(connection, "varchar", batch, RotationEntry::retakeResult));
				return statement;
			}, (rs) -> {
				students.add(rs.getLong(1));
				changed[0]++;
			});
		}
		this.events.changed(RotationsRecorded.class, RotationsRecorded::new, students);
		return changed[0];
	}

	private static java.sql.Array array(Connection connection, String type, List<RotationEntry> rows,
			Function<RotationEntry, Object> column) throws SQLException {
		return connection.createArrayOf(type, rows.stream().map(column).toArray());
	}

	@Transactional(readOnly = true)
	public List<RotationView> rotationsOf(long studentId) {
		return this.jdbc.sql(SELECT + " where r.student_id = :student and r.status = :scheduled order by r.start_date")
			.param("student", studentId)
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.query((rs, n) -> view(rs))
			.list();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, List<RotationView>> rotationsOf(Collection<Long> studentIds) {
		return this.reads.one(rotationsRead(studentIds));
	}

	/**
	 * @return the read of {@link #rotationsOf(Collection)}, to run with other reads
	 */
	public Read<Map<Long, List<RotationView>>> rotationsRead(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return Read.nothing(Map.of());
		}
		return Read.of(SELECT + " where r.student_id in (:students) and r.status = :scheduled order by r.start_date",
				Map.of("students", studentIds, "scheduled", RotationStatus.SCHEDULED.name()), (rs) -> {
					Map<Long, List<RotationView>> rotations = new HashMap<>();
					while (rs.next()) {
						rotations.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>()).add(view(rs));
					}
					return rotations;
				});
	}

	private static RotationView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new RotationView(rs.getString("hospital_code"), rs.getString("department_code"),
				rs.getString("department_name"), rs.getString("subspecialty"),
				rs.getObject("start_date", java.time.LocalDate.class),
				rs.getObject("end_date", java.time.LocalDate.class), rs.getBoolean("chief_resident"),
				ExamResult.of(rs.getString("exam_result")), ExamResult.of(rs.getString("retake_result")));
	}

}
