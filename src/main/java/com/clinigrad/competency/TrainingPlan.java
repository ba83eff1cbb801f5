package com.clinigrad.competency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A trainee's individual training plan (个人培养计划): the periods of the training years copied
 * from the program's template, adjusted by the hospital office with a reason for each
 * change (kept in the plan's history), and the mentor group named on it. Every change
 * goes through a method here, which checks {@link PlanRules} before it is kept.
 */
@Entity
class TrainingPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long studentId;

	private long templateId;

	private LocalDate startsOn;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PlanItem> items = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "training_plan_mentor", joinColumns = @JoinColumn(name = "plan_id"))
	private Set<Mentor> mentors = new HashSet<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
	@OrderBy("changedAt, id")
	private List<PlanChange> changes = new ArrayList<>();

	private String createdBy;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected TrainingPlan() {
	}

	/**
	 * A plan copied from the template's periods.
	 */
	TrainingPlan(long studentId, PlanTemplate template, LocalDate startsOn, String by) {
		if (startsOn == null) {
			throw new BusinessRuleException("cbt.error.startRequired");
		}
		this.studentId = studentId;
		this.templateId = template.id();
		this.startsOn = startsOn;
		this.createdBy = by;
		for (PlanTemplate.Period period : template.periods()) {
			this.items.add(new PlanItem(this, period.position(), period.year(), period.phase(), period.title(),
					period.titleEn(), period.months(), period.optional()));
		}
		this.changes.add(new PlanChange(this, PlanChangeKind.CREATED, null, null, null, startsOn.toString(), "-", by));
	}

	/**
	 * Changes a period's length.
	 */
	void changeMonths(long itemId, int months, String reason, PlanTemplate template, String by) {
		String why = requireReason(reason);
		PlanItem item = item(itemId);
		if (months < 1 || months > 24) {
			throw new BusinessRuleException("cbt.error.months");
		}
		if (item.months() == months) {
			throw new BusinessRuleException("cbt.error.unchanged");
		}
		int old = item.months();
		item.months(months);
		PlanRules.check(periods(), template.durationMonths());
		record(PlanChangeKind.MONTHS, item, String.valueOf(old), String.valueOf(months), why, by);
	}

	/**
	 * Leaves an optional period (a period abroad) out of the plan.
	 */
	void leaveOut(long itemId, String reason, String by) {
		String why = requireReason(reason);
		PlanItem item = item(itemId);
		if (!item.optional()) {
			throw new BusinessRuleException("cbt.error.requiredPeriod");
		}
		if (!item.included()) {
			throw new BusinessRuleException("cbt.error.alreadyLeftOut");
		}
		item.included(false, why);
		record(PlanChangeKind.LEFT_OUT, item, null, null, why, by);
	}

	/**
	 * Takes a left-out period back into the plan.
	 */
	void takeBack(long itemId, String reason, PlanTemplate template, String by) {
		String why = requireReason(reason);
		PlanItem item = item(itemId);
		if (item.included()) {
			throw new BusinessRuleException("cbt.error.notLeftOut");
		}
		item.included(true, null);
		PlanRules.check(periods(), template.durationMonths());
		record(PlanChangeKind.TAKEN_BACK, item, null, null, why, by);
	}

	/**
	 * Adds a period the template does not have.
	 */
	void addPeriod(int year, PlanPhase phase, String title, int months, String reason, PlanTemplate template,
			String by) {
		String why = requireReason(reason);
		if (phase == null || title == null || title.isBlank()) {
			throw new BusinessRuleException("cbt.error.periodIncomplete");
		}
		if (months < 1 || months > 24) {
			throw new BusinessRuleException("cbt.error.months");
		}
		int position = this.items.stream().mapToInt(PlanItem::position).max().orElse(0) + 1;
		PlanItem item = new PlanItem(this, position, year, phase, title.trim(), title.trim(), months, true);
		this.items.add(item);
		PlanRules.check(periods(), template.durationMonths());
		record(PlanChangeKind.ADDED, item, null, String.valueOf(months), why, by);
	}

	/**
	 * Names the mentor group: at least the template's minimum of members, one of them its
	 * lead.
	 * @param names the members' names, for the history
	 */
	void nameMentors(List<Long> supervisorIds, Long leadId, int minMentors, String names, String reason, String by) {
		String why = requireReason(reason);
		Set<Long> members = new java.util.LinkedHashSet<>(supervisorIds);
		if (members.size() < minMentors) {
			throw new BusinessRuleException("cbt.error.tooFewMentors", minMentors);
		}
		if (leadId == null || !members.contains(leadId)) {
			throw new BusinessRuleException("cbt.error.leadNotMember");
		}
		Set<Mentor> next = members.stream()
			.map((id) -> new Mentor(id, id.equals(leadId)))
			.collect(Collectors.toCollection(HashSet::new));
		if (next.equals(this.mentors)) {
			throw new BusinessRuleException("cbt.error.unchanged");
		}
		this.mentors.clear();
		this.mentors.addAll(next);
		this.changes.add(new PlanChange(this, PlanChangeKind.MENTORS, null, null, null, names, why, by));
	}

	private void record(PlanChangeKind kind, PlanItem item, String oldValue, String newValue, String why, String by) {
		this.changes.add(new PlanChange(this, kind, item.title(), item.titleEn(), oldValue, newValue, why, by));
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("cbt.error.reasonRequired");
		}
		return reason.trim();
	}

	private PlanItem item(long itemId) {
		return this.items.stream()
			.filter((item) -> item.id() != null && item.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new TrainingPlanNotFoundException("plan period " + itemId));
	}

	List<PlanRules.Period> periods() {
		return this.items.stream().map(PlanItem::asPeriod).toList();
	}

	Long id() {
		return this.id;
	}

	long studentId() {
		return this.studentId;
	}

	LocalDate startsOn() {
		return this.startsOn;
	}

	long version() {
		return this.version;
	}

	List<PlanItem> items() {
		return this.items.stream()
			.sorted(Comparator.comparingInt(PlanItem::yearNo).thenComparingInt(PlanItem::position))
			.toList();
	}

	Set<Mentor> mentors() {
		return this.mentors;
	}

	List<PlanChange> changes() {
		List<PlanChange> newestFirst = new ArrayList<>(this.changes);
		java.util.Collections.reverse(newestFirst);
		return newestFirst;
	}

}
