package com.clinigrad.achievements;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.events.StudentEvents;
import com.clinigrad.shared.NotFoundException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The achievement register: certificates, publications, grants, patents and awards
 * entered by the student themself and confirmed (or rejected with a reason) by the
 * graduate school or the student's hospital office. Only confirmed certificates and
 * publications reach the degree audit.
 */
@Service
public class AchievementRegister {

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final CurrentUsers currentUsers;

	private final AchievementRecords records;

	private final StudentEvents events;

	AchievementRegister(JdbcClient jdbc, StudentRegistry students, CurrentUsers currentUsers,
			AchievementRecords records, StudentEvents events) {
		this.events = events;
		this.jdbc = jdbc;
		this.students = students;
		this.currentUsers = currentUsers;
		this.records = records;
	}

	/**
	 * The student's recorded certificates and publications and every claim, for anyone
	 * who may see the student.
	 */
	@Transactional(readOnly = true)
	public Register of(String studentNo) {
		StudentKey student = visible(studentNo);
		return new Register(studentNo, this.records.certificatesOf(student.id()),
				this.records.publicationsOf(student.id()),
				claims("c.student_id = :s order by c.entered_at desc, c.id desc", Map.of("s", student.id())));
	}

	/**
	 * The calling student enters an achievement of their own.
	 */
	@Transactional
	public long claim(String studentNo, ClaimCommand command) {
		CurrentUser user = this.currentUsers.require(Role.STUDENT);
		if (!studentNo.equals(user.studentNo())) {
			throw new AccessDeniedException("Only one's own achievements");
		}
		StudentKey student = visible(studentNo);
		if (command.kind() == null) {
			throw new BusinessRuleException("achievement.error.kind");
		}
		if (command.title() == null || command.title().isBlank()) {
			throw new BusinessRuleException("achievement.error.title");
		}
		if (command.obtainedOn() == null || command.obtainedOn().isAfter(SchoolTime.today())) {
			throw new BusinessRuleException("achievement.error.date");
		}
		if (command.kind().publication() && (command.journal() == null || command.journal().isBlank()
				|| command.indexing() == null || command.authorPosition() == null || command.authorPosition() < 1
				|| command.articleType() == null)) {
			throw new BusinessRuleException("achievement.error.publication");
		}
		boolean publication = command.kind().publication();
		return this.jdbc.sql("""
				insert into achievement_claim (student_id, kind, title, journal, indexing, author_position,
				    related_to_thesis, article_type, obtained_on, detail, co_authors, impact_factor, entered_by)
				values (:s, :kind, :title, :journal, :indexing, :position, :related, :type, :on, :detail, :coAuthors,
				    :impact, :who)
				returning id
				""")
			.param("s", student.id())
			.param("kind", command.kind().name())
			.param("title", command.title().trim())
			.param("journal", publication ? command.journal().trim() : null)
			.param("indexing", publication ? command.indexing().name() : null)
			.param("position", publication ? command.authorPosition() : null)
			.param("related", publication && command.relatedToThesis())
			.param("type", publication ? command.articleType() : null)
			.param("on", command.obtainedOn())
			.param("detail", (command.detail() == null || command.detail().isBlank()) ? null : command.detail().trim())
			.param("coAuthors",
					(publication && command.coAuthors() != null && !command.coAuthors().isBlank())
							? command.coAuthors().trim() : null)
			.param("impact",
					(publication && command.impactFactor() != null && command.impactFactor().signum() >= 0)
							? command.impactFactor() : null)
			.param("who", user.displayName())
			.query(Long.class)
			.single();
	}

	/**
	 * Confirms (recording certificates and publications for the audit) or rejects with a
	 * reason; the graduate school or the student's hospital office.
	 * @return the student's number
	 */
	@Transactional
	public String decide(long id, long version, boolean confirm, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		ClaimView claim = find(id);
		if (!user.has(Role.GRAD_SCHOOL) && !user.isOfficeOf(claim.hospitalCode())) {
			throw new AccessDeniedException("Not this student's office");
		}
		ClaimStatus next = claim.status().decide(confirm);
		if (!confirm && (reason == null || reason.isBlank())) {
			throw new BusinessRuleException("achievement.error.reason");
		}
		int updated = this.jdbc.sql("""
				update achievement_claim set status = :status, reason = :reason, decided_by = :who, decided_at = now(),
				    version = version + 1
				where id = :id and version = :version
				""")
			.param("status", next.name())
			.param("reason", (reason == null || reason.isBlank()) ? null : reason.trim())
			.param("who", user.displayName())
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Claim " + id + " changed meanwhile");
		}
		if (confirm) {
			long studentId = this.students.idsByStudentNo(List.of(claim.studentNo())).get(claim.studentNo());
			if (claim.kind().certificate()) {
				this.records.upsertCertificate(studentId, claim.kind().name(), claim.obtainedOn());
				this.events.publish(new CertificateConfirmed(studentId, claim.kind().name(), claim.obtainedOn()));
			}
			else if (claim.kind().publication()) {
				this.records.upsertPublication(studentId,
						new PublicationView(claim.title(), claim.journal(), claim.indexing().name(),
								claim.authorPosition(), claim.relatedToThesis(), claim.articleType(),
								claim.obtainedOn(), claim.coAuthors()));
			}
		}
		return claim.studentNo();
	}

	/**
	 * @return the claims awaiting the caller: every one for the graduate school, its
	 * hospital's for an office
	 */
	@Transactional(readOnly = true)
	public List<ClaimView> pending() {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		List<ClaimView> pending = claims("c.status = :pending order by c.entered_at",
				Map.of("pending", ClaimStatus.PENDING.name()));
		if (user.has(Role.GRAD_SCHOOL)) {
			return pending;
		}
		return pending.stream().filter((c) -> user.isOfficeOf(c.hospitalCode())).toList();
	}

	private ClaimView find(long id) {
		return claims("c.id = :id", Map.of("id", id)).stream()
			.findFirst()
			.filter((c) -> this.students.isVisible(c.studentNo()))
			.orElseThrow(() -> new ClaimNotFoundException(id));
	}

	private StudentKey visible(String studentNo) {
		return this.students.visibleKey(studentNo).orElseThrow(() -> new ClaimNotFoundException(studentNo));
	}

	/**
	 * The claims matching the condition (and order), with their students from the
	 * register.
	 */
	private List<ClaimView> claims(String condition, Map<String, Object> params) {
		List<Long> studentIds = new ArrayList<>();
		List<ClaimView> claims = this.jdbc.sql("select c.* from achievement_claim c where " + condition)
			.params(params)
			.query((rs, n) -> {
				studentIds.add(rs.getLong("student_id"));
				return new ClaimView(rs.getLong("id"), null, null, null, AchievementKind.valueOf(rs.getString("kind")),
						rs.getString("title"), rs.getString("journal"),
						PublicationIndexing.ofStored(rs.getString("indexing")),
						(Integer) rs.getObject("author_position"), rs.getBoolean("related_to_thesis"),
						rs.getString("article_type"), rs.getObject("obtained_on", LocalDate.class),
						rs.getString("detail"), rs.getString("co_authors"), ClaimStatus.valueOf(rs.getString("status")),
						rs.getString("reason"), rs.getString("entered_by"),
						rs.getObject("entered_at", OffsetDateTime.class), rs.getString("decided_by"),
						rs.getLong("version"));
			})
			.list();
		Map<Long, StudentCard> students = this.students.cardsByIds(studentIds);
		List<ClaimView> named = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			ClaimView c = claims.get(i);
			StudentCard student = students.get(studentIds.get(i));
			named.add(new ClaimView(c.id(), student.studentNo(), student.name(), student.hospitalCode(), c.kind(),
					c.title(), c.journal(), c.indexing(), c.authorPosition(), c.relatedToThesis(), c.articleType(),
					c.obtainedOn(), c.detail(), c.coAuthors(), c.status(), c.reason(), c.enteredBy(), c.enteredAt(),
					c.decidedBy(), c.version()));
		}
		return named;
	}

	/**
	 * A student's register.
	 */
	public record Register(String studentNo, List<CertificateView> certificates, List<PublicationView> publications,
			List<ClaimView> claims) {
	}

	/**
	 * No such claim or student, or one the caller may not see.
	 */
	public static class ClaimNotFoundException extends NotFoundException {

		ClaimNotFoundException(Object what) {
			super("No achievement record " + what);
		}

	}

}
