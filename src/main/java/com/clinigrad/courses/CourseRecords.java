package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.students.StudentRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course catalog and the grade book. Writes are upserts by the contract's natural
 * keys, so that loading the same file twice changes nothing; grades are written in JDBC
 * batches (a term's grades for a whole university in seconds).
 */
@Service
public class CourseRecords {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final StudentRegistry students;

	private final CurrentUsers currentUsers;

	CourseRecords(JdbcClient jdbc, JdbcTemplate template, StudentRegistry students, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.template = template;
		this.students = students;
		this.currentUsers = currentUsers;
	}

	@Transactional(readOnly = true)
	public List<CourseView> courses() {
		return this.jdbc
			.sql("select code, name, name_en, category, credits, hours, language from course order by category, code")
			.query((rs, n) -> new CourseView(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
					CourseCategory.valueOf(rs.getString("category")), rs.getBigDecimal("credits"),
					(Integer) rs.getObject("hours"), rs.getString("language")))
			.list();
	}

	/**
	 * @return the codes among {@code codes} that are in the catalog
	 */
	@Transactional(readOnly = true)
	public Set<String> knownCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select code from course where code in (:codes)")
			.param("codes", codes)
			.query(String.class)
			.list());
	}

	/**
	 * Creates or updates a course by code.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean upsertCourse(CourseView course) {
		return this.jdbc.sql("""
				insert into course (code, name, name_en, category, credits, hours, language)
				values (:code, :name, :nameEn, :category, :credits, :hours, :language)
				on conflict (code) do update set name = excluded.name, name_en = excluded.name_en,
				    category = excluded.category, credits = excluded.credits, hours = excluded.hours,
				    language = excluded.language, version = course.version + 1, updated_at = now()
				where (course.name, course.name_en, course.category, course.credits, course.hours, course.language)
				    is distinct from (excluded.name, excluded.name_en, excluded.category, excluded.credits,
				    excluded.hours, excluded.language)
				""")
			.param("code", course.code())
			.param("name", course.name())
			.param("nameEn", course.nameEn())
			.param("category", course.category().name())
			.param("credits", course.credits())
			.param("hours", course.hours())
			.param("language", course.language())
			.update() > 0;
	}

	/**
	 * Records grades in batches; student numbers and course codes must exist (the caller
	 * has checked them).
	 * @return how many grades were new or changed
	 */
	@Transactional
	public int upsertGrades(List<GradeEntry> grades) {
		Set<String> studentNos = new HashSet<>();
		Set<String> courseCodes = new HashSet<>();
		for (GradeEntry grade : grades) {
			studentNos.add(grade.studentNo());
			courseCodes.add(grade.courseCode());
		}
		Map<String, Long> studentIds = this.students.idsByStudentNo(studentNos);
		Map<String, Long> courseIds = new HashMap<>();
		this.jdbc.sql("select id, code from course where code in (:codes)")
			.param("codes", courseCodes.isEmpty() ? List.of("") : courseCodes)
			.query((rs) -> {
				courseIds.put(rs.getString("code"), rs.getLong("id"));
			});
		String who = this.currentUsers.currentUsername();
		int changed = 0;
		for (int from = 0; from < grades.size(); from += BATCH) {
			List<Object[]> arguments = new ArrayList<>();
			for (GradeEntry grade : grades.subList(from, Math.min(grades.size(), from + BATCH))) {
				Long studentId = studentIds.get(grade.studentNo());
				Long courseId = courseIds.get(grade.courseCode());
				if (studentId == null || courseId == null) {
					throw new IllegalArgumentException(
							"Unknown student or course: " + grade.studentNo() + " / " + grade.courseCode());
				}
				arguments.add(new Object[] { studentId, courseId, grade.term(), grade.attempt(), grade.score(),
						grade.result(), who });
			}
			for (int count : this.template.batchUpdate("""
					insert into grade (student_id, course_id, term, attempt, score, result, recorded_by)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (student_id, course_id, term, attempt) do update
					    set score = excluded.score, result = excluded.result, recorded_by = excluded.recorded_by,
					        recorded_at = now()
					where (grade.score, grade.result) is distinct from (excluded.score, excluded.result)
					""", arguments)) {
				changed += Math.max(count, 0);
			}
		}
		return changed;
	}

	/**
	 * @return every sitting of every course by the student, oldest first
	 */
	@Transactional(readOnly = true)
	public List<GradeView> gradesOf(long studentId) {
		return this.jdbc.sql("""
				select c.code, c.name, c.category, c.credits, g.term, g.attempt, g.score, g.result
				from grade g join course c on c.id = g.course_id
				where g.student_id = :student order by g.term, c.code, g.attempt
				""").param("student", studentId).query((rs, n) -> grade(rs)).list();
	}

	/**
	 * @return every student's grades at once, for batch audits
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<GradeView>> gradesOf(Collection<Long> studentIds) {
		Map<Long, List<GradeView>> grades = new HashMap<>();
		if (studentIds.isEmpty()) {
			return grades;
		}
		this.jdbc.sql("""
				select g.student_id, c.code, c.name, c.category, c.credits, g.term, g.attempt, g.score, g.result
				from grade g join course c on c.id = g.course_id
				where g.student_id in (:students) order by g.term, c.code, g.attempt
				""").param("students", studentIds).query((rs) -> {
			grades.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>()).add(grade(rs));
		});
		return grades;
	}

	private static GradeView grade(java.sql.ResultSet rs) throws java.sql.SQLException {
		BigDecimal score = rs.getBigDecimal("score");
		return new GradeView(rs.getString("code"), rs.getString("name"),
				CourseCategory.valueOf(rs.getString("category")), rs.getBigDecimal("credits"), rs.getString("term"),
				rs.getInt("attempt"), score, rs.getString("result"));
	}

}
