package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grade entry for a class: graduate-school staff or the offering's own instructor fill in
 * a grid and save the whole class at once. Every cell is checked first; one bad cell
 * refuses the grid and nothing is saved. Each change is kept in the grade's history.
 * <p>
 * The class's grade sheet ({@link GradeSheet}) decides whether the grid may change: the
 * instructor (or staff) submits the grades once every student has one, after which they
 * are final and the grid is read-only; the graduate school reopens a submitted sheet with
 * a reason, and the instructor corrects and submits again.
 */
@Service
public class GradeBook {

	private final JdbcClient jdbc;

	private final CourseCatalog catalog;

	private final CourseRecords records;

	private final StudentRegistry students;

	private final CreditRequirements requirements;

	private final CurrentUsers currentUsers;

	private final GradeSheetRepository sheets;

	private final ApplicationEventPublisher events;

	private final AccountDirectory accounts;

	GradeBook(JdbcClient jdbc, CourseCatalog catalog, CourseRecords records, StudentRegistry students,
			CreditRequirements requirements, CurrentUsers currentUsers, GradeSheetRepository sheets,
			ApplicationEventPublisher events, AccountDirectory accounts) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.records = records;
		this.students = students;
		this.requirements = requirements;
		this.currentUsers = currentUsers;
		this.sheets = sheets;
		this.events = events;
	}

	/**
	 * The grid of an offering with its grade sheet; staff and the offering's instructor
	 * only.
	 */
	@Transactional(readOnly = true)
	public GradeGrid grid(long offeringId) {
		this.catalog.requireStaffOrInstructor(offeringId);
		OfferingView offering = this.catalog.findOffering(offeringId);
		long courseId = this.catalog.courseId(offeringId);
		Map<Long, StudentCard> roster = this.students.cardsByIds(this.catalog.enrolledIds(offeringId));
		Map<Long, List<GradeGrid.Sitting>> sittings = new HashMap<>();
		if (!roster.isEmpty()) {
			this.jdbc.sql("""
					select student_id, term, attempt, score, result from grade
					where course_id = :course and student_id in (:students) order by term, attempt
					""").param("course", courseId).param("students", roster.keySet()).query((rs) -> {
				sittings.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>())
					.add(new GradeGrid.Sitting(rs.getString("term"), rs.getInt("attempt"), rs.getBigDecimal("score"),
							GradeResult.of(rs.getString("result"))));
			});
		}
		List<GradeGrid.Row> rows = new ArrayList<>();
		Map<String, BigDecimal> passMarks = new HashMap<>();
		for (StudentCard student : roster.values()) {
			GradeGrid.Sitting current = null;
			List<GradeGrid.Sitting> earlier = new ArrayList<>();
			int highest = 0;
			for (GradeGrid.Sitting sitting : sittings.getOrDefault(student.id(), List.of())) {
				if (offering.term().equals(sitting.term())) {
					current = sitting;
				}
				else {
					earlier.add(sitting);
					highest = Math.max(highest, sitting.attempt());
				}
			}
			int attempt = (current != null) ? current.attempt() : highest + 1;
			rows.add(new GradeGrid.Row(student.id(), student.studentNo(), student.name(), attempt,
					(current != null) ? current.score() : null, (current != null) ? current.result() : null, earlier,
					passMarks.computeIfAbsent(student.programCode() + "/" + student.cohortYear(),
							(key) -> passMark(student))));
		}
		rows.sort(Comparator.comparing(GradeGrid.Row::studentNo));
		GradeSheetView sheet = findSheet(offeringId).view();
		return new GradeGrid(offering, rows, sheet, sheet.status().allows(GradeSheetAction.RECORD),
				sheet.status().allows(GradeSheetAction.SUBMIT),
				this.currentUsers.current().has(Role.GRAD_SCHOOL) && sheet.status().allows(GradeSheetAction.REOPEN));
	}

	/**
	 * Saves a class's grades; staff and the offering's instructor only, while the grade
	 * sheet is not submitted. Blank cells leave a student ungraded (an existing grade
	 * cannot be blanked, only corrected).
	 * @param version the offering's version the grid was opened at
	 * @param cells the entered value per student number
	 * @return how many grades were new or changed
	 * @throws GradeSheetErrors when a cell is invalid; nothing is saved
	 * @throws BusinessRuleException when the sheet is submitted
	 * @throws OptimisticLockingFailureException when someone saved or submitted the grid
	 * meanwhile
	 */
	@Transactional
	public int save(long offeringId, long version, Map<String, String> cells) {
		GradeGrid grid = grid(offeringId);
		findSheet(offeringId).recordGrades();
		claim(offeringId, version, grid);
		long courseId = this.catalog.courseId(offeringId);
		Map<String, String> errors = new LinkedHashMap<>();
		List<GradeEntry> entries = new ArrayList<>();
		for (GradeGrid.Row row : grid.rows()) {
			String raw = cells.getOrDefault(row.studentNo(), "");
			String value = (raw != null) ? raw.trim() : "";
			if (value.isEmpty()) {
				if (!row.value().isEmpty()) {
					errors.put(row.studentNo(), "grades.error.blanked");
				}
				continue;
			}
			if (grid.offering().grading() == Grading.PASS_FAIL) {
				GradeResult result = result(value);
				if (result == null) {
					errors.put(row.studentNo(), "grades.error.passFail");
					continue;
				}
				entries.add(
						new GradeEntry(row.studentId(), courseId, grid.offering().term(), row.attempt(), null, result));
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
				entries
					.add(new GradeEntry(row.studentId(), courseId, grid.offering().term(), row.attempt(), score, null));
			}
		}
		for (String studentNo : cells.keySet()) {
			if (grid.rows().stream().noneMatch((row) -> row.studentNo().equals(studentNo))) {
				errors.put(studentNo, "grades.error.notEnrolled");
			}
		}
		if (!errors.isEmpty()) {
			throw new GradeSheetErrors(errors);
		}
		return this.records.upsertGrades(entries);
	}

	/**
	 * Submits the class's grades as final: the grid is locked, and the students' records
	 * are checked again for warnings ({@link GradesRecorded}). Staff and the offering's
	 * instructor only, once every enrolled student has a grade.
	 * @param version the offering's version the confirmation was shown at
	 * @throws BusinessRuleException when a student has no grade or the sheet is submitted
	 * already
	 * @throws OptimisticLockingFailureException when grades were saved meanwhile
	 */
	@Transactional
	public void submit(long offeringId, long version) {
		GradeGrid grid = grid(offeringId);
		GradeSheet sheet = findSheet(offeringId);
		sheet.submit(this.currentUsers.current().displayName());
		if (grid.rows().isEmpty()) {
			throw new BusinessRuleException("grades.sheet.error.noStudents");
		}
		if (grid.ungraded() > 0) {
			throw new BusinessRuleException("grades.sheet.error.incomplete", String.valueOf(grid.ungraded()));
		}
		claim(offeringId, version, grid);
		this.sheets.save(sheet);
		Set<Long> students = grid.rows().stream().map(GradeGrid.Row::studentId).collect(Collectors.toSet());
		this.events.publishEvent(new GradesRecorded(students));
		OfferingView offering = grid.offering();
		this.events.publishEvent(new GradeSheetSubmitted(offeringId, offering.courseCode(), offering.courseName(),
				offering.courseNameEn(), offering.term(), students, this.currentUsers.current().username()));
	}

	/**
	 * Reopens a submitted grade sheet so that the instructor can correct it; graduate
	 * school staff only, with a reason the history keeps.
	 * @throws BusinessRuleException without a reason or when the sheet is not submitted
	 */
	@Transactional
	public void reopen(long offeringId, String reason) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		this.catalog.findOffering(offeringId);
		GradeSheet sheet = findSheet(offeringId);
		sheet.reopen(reason, this.currentUsers.current().displayName());
		this.sheets.save(sheet);
	}

	/**
	 * Submits a sheet with the checks {@link #submit} makes (every student graded), but
	 * no caller check: for loaders that run without a logged-in user (the demo
	 * university's past terms).
	 */
	@Transactional
	public void recordSubmission(long offeringId) {
		long ungraded = this.jdbc.sql("""
				select count(*) from enrollment e join course_offering o on o.id = e.offering_id
				where o.id = :o and not exists (select 1 from grade g where g.student_id = e.student_id
				    and g.course_id = o.course_id and g.term = o.term)
				""").param("o", offeringId).query(Long.class).single();
		if (ungraded > 0) {
			throw new BusinessRuleException("grades.sheet.error.incomplete", String.valueOf(ungraded));
		}
		GradeSheet sheet = findSheet(offeringId);
		sheet.submit(null);
		this.sheets.save(sheet);
	}

	/**
	 * Bumping the offering's version both detects a stale grid and makes a concurrent
	 * save or submission wait for this one, then fail.
	 */
	private void claim(long offeringId, long version, GradeGrid grid) {
		int claimed = this.jdbc
			.sql("update course_offering set version = version + 1 where id = :id and version = :version")
			.param("id", offeringId)
			.param("version", version)
			.update();
		if (grid.offering().version() != version || claimed == 0) {
			throw new OptimisticLockingFailureException("Grades of offering " + offeringId + " saved meanwhile");
		}
	}

	private GradeSheet findSheet(long offeringId) {
		return this.sheets.findById(offeringId)
			.orElseThrow(() -> new CourseNotFoundException("grade sheet " + offeringId));
	}

	/**
	 * @return the result a pass/fail cell names, or {@code null}
	 */
	private static GradeResult result(String value) {
		for (GradeResult result : GradeResult.values()) {
			if (result.name().equalsIgnoreCase(value)) {
				return result;
			}
		}
		return null;
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
		Map<String, String> people = this.accounts.displayNames(changes.stream().map(GradeChange::changedBy).toList());
		List<GradeChange> named = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			GradeChange change = changes.get(i);
			named.add(new GradeChange(students.get(studentIds.get(i)).studentNo(), change.courseCode(),
					change.courseName(), change.term(), change.attempt(), change.oldScore(), change.oldResult(),
					change.newScore(), change.newResult(), people.getOrDefault(change.changedBy(), change.changedBy()),
					change.changedAt()));
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
		List<GradeChange> changes = this.jdbc.sql("""
				select c.code, c.name, g.term, g.attempt, h.old_score, h.old_result, h.new_score, h.new_result,
				    h.changed_by, h.changed_at
				from grade_change h join grade g on g.id = h.grade_id join course c on c.id = g.course_id
				where g.student_id = :s order by h.changed_at desc, h.id desc
				""").param("s", studentId).query((rs, n) -> change(rs, null)).list();
		// who changed each grade, by display name (the records keep usernames)
		Map<String, String> people = this.accounts.displayNames(changes.stream().map(GradeChange::changedBy).toList());
		return changes.stream()
			.map((c) -> new GradeChange(c.studentNo(), c.courseCode(), c.courseName(), c.term(), c.attempt(),
					c.oldScore(), c.oldResult(), c.newScore(), c.newResult(),
					people.getOrDefault(c.changedBy(), c.changedBy()), c.changedAt()))
			.toList();
	}

	private static GradeChange change(java.sql.ResultSet rs, String studentNo) throws java.sql.SQLException {
		String code = rs.getString("code");
		return new GradeChange(studentNo, code, rs.getString("name"), rs.getString("term"), rs.getInt("attempt"),
				rs.getBigDecimal("old_score"), GradeResult.of(rs.getString("old_result")),
				rs.getBigDecimal("new_score"), GradeResult.of(rs.getString("new_result")), rs.getString("changed_by"),
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
