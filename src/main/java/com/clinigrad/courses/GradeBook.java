package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentRegistry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grade entry for a class: graduate-school staff or the offering's own instructor fill in
 * a grid and save the whole class at once. Every cell is checked first; one bad cell
 * refuses the grid and nothing is saved. Each change is kept in the grade's history.
 */
@Service
public class GradeBook {

	private final JdbcClient jdbc;

	private final CourseCatalog catalog;

	private final CourseRecords records;

	private final StudentRegistry students;

	private final CreditRequirements requirements;

	private final CurrentUsers currentUsers;

	GradeBook(JdbcClient jdbc, CourseCatalog catalog, CourseRecords records, StudentRegistry students,
			CreditRequirements requirements, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.records = records;
		this.students = students;
		this.requirements = requirements;
		this.currentUsers = currentUsers;
	}

	/**
	 * The grid of an offering; staff and the offering's instructor only.
	 */
	@Transactional(readOnly = true)
	public GradeSheet sheet(long offeringId) {
		this.catalog.requireStaffOrInstructor(offeringId);
		OfferingView offering = this.catalog.findOffering(offeringId);
		long courseId = this.catalog.courseId(offeringId);
		Map<Long, StudentCard> roster = this.students.cardsByIds(this.catalog.enrolledIds(offeringId));
		Map<Long, List<Object[]>> sittings = new HashMap<>();
		if (!roster.isEmpty()) {
			this.jdbc.sql("""
					select student_id, term, attempt, score, result from grade
					where course_id = :course and student_id in (:students) order by term, attempt
					""").param("course", courseId).param("students", roster.keySet()).query((rs) -> {
				sittings.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>())
					.add(new Object[] { rs.getString("term"), rs.getInt("attempt"),
							GradeChange.value(rs.getBigDecimal("score"), rs.getString("result")) });
			});
		}
		List<GradeSheet.Row> rows = new ArrayList<>();
		Map<String, BigDecimal> passMarks = new HashMap<>();
		for (StudentCard student : roster.values()) {
			List<Object[]> own = sittings.getOrDefault(student.id(), List.of());
			int attempt = 1;
			String value = "";
			List<String> earlier = new ArrayList<>();
			int highest = 0;
			for (Object[] sitting : own) {
				int number = (Integer) sitting[1];
				if (offering.term().equals(sitting[0])) {
					attempt = number;
					value = (String) sitting[2];
				}
				else {
					earlier.add(sitting[0] + " #" + number + ": " + sitting[2]);
					highest = Math.max(highest, number);
				}
			}
			if (value.isEmpty()) {
				attempt = highest + 1;
			}
			rows.add(new GradeSheet.Row(student.id(), student.studentNo(), student.name(), attempt, value, earlier,
					passMarks.computeIfAbsent(student.programCode() + "/" + student.cohortYear(),
							(key) -> passMark(student))));
		}
		return new GradeSheet(offering, rows);
	}

	/**
	 * Saves a class's grades; staff and the offering's instructor only. Blank cells leave
	 * a student ungraded (an existing grade cannot be blanked, only corrected).
	 * @param version the offering's version the grid was opened at
	 * @param cells the entered value per student number
	 * @return how many grades were new or changed
	 * @throws GradeSheetErrors when a cell is invalid; nothing is saved
	 * @throws OptimisticLockingFailureException when someone saved the grid meanwhile
	 */
	@Transactional
	public int save(long offeringId, long version, Map<String, String> cells) {
		GradeSheet sheet = sheet(offeringId);
		// bumping the version first both detects a stale grid and makes a concurrent save
		// wait
		int claimed = this.jdbc
			.sql("update course_offering set version = version + 1 where id = :id and version = :version")
			.param("id", offeringId)
			.param("version", version)
			.update();
		if (sheet.offering().version() != version || claimed == 0) {
			throw new OptimisticLockingFailureException("Grades of offering " + offeringId + " saved meanwhile");
		}
		long courseId = this.catalog.courseId(offeringId);
		Map<String, String> errors = new LinkedHashMap<>();
		List<GradeEntry> entries = new ArrayList<>();
		for (GradeSheet.Row row : sheet.rows()) {
			String raw = cells.getOrDefault(row.studentNo(), "");
			String value = (raw != null) ? raw.trim() : "";
			if (value.isEmpty()) {
				if (!row.value().isEmpty()) {
					errors.put(row.studentNo(), "grades.error.blanked");
				}
				continue;
			}
			if (sheet.offering().passFail()) {
				String result = value.toUpperCase();
				if (!result.equals("PASS") && !result.equals("FAIL")) {
					errors.put(row.studentNo(), "grades.error.passFail");
					continue;
				}
				entries.add(new GradeEntry(row.studentId(), courseId, sheet.offering().term(), row.attempt(), null,
						result));
			}
			else {
				BigDecimal score;
				try {
					score = new BigDecimal(value);
				}
				catch (NumberFormatException ex) {
					errors.put(row.studentNo(), "grades.error.notNumber");
					continue;
				}
				Optional<Scores.Problem> problem = Scores.check(score);
				if (problem.isPresent()) {
					errors.put(row.studentNo(), problem.get().messageKey());
					continue;
				}
				entries.add(
						new GradeEntry(row.studentId(), courseId, sheet.offering().term(), row.attempt(), score, null));
			}
		}
		for (String studentNo : cells.keySet()) {
			if (sheet.rows().stream().noneMatch((row) -> row.studentNo().equals(studentNo))) {
				errors.put(studentNo, "grades.error.notEnrolled");
			}
		}
		if (!errors.isEmpty()) {
			throw new GradeSheetErrors(errors);
		}
		return this.records.upsertGrades(entries);
	}

	/**
	 * Every change of the grades of an offering, newest first; staff and the instructor.
	 */
	@Transactional(readOnly = true)
	public List<GradeChange> history(long offeringId) {
		this.catalog.requireStaffOrInstructor(offeringId);
		List<Long> studentIds = new ArrayList<>();
		List<GradeChange> changes = this.jdbc.sql("""
				select c.code, c.name, g.term, g.attempt, h.old_score, h.old_result, h.new_score, h.new_result,
				    h.changed_by, h.changed_at, g.student_id
				from grade_change h join grade g on g.id = h.grade_id join course c on c.id = g.course_id
				join course_offering o on o.course_id = g.course_id and o.term = g.term
				join enrollment e on e.offering_id = o.id and e.student_id = g.student_id
				where o.id = :o order by h.changed_at desc, h.id desc
				""").param("o", offeringId).query((rs, n) -> {
			studentIds.add(rs.getLong("student_id"));
			return change(rs, null);
		}).list();
		Map<Long, StudentCard> students = this.students.cardsByIds(studentIds);
		List<GradeChange> named = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			GradeChange change = changes.get(i);
			named.add(new GradeChange(students.get(studentIds.get(i)).studentNo(), change.courseCode(),
					change.courseName(), change.term(), change.attempt(), change.oldScore(), change.oldResult(),
					change.newScore(), change.newResult(), change.changedBy(), change.changedAt()));
		}
		return named;
	}

	/**
	 * Every change of the grades of a student the caller may see, newest first.
	 */
	@Transactional(readOnly = true)
	public List<GradeChange> historyOfStudent(String studentNo) {
		long studentId = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new CourseNotFoundException("student " + studentNo))
			.id();
		return this.jdbc.sql("""
				select c.code, c.name, g.term, g.attempt, h.old_score, h.old_result, h.new_score, h.new_result,
				    h.changed_by, h.changed_at
				from grade_change h join grade g on g.id = h.grade_id join course c on c.id = g.course_id
				where g.student_id = :s order by h.changed_at desc, h.id desc
				""").param("s", studentId).query((rs, n) -> change(rs, null)).list();
	}

	private static GradeChange change(java.sql.ResultSet rs, String studentNo) throws java.sql.SQLException {
		String code = rs.getString("code");
		return new GradeChange(studentNo, code, rs.getString("name"), rs.getString("term"), rs.getInt("attempt"),
				rs.getBigDecimal("old_score"), rs.getString("old_result"), rs.getBigDecimal("new_score"),
				rs.getString("new_result"), rs.getString("changed_by"),
				rs.getObject("changed_at", java.time.OffsetDateTime.class));
	}

	BigDecimal passMark(StudentCard student) {
		return passMark(student.programCode(), student.cohortYear());
	}

	/**
	 * @return the lowest passing score of a program's cohort: its rule set's, else
	 * {@link CreditRequirements.Minimums#DEFAULT_PASS_MARK}
	 */
	public BigDecimal passMark(String programCode, int cohortYear) {
		return this.requirements.of(programCode, cohortYear)
			.map(CreditRequirements.Minimums::passMark)
			.orElse(CreditRequirements.Minimums.DEFAULT_PASS_MARK);
	}

}
