package com.clinigrad.competency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tiered privileges (进阶式分层培养, entrustment): the trainee's mentor group grants a level of
 * supervision for a procedure or responsibility, listing the recorded assessments the
 * decision rests on; a later grant for the same activity supersedes it; the mentor group
 * or the hospital office revokes one with a reason. The privileges in force are read by
 * whoever may see the trainee and by the department coordinators of the trainee's
 * hospital, who need to know what the trainee may do on their wards.
 */
@Service
public class Entrustments {

	private final JdbcClient jdbc;

	private final CompetencyAccess access;

	private final CompetencyProfiles profiles;

	Entrustments(JdbcClient jdbc, CompetencyAccess access, CompetencyProfiles profiles) {
		this.jdbc = jdbc;
		this.access = access;
		this.profiles = profiles;
	}

	/**
	 * A trainee's privileges.
	 * @throws TrainingPlanNotFoundException unless the caller may see the trainee (or
	 * coordinates a department of the trainee's hospital)
	 */
	@Transactional(readOnly = true)
	public EntrustmentView of(String studentNo) {
		StudentKey student = readable(studentNo);
		CurrentUser user = this.access.current();
		boolean decides = this.access.isMentor(student.id());
		boolean revokes = decides || user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(student.hospitalCode());
		List<EntrustmentView.Activity> activities = activities();
		List<EntrustmentView.Level> levels = levels();
		List<EntrustmentView.Grant> all = grants(student.id(), activities, levels);
		String name = this.access.students().cardsByIds(List.of(student.id())).get(student.id()).name();
		String hospital = this.jdbc.sql("select name from hospital where code = :h")
			.param("h", student.hospitalCode() == null ? "" : student.hospitalCode())
			.query(String.class)
			.optional()
			.orElse("");
		return new EntrustmentView(studentNo, name, hospital, decides, revokes,
				all.stream().filter((g) -> g.status().inForce()).toList(),
				all.stream().filter((g) -> !g.status().inForce()).toList(), activities, levels,
				decides ? readings(studentNo) : List.of());
	}

	/**
	 * Records a decision of the mentor group: the trainee may carry out the activity at
	 * the level, on the listed assessments; the grant in force for the activity is
	 * superseded.
	 * @param basisKeys the keys of the trainee's readings the decision rests on (at least
	 * one)
	 */
	@Transactional
	public long grant(String studentNo, String activityCode, Integer level, LocalDate decidedOn, String note,
			List<String> basisKeys) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		if (!this.access.isMentor(student.id())) {
			throw new AccessDeniedException("Privileges are granted by the trainee's mentor group");
		}
		Map<String, EntrustmentView.Basis> readings = new HashMap<>();
		readings(studentNo).forEach((b) -> readings.put(b.key(), b));
		return grantOf(student, activityCode, level, decidedOn, note, basisKeys, readings,
				this.access.current().username());
	}

	/**
	 * Records a decision without a caller (the demo loader), with the same rules.
	 */
	@Transactional
	public long grantForLoader(long studentId, String activityCode, int level, LocalDate decidedOn, String note,
			List<EntrustmentView.Basis> basis, String by) {
		StudentKey student = this.access.students()
			.keysInTraining(List.of(studentId))
			.stream()
			.findFirst()
			.orElseThrow();
		Map<String, EntrustmentView.Basis> readings = new HashMap<>();
		basis.forEach((b) -> readings.put(b.key(), b));
		return grantOf(student, activityCode, level, decidedOn, note, List.copyOf(readings.keySet()), readings, by);
	}

	private long grantOf(StudentKey student, String activityCode, Integer level, LocalDate decidedOn, String note,
			List<String> basisKeys, Map<String, EntrustmentView.Basis> readings, String by) {
		if (activityCode == null || activities().stream().noneMatch((a) -> a.code().equals(activityCode))) {
			throw new BusinessRuleException("ent.error.activity");
		}
		if (level == null || level < 1 || level > 5) {
			throw new BusinessRuleException("ent.error.level");
		}
		if (decidedOn == null || decidedOn.isAfter(SchoolTime.today())) {
			throw new BusinessRuleException("ent.error.decidedOn");
		}
		Set<String> keys = new LinkedHashSet<>(basisKeys);
		if (keys.isEmpty()) {
			throw new BusinessRuleException("ent.error.noBasis");
		}
		List<EntrustmentView.Basis> basis = new ArrayList<>();
		for (String key : keys) {
			EntrustmentView.Basis found = readings.get(key);
			if (found == null) {
				throw new BusinessRuleException("ent.error.noBasis");
			}
			basis.add(found);
		}
		Optional<Long> current = this.jdbc
			.sql("select id from entrustment_grant where student_id = :s and activity_code = :a and status = :g")
			.param("s", student.id())
			.param("a", activityCode)
			.param("g", GrantStatus.GRANTED.name())
			.query(Long.class)
			.optional();
		current.ifPresent(
				(id) -> this.jdbc.sql("update entrustment_grant set status = :st, version = version + 1 where id = :id")
					.param("st", GrantStatus.SUPERSEDED.name())
					.param("id", id)
					.update());
		long id = this.jdbc.sql("""
				insert into entrustment_grant (student_id, activity_code, level, status, decided_on, decision_note,
				    decided_by)
				values (:s, :a, :l, :st, :on, :note, :by) returning id""")
			.param("s", student.id())
			.param("a", activityCode)
			.param("l", level)
			.param("st", GrantStatus.GRANTED.name())
			.param("on", decidedOn)
			.param("note", (note == null || note.isBlank()) ? null : note.trim())
			.param("by", by)
			.query(Long.class)
			.single();
		int position = 1;
		for (EntrustmentView.Basis b : basis) {
			this.jdbc.sql("""
					insert into entrustment_basis (grant_id, position, assessment_kind, assessed_on, competency_code,
					    value, level)
					values (:g, :p, :k, :on, :c, :v, :l)""")
				.param("g", id)
				.param("p", position++)
				.param("k", b.kind().name())
				.param("on", b.on())
				.param("c", b.competencyCode())
				.param("v", b.value())
				.param("l", b.level())
				.update();
		}
		return id;
	}

	/**
	 * Revokes a grant in force, with a reason; the mentor group, the office of the
	 * trainee's hospital or the graduate school.
	 */
	@Transactional
	public void revoke(String studentNo, long grantId, long version, String reason) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		CurrentUser user = this.access.current();
		if (!this.access.isMentor(student.id()) && !user.has(Role.GRAD_SCHOOL)
				&& !user.isOfficeOf(student.hospitalCode())) {
			throw new AccessDeniedException("Privileges are revoked by the mentor group or the office");
		}
		Map<String, Object> row = this.jdbc
			.sql("select status, version from entrustment_grant where id = :id and student_id = :s")
			.param("id", grantId)
			.param("s", student.id())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new EntrustmentNotFoundException("grant " + grantId));
		if (((Number) row.get("version")).longValue() != version) {
			throw new ObjectOptimisticLockingFailureException("entrustment_grant", grantId);
		}
		if (!GrantStatus.valueOf((String) row.get("status")).canMoveTo(GrantStatus.REVOKED)) {
			throw new BusinessRuleException("ent.error.notInForce");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("cbt.error.reasonRequired");
		}
		this.jdbc.sql("""
				update entrustment_grant set status = :st, revoked_reason = :r, revoked_by = :by, revoked_on = :on,
				    version = version + 1 where id = :id""")
			.param("st", GrantStatus.REVOKED.name())
			.param("r", reason.trim())
			.param("by", user.username())
			.param("on", SchoolTime.today())
			.param("id", grantId)
			.update();
	}

	/**
	 * The trainee's recorded assessments, as a decision may list them.
	 */
	List<EntrustmentView.Basis> readings(String studentNo) {
		return this.profiles.of(studentNo, false)
			.readings()
			.stream()
			.map((r) -> new EntrustmentView.Basis(
					r.evidence().kind().name() + "|" + r.evidence().on() + "|" + r.evidence().competencyCode() + "|"
							+ r.evidence().value().stripTrailingZeros().toPlainString(),
					r.evidence().kind(), r.evidence().on(), r.evidence().competencyCode(), r.competency().name(),
					r.competency().nameEn(), r.evidence().value(), r.evidence().level()))
			.distinct()
			.toList();
	}

	private StudentKey readable(String studentNo) {
		CurrentUser user = this.access.current();
		if (user.has(Role.DEPT_COORDINATOR)) {
			StudentKey key = this.access.students().keysByStudentNo(List.of(studentNo)).get(studentNo);
			if (key != null && user.worksAt(key.hospitalCode())) {
				return key;
			}
		}
		return this.access.visibleOrMentored(studentNo);
	}

	private List<EntrustmentView.Activity> activities() {
		return this.jdbc
			.sql("select code, name, name_en, description, description_en from entrustment_activity order by position")
			.query((rs, n) -> new EntrustmentView.Activity(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	private List<EntrustmentView.Level> levels() {
		return this.jdbc.sql("select level, name, name_en from entrustment_level order by level")
			.query((rs, n) -> new EntrustmentView.Level(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private List<EntrustmentView.Grant> grants(long studentId, List<EntrustmentView.Activity> activities,
			List<EntrustmentView.Level> levels) {
		Map<String, EntrustmentView.Activity> activity = new HashMap<>();
		activities.forEach((a) -> activity.put(a.code(), a));
		Map<Integer, EntrustmentView.Level> level = new HashMap<>();
		levels.forEach((l) -> level.put(l.level(), l));
		Map<String, String[]> competencyNames = new HashMap<>();
		this.jdbc.sql("select code, name, name_en from competency").query((rs) -> {
			competencyNames.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
		});
		Map<Long, List<EntrustmentView.Basis>> basis = new HashMap<>();
		this.jdbc.sql("""
				select b.grant_id, b.assessment_kind, b.assessed_on, b.competency_code, b.value, b.level
				from entrustment_basis b join entrustment_grant g on g.id = b.grant_id
				where g.student_id = :s order by b.grant_id, b.position""").param("s", studentId).query((rs) -> {
			String[] names = competencyNames.get(rs.getString(4));
			basis.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new EntrustmentView.Basis(null, EvidenceKind.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(),
						rs.getString(4), names[0], names[1], rs.getBigDecimal(5), rs.getBigDecimal(6)));
		});
		return this.jdbc.sql("""
				select id, activity_code, level, status, decided_on, decision_note, decided_by, revoked_reason,
				       revoked_on, version
				from entrustment_grant g join entrustment_activity a on a.code = g.activity_code
				where student_id = :s order by a.position, decided_on desc, id desc""")
			.param("s", studentId)
			.query((rs, n) -> new EntrustmentView.Grant(rs.getLong("id"), activity.get(rs.getString("activity_code")),
					level.get(rs.getInt("level")), GrantStatus.valueOf(rs.getString("status")),
					rs.getDate("decided_on").toLocalDate(), rs.getString("decision_note"), rs.getString("decided_by"),
					rs.getString("revoked_reason"),
					rs.getDate("revoked_on") == null ? null : rs.getDate("revoked_on").toLocalDate(),
					rs.getLong("version"), basis.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

}
