package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.shared.reads.Read;
import com.clinigrad.shared.reads.Reads;
import com.clinigrad.accounts.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final GradeSheetRepository sheets;

	private final Reads reads;

	CourseRecords(Reads reads, JdbcClient jdbc, JdbcTemplate template, CurrentUsers currentUsers,
			ApplicationEventPublisher events, GradeSheetRepository sheets) {
		this.events = events;
		this.sheets = sheets;
		this.reads = reads;
		this.jdbc = jdbc;
		this.template = template;
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
	 * Looks course codes up once, for a caller that checks a whole file of grades before
	 * recording them (the import): the ids it gets are what {@link #upsertGrades} takes.
	 * @return the ids of the codes among {@code codes} that are in the catalog, by code
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> idsByCode(Collection<String> codes) {
		Map<String, Long> ids = new HashMap<>();
		if (codes.isEmpty()) {
			return ids;
		}
		this.jdbc.sql("select id, code from course where code in (:codes)").param("codes", codes).query((rs) -> {
			ids.put(rs.getString("code"), rs.getLong("id"));
		});
		return ids;
	}

	/**
	 * Creates or updates a course.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean upsertCourse(CourseView course) {
		return upsertCourses(List.of(course)) > 0;
	}

	/**
	 * Creates or updates many courses at once (the import), one statement per batch; a
	 * course whose values are as given is left as it is.
	 * @return how many were new or changed
	 */
	@Transactional
	public int upsertCourses(List<CourseView> courses) {
		int changed = 0;
		for (int from = 0; from < courses.size(); from += BATCH) {
			List<CourseView> batch = courses.subList(from, Math.min(courses.size(), from + BATCH));
			changed += this.jdbc
				.sql("""
						insert into course (code, name, name_en, category, credits, hours, language)
						select * from unnest(:codes::varchar[], :names::varchar[], :namesEn::varchar[], :categories::varchar[],
						                     :credits::numeric[], :hours::int[], :languages::varchar[])
						on conflict (code) do update set name = excluded.name, name_en = excluded.name_en,
						    category = excluded.category, credits = excluded.credits, hours = excluded.hours,
						    language = excluded.language, version = course.version + 1, updated_at = now()
						where (course.name, course.name_en, course.category, course.credits, course.hours, course.language)
						    is distinct from (excluded.name, excluded.name_en, excluded.category, excluded.credits,
						    excluded.hours, excluded.language)
						""")
				.param("codes", batch.stream().map(CourseView::code).toArray(String[]::new))
				.param("names", batch.stream().map(CourseView::name).toArray(String[]::new))
				.param("namesEn", batch.stream().map(CourseView::nameEn).toArray(String[]::new))
				.param("categories", batch.stream().map((course) -> course.category().name()).toArray(String[]::new))
				.param("credits", batch.stream().map(CourseView::credits).toArray(BigDecimal[]::new))
				.param("hours", batch.stream().map(CourseView::hours).toArray(Integer[]::new))
				.param("languages", batch.stream().map(CourseView::language).toArray(String[]::new))
				.update();
		}
		return changed;
	}

	/**
	 * Records grades in batches, by the student and course ids the caller has resolved
	 * (the grade grid from its roster, the import once for a whole file): nothing is
	 * looked up again here. An id that does not exist fails the write.
	 * @return how many grades were new or changed; when any, {@link GradesRecorded} is
	 * published for the students of the list
	 */
	@Transactional
	public int upsertGrades(List<GradeEntry> grades) {
		String who = this.currentUsers.currentUsername();
		int changed = 0;
		for (int from = 0; from < grades.size(); from += BATCH) {
			List<GradeEntry> batch = grades.subList(from, Math.min(grades.size(), from + BATCH));
			Long[] studentColumn = new Long[batch.size()];
			Long[] courseColumn = new Long[batch.size()];
			String[] termColumn = new String[batch.size()];
			Integer[] attemptColumn = new Integer[batch.size()];
			BigDecimal[] scoreColumn = new BigDecimal[batch.size()];
			String[] resultColumn = new String[batch.size()];
			for (int i = 0; i < batch.size(); i++) {
				GradeEntry grade = batch.get(i);
				studentColumn[i] = grade.studentId();
				courseColumn[i] = grade.courseId();
				termColumn[i] = grade.term();
				attemptColumn[i] = grade.attempt();
				scoreColumn[i] = grade.score();
				resultColumn[i] = (grade.result() != null) ? grade.result().name() : null;
			}
			// One statement per batch (unnest of column arrays): exact counts, and the
			// history
			// trigger runs once per statement.
			changed += this.template.update((connection) -> {
				java.sql.PreparedStatement statement = connection.prepareStatement("""
						insert into grade (student_id, course_id, term, attempt, score, result, recorded_by)
						select s, c, t, a, sc, r, ? from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::int[],
						    ?::numeric[], ?::varchar[]) as u(s, c, t, a, sc, r)
						on conflict (student_id, course_id, term, attempt) do update
						    set score = excluded.score, result = excluded.result, recorded_by = excluded.recorded_by,
						        recorded_at = now()
						where (grade.score, grade.result) is distinct from (excluded.score, excluded.result)
						""");
				statement.setString(1, who);
				statement.setArray(2, connection.createArrayOf("bigint", studentColumn));
				statement.setArray(3, connection.createArrayOf("bigint", courseColumn));
				statement.setArray(4, connection.createArrayOf("varchar", termColumn));
				statement.setArray(5, connection.createArrayOf("int4", attemptColumn));
				statement.setArray(6, connection.createArrayOf("numeric", scoreColumn));
				statement.setArray(7, connection.createArrayOf("varchar", resultColumn));
				return statement;
			});
		}
		if (changed > 0) {
			Set<Long> students = new HashSet<>();
			for (GradeEntry grade : grades) {
				students.add(grade.studentId());
			}
			this.events.publishEvent(new GradesRecorded(students));
		}
		return changed;
	}

	/**
	 * Records the grades of a staff import ({@link #upsertGrades}). Grades of a class
	 * whose grade sheet is submitted are written too: the import is the graduate school's
	 * own record, and a file answers the same whatever the sheets' states (the exchange
	 * contract). The history of each such sheet says how many of its grades the import
	 * changed, and who imported them.
	 * @return how many grades were new or changed
	 */
	@Transactional
	public int importGrades(List<GradeEntry> grades) {
		int changed = upsertGrades(grades);
		if (changed > 0) {
			recordImportsIntoSubmittedSheets(grades);
			// the students whose grades this transaction wrote (now() is its start)
			List<Long> students = this.jdbc
				.sql("select distinct student_id from grade where student_id = any(:ids) and recorded_at >= now()")
				.param("ids", grades.stream().map(GradeEntry::studentId).distinct().toArray(Long[]::new))
				.query(Long.class)
				.list();
			if (!students.isEmpty()) {
				this.events.publishEvent(new GradesImported(Set.copyOf(students), this.currentUsers.currentUsername()));
			}
		}
		return changed;
	}

	private void recordImportsIntoSubmittedSheets(List<GradeEntry> grades) {
		Set<Long> courseIds = new HashSet<>();
		Set<String> terms = new HashSet<>();
		Set<String> classes = new HashSet<>();
		for (GradeEntry grade : grades) {
			courseIds.add(grade.courseId());
			terms.add(grade.term());
			classes.add(grade.courseId() + "/" + grade.term());
		}
		// the history trigger stamps its rows with the transaction's now(): those are
		// this
		// import's changes
		Map<Long, Integer> changedBySheet = new HashMap<>();
		this.jdbc.sql("""
				select o.id, o.course_id, o.term,
				    (select count(*) from grade_change h join grade g on g.id = h.grade_id
				     where g.course_id = o.course_id and g.term = o.term and h.changed_at = now()) as changed
				from course_offering o join grade_sheet s on s.offering_id = o.id
				where s.status = :submitted and o.course_id in (:courses) and o.term in (:terms)
				""")
			.param("submitted", GradeSheetStatus.SUBMITTED.name())
			.param("courses", courseIds)
			.param("terms", terms)
			.query((rs) -> {
				if (classes.contains(rs.getLong("course_id") + "/" + rs.getString("term"))) {
					changedBySheet.put(rs.getLong("id"), rs.getInt("changed"));
				}
			});
		String actor = actorName();
		for (GradeSheet sheet : this.sheets.findAllById(changedBySheet.keySet())) {
			sheet.recordImport(changedBySheet.get(sheet.getOfferingId()), actor);
		}
	}

	/**
	 * @return the caller's name, {@code null} for the system (a loader without a login)
	 */
	private String actorName() {
		try {
			return this.currentUsers.current().displayName();
		}
		catch (AccessDeniedException ex) {
			return null;
		}
	}

	/**
	 * Records approved practice / innovation credits as a passed sitting of the practice
	 * course in the term, carrying the credits awarded.
	 */
	@Transactional
	public void recordAwardedCredits(long studentId, String courseCode, String term, BigDecimal credits) {
		int attempt = this.jdbc.sql("""
				select coalesce(max(g.attempt), 0) + 1 from grade g join course c on c.id = g.course_id
				where g.student_id = :s and c.code = :code
				""").param("s", studentId).param("code", courseCode).query(Integer.class).single();
		this.jdbc.sql("""
				insert into grade (student_id, course_id, term, attempt, result, credits, recorded_by)
				select :s, c.id, :term, :attempt, :pass, :credits, :by from course c where c.code = :code
				""")
			.param("s", studentId)
			.param("pass", GradeResult.PASS.name())
			.param("term", term)
			.param("attempt", attempt)
			.param("credits", credits)
			.param("by", this.currentUsers.currentUsername())
			.param("code", courseCode)
			.update();
		this.events.publishEvent(new GradesRecorded(Set.of(studentId)));
	}

	/**
	 * @return every sitting of every course by the student, oldest first
	 */
	@Transactional(readOnly = true)
	public List<GradeView> gradesOf(long studentId) {
		return this.jdbc
			.sql("""
					select c.code, c.name, c.name_en, c.category, coalesce(g.credits, c.credits) as credits, g.term, g.attempt, g.score, g.result
					from grade g join course c on c.id = g.course_id
					where g.student_id = :student order by g.term, c.code, g.attempt
					""")
			.param("student", studentId)
			.query((rs, n) -> grade(rs))
			.list();
	}

	/**
	 * @return every student's grades at once, for batch audits
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, List<GradeView>> gradesOf(Collection<Long> studentIds) {
		return this.reads.one(gradesRead(studentIds));
	}

	/**
	 * @return the read of {@link #gradesOf(Collection)}, to run with other reads
	 */
	public Read<Map<Long, List<GradeView>>> gradesRead(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return Read.nothing(Map.of());
		}
		return Read.of(
				"""
						select g.student_id, c.code, c.name, c.name_en, c.category, coalesce(g.credits, c.credits) as credits, g.term, g.attempt, g.score, g.result
						from grade g join course c on c.id = g.course_id
						where g.student_id in (:students) order by g.term, c.code, g.attempt
						""",
				Map.of("students", studentIds), (rs) -> {
					Map<Long, List<GradeView>> grades = new HashMap<>();
					while (rs.next()) {
						grades.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>()).add(grade(rs));
					}
					return grades;
				});
	}

	private static GradeView grade(java.sql.ResultSet rs) throws java.sql.SQLException {
		BigDecimal score = rs.getBigDecimal("score");
		return new GradeView(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
				CourseCategory.valueOf(rs.getString("category")), rs.getBigDecimal("credits"), rs.getString("term"),
				rs.getInt("attempt"), score, GradeResult.of(rs.getString("result")));
	}

}
