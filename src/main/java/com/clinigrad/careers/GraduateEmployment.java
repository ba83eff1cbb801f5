package com.clinigrad.careers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentNotFoundException;
import com.clinigrad.students.StudentRegistry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the graduates went (就业): one destination per student, keyed by the student
 * number. The graduate school records and corrects any graduate's, a graduate their own;
 * whoever may see the student (their supervisors, their hospital's office) reads it. The
 * {@code employment} dataset imports them; the annual report reads the figures of a year.
 */
@Service
public class GraduateEmployment {

	private static final String COLUMNS = """
			id, student_no, graduated_on, destination_kind, employer, region, recorded_by, version""";

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final StudentRegistry students;

	GraduateEmployment(JdbcClient jdbc, CurrentUsers currentUsers, StudentRegistry students) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.students = students;
	}

	/**
	 * The destinations of the graduates of a year (graduation day in it), of one program
	 * or all ({@code null}); graduate-school staff.
	 */
	@Transactional(readOnly = true)
	public List<EmploymentView> list(int year, String programCode) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		List<Row> rows = rowsOf(year);
		Map<String, StudentKey> keys = this.students
			.keysByStudentNo(rows.stream().map(Row::studentNo).collect(Collectors.toSet()));
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(keys.values().stream().map(StudentKey::id).collect(Collectors.toSet()));
		List<EmploymentView> views = new ArrayList<>();
		for (Row row : rows) {
			StudentKey key = keys.get(row.studentNo());
			if (key == null || (programCode != null && !programCode.equals(key.programCode()))) {
				continue;
			}
			StudentCard card = cards.get(key.id());
			views.add(row.view((card != null) ? card.name() : "", key.programCode()));
		}
		return views;
	}

	/**
	 * A student's recorded destination, if the caller may see the student.
	 * @throws StudentNotFoundException when the student does not exist or is out of the
	 * caller's scope
	 */
	@Transactional(readOnly = true)
	public Optional<EmploymentView> of(String studentNo) {
		StudentKey key = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new EmploymentNotFoundException(studentNo));
		return this.jdbc.sql("select " + COLUMNS + " from employment where student_no = :no")
			.param("no", studentNo)
			.query(GraduateEmployment::row)
			.optional()
			.map((row) -> row.view(name(key), key.programCode()));
	}

	/**
	 * @return whether the caller may record this student's destination: graduate-school
	 * staff, or the student themself
	 */
	public boolean mayRecord(String studentNo) {
		CurrentUser user = this.currentUsers.current();
		return user.has(Role.GRAD_SCHOOL) || (user.has(Role.STUDENT) && studentNo.equals(user.studentNo()));
	}

	/**
	 * Records or corrects a graduate's destination: graduate-school staff for anyone, a
	 * student for themself.
	 * @param version the version shown, {@code null} for a first record
	 * @throws OptimisticLockingFailureException when the record changed since it was
	 * shown
	 */
	@Transactional
	public void record(EmploymentCommand command, Long version) {
		if (!mayRecord(command.studentNo())) {
			throw new AccessDeniedException("Not the graduate school nor the graduate");
		}
		StudentKey key = this.students.visibleKey(command.studentNo())
			.orElseThrow(() -> new EmploymentNotFoundException(command.studentNo()));
		requireGraduationAfterEnrolment(command.graduatedOn(), key.cohortYear());
		String who = this.currentUsers.currentUsername();
		if (version == null) {
			int inserted = this.jdbc.sql("""
					insert into employment (student_no, graduated_on, destination_kind, employer, region, recorded_by)
					values (:no, :graduated, :kind, :employer, :region, :who) on conflict (student_no) do nothing""")
				.params(params(command, who))
				.update();
			if (inserted == 0) {
				throw new OptimisticLockingFailureException("Employment of " + command.studentNo() + " exists");
			}
			return;
		}
		Map<String, Object> params = params(command, who);
		params.put("version", version);
		int updated = this.jdbc.sql("""
				update employment set graduated_on = :graduated, destination_kind = :kind, employer = :employer,
				    region = :region, recorded_by = :who, recorded_at = now(), version = version + 1
				where student_no = :no and version = :version""").params(params).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Employment of " + command.studentNo() + " changed");
		}
	}

	/**
	 * A graduation entered on the page comes after the student's enrolment (1 September
	 * of the cohort year). The import keeps the exchange format's dates as given.
	 */
	private static void requireGraduationAfterEnrolment(LocalDate graduatedOn, int cohortYear) {
		LocalDate enrolled = LocalDate.of(cohortYear, 9, 1);
		if (graduatedOn.isBefore(enrolled)) {
			throw new BusinessRuleException("employment.error.graduatedOn", enrolled.toString());
		}
	}

	/**
	 * Creates or updates the destinations of an import file by student number; the caller
	 * checks the role and the student numbers.
	 * @return how many rows changed anything
	 */
	@Transactional
	public int importEmployment(List<EmploymentCommand> rows) {
		String who = this.currentUsers.currentUsername();
		int changed = 0;
		for (EmploymentCommand row : rows) {
			changed += this.jdbc.sql("""
					insert into employment (student_no, graduated_on, destination_kind, employer, region, recorded_by)
					values (:no, :graduated, :kind, :employer, :region, :who)
					on conflict (student_no) do update set graduated_on = excluded.graduated_on,
					    destination_kind = excluded.destination_kind, employer = excluded.employer,
					    region = excluded.region, recorded_by = excluded.recorded_by, recorded_at = now(),
					    version = employment.version + 1
					where (employment.graduated_on, employment.destination_kind, employment.employer, employment.region)
					    is distinct from (excluded.graduated_on, excluded.destination_kind, excluded.employer,
					    excluded.region)""").params(params(row, who)).update();
		}
		return changed;
	}

	/**
	 * The employment figures of a year, of one program's students or of all
	 * ({@code null}), as the annual report counts them; the caller checks the role.
	 */
	@Transactional(readOnly = true)
	public EmploymentFigures figures(int year, String programCode) {
		List<Row> rows = rowsOf(year);
		if (programCode != null) {
			Map<String, StudentKey> keys = this.students
				.keysByStudentNo(rows.stream().map(Row::studentNo).collect(Collectors.toSet()));
			rows = rows.stream()
				.filter((row) -> keys.containsKey(row.studentNo())
						&& programCode.equals(keys.get(row.studentNo()).programCode()))
				.toList();
		}
		Map<DestinationKind, Long> byDestination = new EnumMap<>(DestinationKind.class);
		for (DestinationKind kind : DestinationKind.values()) {
			byDestination.put(kind, 0L);
		}
		Map<String, Long> byRegion = new TreeMap<>();
		long employed = 0;
		for (Row row : rows) {
			byDestination.merge(row.kind(), 1L, Long::sum);
			if (row.kind().employed()) {
				employed++;
			}
			if (row.region() != null) {
				byRegion.merge(row.region(), 1L, Long::sum);
			}
		}
		return new EmploymentFigures(year, rows.size(), employed, byDestination, byRegion);
	}

	/**
	 * The destinations of the graduates whose graduation day falls in the year, every row
	 * (also of graduates the student records do not hold), by graduation day and student
	 * number: what the annual report page counts and drills into; the caller checks the
	 * role and narrows the rows to its scope.
	 */
	@Transactional(readOnly = true)
	public List<Destination> destinations(int year) {
		return rowsOf(year).stream().map((row) -> new Destination(row.studentNo(), row.kind(), row.region())).toList();
	}

	/**
	 * A graduate's destination as the annual report counts it.
	 *
	 * @param region the region, or {@code null} when not given
	 */
	public record Destination(String studentNo, DestinationKind kind, String region) {
	}

	private List<Row> rowsOf(int year) {
		return this.jdbc.sql("select " + COLUMNS + " " + """
				from employment where graduated_on between :first and :last order by graduated_on, student_no""")
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(GraduateEmployment::row)
			.list();
	}

	private String name(StudentKey key) {
		StudentCard card = this.students.cardsByIds(List.of(key.id())).get(key.id());
		return (card != null) ? card.name() : "";
	}

	private static Map<String, Object> params(EmploymentCommand command, String who) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("no", command.studentNo());
		params.put("graduated", command.graduatedOn());
		params.put("kind", command.destinationKind().name());
		params.put("employer", command.employer());
		params.put("region", command.region());
		params.put("who", who);
		return params;
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("student_no"), rs.getObject("graduated_on", LocalDate.class),
				DestinationKind.valueOf(rs.getString("destination_kind")), rs.getString("employer"),
				rs.getString("region"), rs.getString("recorded_by"), rs.getLong("version"));
	}

	private record Row(long id, String studentNo, LocalDate graduatedOn, DestinationKind kind, String employer,
			String region, String recordedBy, long version) {

		EmploymentView view(String name, String programCode) {
			return new EmploymentView(this.id, this.studentNo, Objects.requireNonNullElse(name, ""), programCode,
					this.graduatedOn, this.kind, this.employer, this.region, this.recordedBy, this.version);
		}

	}

}
