package com.clinigrad.competency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StatusChangeCommand;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentView;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completion defense (结业答辩) and the exit (出站) of a clinical postdoc: the office of
 * the trainee's hospital or the graduate school schedules the defense with its panel and
 * records the result; after a passed defense the graduate school records the exit, which
 * numbers the exit certificate by the program's format (data) and changes the student's
 * status to completed (结业) through the student register, as the degree award does.
 */
@Service
public class CompletionDefenses {

	/** Used when a program names no format of its own. */
	static final String DEFAULT_PREFIX = "BSH-";

	static final int DEFAULT_DIGITS = 4;

	private final JdbcClient jdbc;

	private final CompetencyAccess access;

	CompletionDefenses(JdbcClient jdbc, CompetencyAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * @throws TrainingPlanNotFoundException unless the caller may see the trainee
	 */
	@Transactional(readOnly = true)
	public DefenseView of(String studentNo) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		CurrentUser user = this.access.current();
		String name = this.access.students().cardsByIds(List.of(student.id())).get(student.id()).name();
		return new DefenseView(studentNo, name, this.access.mayPlan(student), user.has(Role.GRAD_SCHOOL),
				defenses(student.id()), exit(student.id()));
	}

	/**
	 * Schedules a defense with its panel (at least three members, one of them the chair).
	 */
	@Transactional
	public long schedule(String studentNo, LocalDate on, String place, List<PanelMember> panel) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		CurrentUser user = this.access.requirePlanner(student);
		return scheduleAs(student, on, place, panel, user.displayName());
	}

	@Transactional
	public long scheduleForLoader(long studentId, LocalDate on, String place, List<PanelMember> panel, String by) {
		return scheduleAs(this.access.students().keysInTraining(List.of(studentId)).stream().findFirst().orElseThrow(),
				on, place, panel, by);
	}

	private long scheduleAs(StudentKey student, LocalDate on, String place, List<PanelMember> panel, String by) {
		if (on == null) {
			throw new BusinessRuleException("def.error.date");
		}
		if (place == null || place.isBlank()) {
			throw new BusinessRuleException("def.error.place");
		}
		List<PanelMember> members = panel.stream().filter((m) -> m.name() != null && !m.name().isBlank()).toList();
		if (members.size() < 3) {
			throw new BusinessRuleException("def.error.panelSize", 3);
		}
		if (members.stream().filter(PanelMember::chair).count() != 1) {
			throw new BusinessRuleException("def.error.chair");
		}
		if (exit(student.id()) != null) {
			throw new BusinessRuleException("def.error.exited");
		}
		if (defenses(student.id()).stream()
			.anyMatch((d) -> d.status() == DefenseStatus.SCHEDULED || d.status() == DefenseStatus.PASSED)) {
			throw new BusinessRuleException("def.error.already");
		}
		long id = this.jdbc.sql("""
				insert into completion_defense (student_id, scheduled_on, place, status, scheduled_by)
				values (:s, :on, :p, :st, :by) returning id""")
			.param("s", student.id())
			.param("on", on)
			.param("p", place.trim())
			.param("st", DefenseStatus.SCHEDULED.name())
			.param("by", by)
			.query(Long.class)
			.single();
		int position = 1;
		for (PanelMember member : members) {
			this.jdbc.sql("""
					insert into completion_defense_member (defense_id, position, name, title, chair)
					values (:d, :p, :n, :t, :c)""")
				.param("d", id)
				.param("p", position++)
				.param("n", member.name().trim())
				.param("t", (member.title() == null || member.title().isBlank()) ? null : member.title().trim())
				.param("c", member.chair())
				.update();
		}
		return id;
	}

	/**
	 * Records the panel's result of a scheduled defense held by today.
	 * @param confirmed whether the caller confirmed that the result cannot be changed
	 */
	@Transactional
	public void recordResult(String studentNo, long defenseId, long version, boolean passed, String note,
			boolean confirmed) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		CurrentUser user = this.access.requirePlanner(student);
		if (!confirmed) {
			throw new BusinessRuleException("def.error.confirm");
		}
		recordAs(student.id(), defenseId, version, passed, note, user.displayName());
	}

	@Transactional
	public void recordResultForLoader(long studentId, long defenseId, boolean passed, String note, String by) {
		long version = this.jdbc.sql("select version from completion_defense where id = :id")
			.param("id", defenseId)
			.query(Long.class)
			.single();
		recordAs(studentId, defenseId, version, passed, note, by);
	}

	private void recordAs(long studentId, long defenseId, long version, boolean passed, String note, String by) {
		DefenseView.Defense defense = defenses(studentId).stream()
			.filter((d) -> d.id() == defenseId)
			.findFirst()
			.orElseThrow(() -> new TrainingPlanNotFoundException("defense " + defenseId));
		if (defense.version() != version) {
			throw new ObjectOptimisticLockingFailureException("completion_defense", defenseId);
		}
		DefenseStatus next = passed ? DefenseStatus.PASSED : DefenseStatus.FAILED;
		if (!defense.status().canMoveTo(next)) {
			throw new BusinessRuleException("def.error.recorded");
		}
		if (defense.scheduledOn().isAfter(SchoolTime.today())) {
			throw new BusinessRuleException("def.error.notYetHeld", defense.scheduledOn());
		}
		if (!passed && (note == null || note.isBlank())) {
			throw new BusinessRuleException("def.error.failNote");
		}
		this.jdbc.sql("""
				update completion_defense set status = :st, result_note = :n, recorded_by = :by, recorded_at = now(),
				    version = version + 1 where id = :id""")
			.param("st", next.name())
			.param("n", (note == null || note.isBlank()) ? null : note.trim())
			.param("by", by)
			.param("id", defenseId)
			.update();
	}

	/**
	 * Records the exit after a passed defense: numbers the certificate and changes the
	 * student's status to completed (结业); the graduate school.
	 * @return the certificate number
	 */
	@Transactional
	public String exit(String studentNo, LocalDate exitedOn, boolean confirmed) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		CurrentUser user = this.access.current();
		if (!user.has(Role.GRAD_SCHOOL)) {
			throw new AccessDeniedException("The exit is recorded by the graduate school");
		}
		if (!confirmed) {
			throw new BusinessRuleException("exit.error.confirm");
		}
		return exitAs(student, exitedOn, user.displayName(), true);
	}

	/**
	 * The exit without a caller (the demo loader): the certificate only, the status is
	 * left to the loader.
	 */
	@Transactional
	public String exitForLoader(long studentId, LocalDate exitedOn, String by) {
		StudentKey student = this.access.students()
			.keysInTraining(List.of(studentId))
			.stream()
			.findFirst()
			.orElseThrow();
		return exitAs(student, exitedOn, by, false);
	}

	private String exitAs(StudentKey student, LocalDate exitedOn, String by, boolean changeStatus) {
		if (exitedOn == null || exitedOn.isAfter(SchoolTime.today())) {
			throw new BusinessRuleException("exit.error.date");
		}
		if (exit(student.id()) != null) {
			throw new BusinessRuleException("exit.error.already");
		}
		DefenseView.Defense passed = defenses(student.id()).stream()
			.filter((d) -> d.status() == DefenseStatus.PASSED)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("exit.error.noDefense"));
		if (exitedOn.isBefore(passed.scheduledOn())) {
			throw new BusinessRuleException("exit.error.beforeDefense", passed.scheduledOn());
		}
		String certificateNo = nextCertificateNo(student.programCode(), exitedOn.getYear());
		try {
			this.jdbc.sql("""
					insert into postdoc_exit (student_id, defense_id, exited_on, certificate_no, recorded_by)
					values (:s, :d, :on, :no, :by)""")
				.param("s", student.id())
				.param("d", passed.id())
				.param("on", exitedOn)
				.param("no", certificateNo)
				.param("by", by)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			throw new BusinessRuleException("exit.error.numberTaken", certificateNo);
		}
		if (changeStatus) {
			StudentView view = this.access.students().byStudentNo(student.studentNo()).orElseThrow();
			if (view.status() != StudentStatus.COMPLETED_NO_DEGREE) {
				this.access.students()
					.changeStatus(student.studentNo(), view.version(), new StatusChangeCommand(
							StudentStatus.COMPLETED_NO_DEGREE, exitedOn, "博士后出站 / postdoc exit", certificateNo));
			}
		}
		return certificateNo;
	}

	/**
	 * The next number of the year: the program's prefix, the year, a dash and the running
	 * number with the program's digits.
	 */
	String nextCertificateNo(String programCode, int year) {
		Map<String, Object> format = this.jdbc
			.sql("select prefix, digits from exit_certificate_format where program_code = :p")
			.param("p", programCode)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of("prefix", DEFAULT_PREFIX, "digits", DEFAULT_DIGITS));
		String stem = format.get("prefix") + String.valueOf(year) + "-";
		int digits = ((Number) format.get("digits")).intValue();
		int taken = this.jdbc.sql("select count(*) from postdoc_exit where certificate_no like :stem")
			.param("stem", stem.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.query(Integer.class)
			.single();
		return stem + String.format("%0" + digits + "d", taken + 1);
	}

	List<DefenseView.Defense> defenses(long studentId) {
		Map<Long, List<DefenseView.Member>> panels = new HashMap<>();
		this.jdbc.sql("""
				select m.defense_id, m.name, m.title, m.chair from completion_defense_member m
				join completion_defense d on d.id = m.defense_id where d.student_id = :s
				order by m.defense_id, m.chair desc, m.position""").param("s", studentId).query((rs) -> {
			panels.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new DefenseView.Member(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
		});
		return this.jdbc.sql("""
				select id, scheduled_on, place, status, result_note, scheduled_by, recorded_by, version
				from completion_defense where student_id = :s order by scheduled_on desc, id desc""")
			.param("s", studentId)
			.query((rs, n) -> new DefenseView.Defense(rs.getLong("id"), rs.getDate("scheduled_on").toLocalDate(),
					rs.getString("place"), DefenseStatus.valueOf(rs.getString("status")), rs.getString("result_note"),
					rs.getString("scheduled_by"), rs.getString("recorded_by"),
					panels.getOrDefault(rs.getLong("id"), List.of()), rs.getLong("version")))
			.list();
	}

	DefenseView.Exit exit(long studentId) {
		return this.jdbc.sql("select exited_on, certificate_no, recorded_by from postdoc_exit where student_id = :s")
			.param("s", studentId)
			.query((rs, n) -> new DefenseView.Exit(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3)))
			.optional()
			.orElse(null);
	}

}
