package com.clinigrad.courses;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Course evaluation (研究生课程评教): the students of an offering rate it once each,
 * anonymously. Who has answered is kept apart from the answers, which carry neither the
 * student nor the time; the instructor and the graduate school see aggregates only, and
 * only from {@value #MIN_ANSWERS} answers on.
 */
@Service
public class CourseEvaluations {

	/** The fewest answers for which aggregates are shown. */
	public static final int MIN_ANSWERS = 5;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final CourseCatalog catalog;

	CourseEvaluations(JdbcClient jdbc, CurrentUsers currentUsers, CourseCatalog catalog) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.catalog = catalog;
	}

	/**
	 * @return whether the calling student may still evaluate the offering
	 */
	@Transactional(readOnly = true)
	public boolean callerMayEvaluate(long offeringId) {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.STUDENT)) {
			return false;
		}
		OfferingView offering = this.catalog.findOffering(offeringId);
		return offering.evaluationOpen() && this.catalog.callerEnrolled(offeringId) && !callerAnswered(offeringId);
	}

	/**
	 * @return the offerings the calling student is enrolled in and has not evaluated yet
	 */
	@Transactional(readOnly = true)
	public List<OfferingView> pendingForCaller() {
		List<OfferingView> open = this.catalog.enrolledByCaller()
			.stream()
			.filter(OfferingView::evaluationOpen)
			.toList();
		if (open.isEmpty()) {
			return List.of();
		}
		java.util.Set<Long> answered = new java.util.HashSet<>(
				this.jdbc.sql("select offering_id from evaluation_ballot where student_id = :s and offering_id in (:o)")
					.param("s", this.catalog.callerStudentId())
					.param("o", open.stream().map(OfferingView::id).toList())
					.query(Long.class)
					.list());
		return open.stream().filter((offering) -> !answered.contains(offering.id())).toList();
	}

	/**
	 * Records the calling student's evaluation; once per offering.
	 */
	@Transactional
	public void submit(long offeringId, EvaluationCommand command) {
		this.currentUsers.require(Role.STUDENT);
		OfferingView offering = this.catalog.findOffering(offeringId);
		if (!this.catalog.callerEnrolled(offeringId)) {
			throw new AccessDeniedException("Not enrolled in offering " + offeringId);
		}
		store(offering, this.catalog.callerStudentId(), command);
	}

	/**
	 * Records an enrolled student's evaluation collected outside the app, with the checks
	 * {@link #submit} makes (open, once per student), but no caller check: for loaders
	 * that run without a logged-in user (the demo university).
	 */
	@Transactional
	public void recordAnswer(long offeringId, long studentId, EvaluationCommand command) {
		OfferingView offering = this.catalog.findOffering(offeringId);
		if (!this.catalog.enrolledIds(offeringId).contains(studentId)) {
			throw new BusinessRuleException("evaluation.error.notEnrolled", offering.courseName());
		}
		store(offering, studentId, command);
	}

	private void store(OfferingView offering, long studentId, EvaluationCommand command) {
		long offeringId = offering.id();
		if (!offering.evaluationOpen()) {
			throw new BusinessRuleException("evaluation.error.closed", offering.courseName());
		}
		int inserted = this.jdbc.sql("""
				insert into evaluation_ballot (offering_id, student_id) values (:o, :s) on conflict do nothing
				""").param("o", offeringId).param("s", studentId).update();
		if (inserted == 0) {
			throw new BusinessRuleException("evaluation.error.already", offering.courseName());
		}
		this.jdbc
			.sql("""
					insert into evaluation_answer (id, offering_id, content, teaching, organization, workload, overall, comment)
					values (:id, :o, :content, :teaching, :organization, :workload, :overall, :comment)
					""")
			.param("id", UUID.randomUUID())
			.param("o", offeringId)
			.param("content", command.content())
			.param("teaching", command.teaching())
			.param("organization", command.organization())
			.param("workload", command.workload())
			.param("overall", command.overall())
			.param("comment",
					(command.comment() == null || command.comment().isBlank()) ? null : command.comment().trim())
			.update();
	}

	/**
	 * The aggregate; graduate-school staff and the offering's instructor only.
	 */
	@Transactional(readOnly = true)
	public EvaluationResults results(long offeringId) {
		this.catalog.requireStaffOrInstructor(offeringId);
		OfferingView offering = this.catalog.findOffering(offeringId);
		int answers = this.jdbc.sql("select count(*) from evaluation_answer where offering_id = :o")
			.param("o", offeringId)
			.query(Integer.class)
			.single();
		if (answers < MIN_ANSWERS) {
			return new EvaluationResults(offering, answers, offering.enrolled(), false, List.of(), List.of(),
					List.of());
		}
		List<BigDecimal> averages = this.jdbc.sql("""
				select avg(content), avg(teaching), avg(organization), avg(workload), avg(overall)
				from evaluation_answer where offering_id = :o
				""").param("o", offeringId).query((rs, n) -> {
			List<BigDecimal> values = new ArrayList<>();
			for (int i = 1; i <= 5; i++) {
				values.add(rs.getBigDecimal(i).setScale(2, RoundingMode.HALF_UP));
			}
			return values;
		}).single();
		List<Integer> distribution = new ArrayList<>(List.of(0, 0, 0, 0, 0));
		this.jdbc.sql("select overall, count(*) as n from evaluation_answer where offering_id = :o group by overall")
			.param("o", offeringId)
			.query((rs) -> {
				distribution.set(rs.getInt("overall") - 1, rs.getInt("n"));
			});
		List<String> comments = this.jdbc
			.sql("select comment from evaluation_answer where offering_id = :o and comment is not null order by id")
			.param("o", offeringId)
			.query(String.class)
			.list();
		return new EvaluationResults(offering, answers, offering.enrolled(), true, averages, distribution, comments);
	}

	private boolean callerAnswered(long offeringId) {
		return this.jdbc.sql("select count(*) from evaluation_ballot where offering_id = :o and student_id = :s")
			.param("o", offeringId)
			.param("s", this.catalog.callerStudentId())
			.query(Long.class)
			.single() > 0;
	}

}
