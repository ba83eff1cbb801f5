package com.clinigrad.competency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.supervisors.TitleLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual training plans (个人培养计划) of clinical postdocs and other trainees whose
 * program has a plan template: made from the template by the hospital office or the
 * graduate school, adjusted with a reason per change, the mentor group named on it.
 */
@Service
public class TrainingPlans {

	private final TrainingPlanRepository plans;

	private final CompetencyAccess access;

	private final SupervisorDirectory supervisors;

	private final JdbcClient jdbc;

	TrainingPlans(TrainingPlanRepository plans, CompetencyAccess access, SupervisorDirectory supervisors,
			JdbcClient jdbc) {
		this.plans = plans;
		this.access = access;
		this.supervisors = supervisors;
		this.jdbc = jdbc;
	}

	/**
	 * The trainee's plan (or that there is none yet, and whether one can be made).
	 */
	@Transactional(readOnly = true)
	public PlanView of(String studentNo) {
		StudentKey student = this.access.visibleStudent(studentNo);
		StudentCard card = this.access.students().cardsByIds(List.of(student.id())).get(student.id());
		Optional<PlanTemplate> template = template(student.programCode());
		boolean mayEdit = this.access.mayPlan(student);
		Optional<TrainingPlan> found = this.plans.findByStudentId(student.id());
		if (found.isEmpty()) {
			return new PlanView(studentNo, card.name(), student.programCode(), null, 0, null,
					template.map(PlanTemplate::durationMonths).orElse(0),
					template.map(PlanTemplate::minMentors).orElse(0), template.isPresent(), mayEdit, List.of(),
					Map.of(), 0, List.of(), List.of());
		}
		TrainingPlan plan = found.get();
		PlanTemplate planTemplate = templateById(student, plan);
		List<PlanView.Period> periods = new ArrayList<>();
		LocalDate yearStart = plan.startsOn();
		int currentYear = 1;
		LocalDate cursor = yearStart;
		for (PlanItem item : plan.items()) {
			if (item.yearNo() != currentYear) {
				currentYear = item.yearNo();
				yearStart = plan.startsOn().plusYears(currentYear - 1);
				cursor = yearStart;
			}
			LocalDate from = item.included() ? cursor : null;
			LocalDate to = item.included() ? cursor.plusMonths(item.months()).minusDays(1) : null;
			if (item.included()) {
				cursor = cursor.plusMonths(item.months());
			}
			periods.add(new PlanView.Period(item.id(), item.yearNo(), item.phase(), item.title(), item.titleEn(),
					item.months(), item.optional(), item.included(), item.note(), from, to));
		}
		Map<Integer, Integer> byYear = PlanRules.monthsByYear(plan.periods());
		Map<Long, SupervisorRef> refs = this.supervisors
			.byIds(plan.mentors().stream().map(Mentor::supervisorId).toList());
		List<PlanView.MentorView> mentors = plan.mentors().stream().map((m) -> {
			SupervisorRef ref = refs.get(m.supervisorId());
			return new PlanView.MentorView(m.supervisorId(), ref.staffNo(), ref.name(),
					ref.titleLevel() == null ? null : ref.titleLevel().messageKey(), m.lead());
		})
			.sorted(java.util.Comparator.comparing((PlanView.MentorView m) -> !m.lead())
				.thenComparing(PlanView.MentorView::staffNo))
			.toList();
		return new PlanView(studentNo, card.name(), student.programCode(), plan.id(), plan.version(), plan.startsOn(),
				planTemplate.durationMonths(), planTemplate.minMentors(), true, mayEdit, periods, byYear,
				byYear.values().stream().mapToInt(Integer::intValue).sum(), mentors,
				plan.changes().stream().map(PlanChange::toView).toList());
	}

	/**
	 * Makes the trainee's plan from the program's template.
	 */
	@Transactional
	public void create(String studentNo, LocalDate startsOn) {
		StudentKey student = this.access.visibleStudent(studentNo);
		CurrentUser user = this.access.requirePlanner(student);
		PlanTemplate template = template(student.programCode())
			.orElseThrow(() -> new BusinessRuleException("cbt.error.noTemplate"));
		if (this.plans.findByStudentId(student.id()).isPresent()) {
			throw new BusinessRuleException("cbt.error.planExists");
		}
		this.plans.save(new TrainingPlan(student.id(), template, startsOn, user.username()));
	}

	/**
	 * Makes a plan from the template without a caller, for the demo loader.
	 */
	@Transactional
	public void createForLoader(long studentId, String programCode, LocalDate startsOn, String by) {
		PlanTemplate template = template(programCode)
			.orElseThrow(() -> new BusinessRuleException("cbt.error.noTemplate"));
		this.plans.save(new TrainingPlan(studentId, template, startsOn, by));
	}

	@Transactional
	public void changeMonths(String studentNo, long version, long itemId, Integer months, String reason) {
		Editing editing = edit(studentNo, version);
		if (months == null) {
			throw new BusinessRuleException("cbt.error.months");
		}
		editing.plan().changeMonths(itemId, months, reason, editing.template(), editing.by());
	}

	@Transactional
	public void leaveOut(String studentNo, long version, long itemId, String reason) {
		Editing editing = edit(studentNo, version);
		editing.plan().leaveOut(itemId, reason, editing.by());
	}

	@Transactional
	public void takeBack(String studentNo, long version, long itemId, String reason) {
		Editing editing = edit(studentNo, version);
		editing.plan().takeBack(itemId, reason, editing.template(), editing.by());
	}

	@Transactional
	public void addPeriod(String studentNo, long version, PeriodCommand command) {
		Editing editing = edit(studentNo, version);
		if (command.year() == null || command.months() == null || command.year() < 1
				|| command.year() > (editing.template().durationMonths() + 11) / 12) {
			throw new BusinessRuleException("cbt.error.periodIncomplete");
		}
		editing.plan()
			.addPeriod(command.year(), command.phase(), command.title(), command.months(), command.reason(),
					editing.template(), editing.by());
	}

	/**
	 * Names the mentor group: supervisors holding a senior title (正高 or 副高), at least the
	 * template's minimum.
	 */
	@Transactional
	public void nameMentors(String studentNo, long version, MentorsCommand command) {
		Editing editing = edit(studentNo, version);
		Map<String, SupervisorRef> found = this.supervisors.byStaffNos(command.staffNos());
		for (String staffNo : command.staffNos()) {
			SupervisorRef ref = found.get(staffNo);
			if (ref == null) {
				throw new BusinessRuleException("cbt.error.unknownMentor", staffNo);
			}
			if (ref.titleLevel() != TitleLevel.FULL_SENIOR && ref.titleLevel() != TitleLevel.ASSOCIATE_SENIOR) {
				throw new BusinessRuleException("cbt.error.mentorTitle", ref.name());
			}
		}
		SupervisorRef lead = command.leadStaffNo() == null ? null : found.get(command.leadStaffNo().trim());
		String names = String.join("、", command.staffNos().stream().map((s) -> found.get(s).name()).toList());
		editing.plan()
			.nameMentors(command.staffNos().stream().map((s) -> found.get(s).id()).toList(),
					lead == null ? null : lead.id(), editing.template().minMentors(), names, command.reason(),
					editing.by());
	}

	/**
	 * Names the mentor group without a caller, for the demo loader.
	 */
	@Transactional
	public void nameMentorsForLoader(long studentId, List<Long> supervisorIds, long leadId, String names, String reason,
			String by) {
		TrainingPlan plan = this.plans.findByStudentId(studentId)
			.orElseThrow(() -> new TrainingPlanNotFoundException("plan of " + studentId));
		plan.nameMentors(supervisorIds, leadId, 1, names, reason, by);
	}

	private Editing edit(String studentNo, long version) {
		StudentKey student = this.access.visibleStudent(studentNo);
		CurrentUser user = this.access.requirePlanner(student);
		TrainingPlan plan = this.plans.findByStudentId(student.id())
			.orElseThrow(() -> new TrainingPlanNotFoundException("plan of " + studentNo));
		if (plan.version() != version) {
			throw new ObjectOptimisticLockingFailureException(TrainingPlan.class, plan.id());
		}
		return new Editing(plan, templateById(student, plan), user.username());
	}

	private record Editing(TrainingPlan plan, PlanTemplate template, String by) {
	}

	private PlanTemplate templateById(StudentKey student, TrainingPlan plan) {
		return template(student.programCode()).orElseThrow(() -> new BusinessRuleException("cbt.error.noTemplate"));
	}

	private Optional<PlanTemplate> template(String programCode) {
		return this.jdbc.sql(
				"select id, program_code, duration_months, min_mentors, note from training_plan_template where program_code = :p")
			.param("p", programCode)
			.query((rs, row) -> new PlanTemplate(rs.getLong("id"), rs.getString("program_code"),
					rs.getInt("duration_months"), rs.getInt("min_mentors"), rs.getString("note"),
					this.jdbc.sql("""
							select position, year_no, phase, title, title_en, months, optional
							from training_plan_template_item where template_id = :t order by year_no, position
							""")
						.param("t", rs.getLong("id"))
						.query((r, n) -> new PlanTemplate.Period(r.getInt("position"), r.getInt("year_no"),
								PlanPhase.valueOf(r.getString("phase")), r.getString("title"), r.getString("title_en"),
								r.getInt("months"), r.getBoolean("optional")))
						.list()))
			.optional();
	}

}
