package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.NotFoundException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.events.StudentEvents;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentView;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Thesis milestones held by a panel (开题、中期、预答辩、答辩、临床能力考核): the office schedules a
 * session, forms the panel, confirms it only when it meets the program's composition
 * rules, then records the scores and the verdict, which becomes the milestone the audit
 * reads. A failed milestone may be retaken as often as the program allows.
 */
@Service
public class MilestoneSessions {

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final SupervisorDirectory supervisors;

	private final ThesisRecords records;

	private final CurrentUsers currentUsers;

	private final ThesisRequirements requirements;

	private final MilestoneSessionRepository sessions;

	private final StudentEvents events;

	MilestoneSessions(JdbcClient jdbc, StudentRegistry students, SupervisorDirectory supervisors, ThesisRecords records,
			CurrentUsers currentUsers, ThesisRequirements requirements, MilestoneSessionRepository sessions,
			StudentEvents events) {
		this.events = events;
		this.requirements = requirements;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.students = students;
		this.supervisors = supervisors;
		this.records = records;
		this.currentUsers = currentUsers;
	}

	/**
	 * The sessions of a student the caller may see, newest first.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> ofStudent(String studentNo) {
		StudentKey student = visible(studentNo);
		return this.jdbc
			.sql("select id from milestone_session where student_id = :s order by scheduled_on desc, id desc")
			.param("s", student.id())
			.query(Long.class)
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	/**
	 * @return the milestone types the student's program has panel rules for
	 */
	@Transactional(readOnly = true)
	public List<MilestoneType> types(String studentNo) {
		StudentKey student = visible(studentNo);
		return this.jdbc.sql("select milestone_type from panel_rule where program_code = :p order by milestone_type")
			.param("p", student.programCode())
			.query(String.class)
			.list()
			.stream()
			.map(MilestoneType::valueOf)
			.toList();
	}

	@Transactional(readOnly = true)
	public SessionView session(long id) {
		SessionView view = view(id);
		visible(view.studentNo());
		return view;
	}

	/**
	 * @return whether the caller may schedule and hold the student's milestones
	 */
	@Transactional(readOnly = true)
	public boolean mayManage(String studentNo) {
		CurrentUser user = this.currentUsers.current();
		if (user.has(Role.GRAD_SCHOOL)) {
			return true;
		}
		StudentKey student = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		return student != null && user.isOfficeOf(student.hospitalCode());
	}

	/**
	 * Schedules a milestone; a retake only after a failure and within the program's
	 * limit.
	 * @return the session's id
	 */
	@Transactional
	public long schedule(String studentNo, String typeCode, LocalDate on, String place) {
		StudentKey student = managed(studentNo);
		MilestoneType type = Codes.parse(MilestoneType.class, typeCode);
		PanelRule rule = (type != null) ? rule(student.programCode(), type).orElse(null) : null;
		if (rule == null) {
			throw new BusinessRuleException("panel.error.noRule", typeCode, student.programCode());
		}
		MilestoneSession session = MilestoneSession.schedule(student.id(), type, on,
				LocalDate.of(student.cohortYear(), 9, 1), place,
				this.sessions.findByStudentIdAndType(student.id(), type), rule.maxRetakes(),
				this.currentUsers.current().displayName());
		if (type == MilestoneType.DEFENSE) {
			List<String> unmet = this.requirements.unmet(studentNo, false);
			if (!unmet.isEmpty()) {
				throw new BusinessRuleException("panel.error.notReadyToDefend", String.join(", ", unmet));
			}
		}
		long id = this.sessions.saveAndFlush(session).id();
		this.events
			.publish(new MilestoneScheduled(id, student.id(), type, on, place, this.currentUsers.current().username()));
		return id;
	}

	/**
	 * Sets the panel (staff numbers, the chair among them); saved even when it breaks
	 * rules, so that the office can complete it, but it cannot be confirmed until it
	 * meets them.
	 * @return the rules the panel breaks
	 */
	@Transactional
	public List<PanelViolation> setPanel(long id, long version, List<String> staffNos, String chairStaffNo) {
		MilestoneSession session = managedSession(id);
		Set<String> numbers = new LinkedHashSet<>();
		for (String no : staffNos) {
			if (no != null && !no.isBlank()) {
				numbers.add(no.trim());
			}
		}
		Map<String, SupervisorRef> found = this.supervisors.byStaffNos(numbers);
		session.setPanel(numbers.stream()
			.filter(found::containsKey)
			.map((no) -> new MilestoneSession.Seat(found.get(no).id(), no.equals(chairStaffNo), null))
			.toList());
		List<String> unknown = numbers.stream().filter((no) -> !found.containsKey(no)).toList();
		if (!unknown.isEmpty()) {
			throw new BusinessRuleException("panel.error.unknownMembers", String.join(", ", unknown));
		}
		Versions.check(session.version(), version, "Session " + id);
		this.sessions.saveAndFlush(session);
		return view(id).violations();
	}

	/**
	 * Confirms the panel.
	 * @throws PanelInvalidException naming every broken rule
	 */
	@Transactional
	public void confirm(long id, long version) {
		MilestoneSession session = managedSession(id);
		session.confirm(view(id).violations());
		Versions.check(session.version(), version, "Session " + id);
		this.sessions.saveAndFlush(session);
	}

	/**
	 * Records the panel's scores and verdict once the session has taken place; the
	 * verdict becomes the student's milestone. A defense records the committee's secret
	 * vote (every member votes; two thirds in favour pass) and its resolution, and the
	 * vote decides the verdict.
	 */
	@Transactional
	public void recordOutcome(long id, long version, String result, Map<String, BigDecimal> scores, String comments,
			Vote vote) {
		MilestoneSession session = managedSession(id);
		for (Map.Entry<String, BigDecimal> score : scores.entrySet()) {
			if (score.getValue() != null
					&& (score.getValue().signum() < 0 || score.getValue().compareTo(BigDecimal.valueOf(100)) > 0)) {
				throw new BusinessRuleException("panel.error.score", score.getKey());
			}
		}
		Map<Long, BigDecimal> byMember = new HashMap<>();
		for (SessionView.Member member : view(id).members()) {
			BigDecimal score = scores.get(member.member().staffNo());
			if (score != null) {
				byMember.put(member.member().supervisorId(), score);
			}
		}
		session.recordOutcome(Codes.parse(MilestoneResult.class, result), vote, comments, byMember, SchoolTime.today());
		Versions.check(session.version(), version, "Session " + id);
		this.sessions.saveAndFlush(session);
		this.records.upsertMilestone(session.studentId(),
				new MilestoneView(session.type().name(), session.scheduledOn(), session.result()));
		this.events.publish(new MilestoneRecorded(session.studentId(), session.type(), session.result()));
	}

	/**
	 * A defense committee's vote and resolution.
	 */
	public record Vote(Integer votesFor, Integer votesAgainst, Integer votesAbstain, String resolution) {

	}

	/**
	 * The session, for those who may see it (not found for others) and change it.
	 */
	private MilestoneSession managedSession(long id) {
		managed(session(id).studentNo());
		return this.sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
	}

	private SessionView view(long id) {
		Map<String, Object> row = this.jdbc.sql("""
				select m.* from milestone_session m where m.id = :id
				""")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new SessionNotFoundException(id));
		long studentId = ((Number) row.get("student_id")).longValue();
		com.clinigrad.students.StudentCard card = this.students.cardsByIds(List.of(studentId)).get(studentId);
		String studentNo = card.studentNo();
		List<SessionView.Member> members = new ArrayList<>();
		List<Object[]> memberRows = new ArrayList<>();
		this.jdbc.sql("select supervisor_id, chair, score from milestone_panel_member where session_id = :id")
			.param("id", id)
			.query((rs) -> {
				memberRows.add(new Object[] { rs.getLong("supervisor_id"), rs.getBoolean("chair"),
						rs.getBigDecimal("score") });
			});
		Map<Long, SupervisorRef> refs = this.supervisors.byIds(memberRows.stream().map((r) -> (Long) r[0]).toList());
		List<PanelMember> panel = new ArrayList<>();
		for (Object[] r : memberRows) {
			SupervisorRef ref = refs.get((Long) r[0]);
			PanelMember member = new PanelMember(ref.id(), ref.staffNo(), ref.name(), ref.titleLevel().name(),
					ref.doctoralSupervisor(), ref.external(), ref.degreeCommitteeMember(), (Boolean) r[1]);
			panel.add(member);
			members.add(new SessionView.Member(member, (BigDecimal) r[2]));
		}
		MilestoneType type = MilestoneType.valueOf((String) row.get("type"));
		StudentView student = this.students.byStudentNo(studentNo).orElseThrow();
		List<PanelViolation> violations = rule(card.programCode(), type)
			.map((rule) -> PanelValidation.check(rule, panel, ownSupervisorIds(student),
					student.degreeType().doctoral()))
			.orElse(List.of());
		return new SessionView(id, studentNo, type, ((Number) row.get("attempt")).intValue(),
				((java.sql.Date) row.get("scheduled_on")).toLocalDate(), (String) row.get("place"),
				SessionStatus.valueOf((String) row.get("status")),
				Codes.parse(MilestoneResult.class, (String) row.get("result")), (String) row.get("comments"), members,
				violations,
				(row.get("votes_for") != null) ? new Vote(((Number) row.get("votes_for")).intValue(),
						((Number) row.get("votes_against")).intValue(), ((Number) row.get("votes_abstain")).intValue(),
						(String) row.get("resolution")) : null,
				((Number) row.get("version")).longValue());
	}

	private Set<Long> ownSupervisorIds(StudentView student) {
		Set<Long> ids = new HashSet<>();
		this.supervisors.byStaffNos(student.supervisorStaffNos()).values().forEach((ref) -> ids.add(ref.id()));
		return ids;
	}

	Optional<PanelRule> rule(String programCode, MilestoneType type) {
		return this.jdbc.sql("select * from panel_rule where program_code = :p and milestone_type = :t")
			.param("p", programCode)
			.param("t", type.name())
			.query((rs, n) -> new PanelRule(rs.getString("program_code"), rs.getString("milestone_type"),
					rs.getInt("min_size"), (Integer) rs.getObject("max_size"), rs.getBoolean("odd_size"),
					rs.getString("min_title"), rs.getBoolean("doctoral_counts_as_title"),
					rs.getInt("min_doctoral_supervisors"), rs.getBoolean("doctoral_only_for_doctors"),
					rs.getBoolean("external_chair"), rs.getInt("min_degree_committee"), rs.getInt("max_retakes")))
			.optional();
	}

	private StudentKey visible(String studentNo) {
		return this.students.visibleKey(studentNo).orElseThrow(() -> new SessionNotFoundException(studentNo));
	}

	private StudentKey managed(String studentNo) {
		StudentKey student = visible(studentNo);
		if (!mayManage(studentNo)) {
			throw new AccessDeniedException("Not the office of student " + studentNo);
		}
		return student;
	}

	/**
	 * No such session or student, or one the caller may not see.
	 */
	public static class SessionNotFoundException extends NotFoundException {

		SessionNotFoundException(Object what) {
			super("No milestone session " + what);
		}

	}

}
