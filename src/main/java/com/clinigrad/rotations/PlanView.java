package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A student's rotation plan against the rotations recorded: each area with its required
 * months, the departments of the student's hospital that train it (or, where there are
 * none, those of the other base hospitals that do), and the months done, in progress,
 * scheduled and still to arrange; the months in departments outside the plan; the total
 * against the months the program requires; and the plan's adjustments.
 *
 * @param monthsRequired the months of clinical training the program requires, or
 * {@code null} when it requires none (then there is no plan)
 * @param templateAvailable whether the discipline has a template to generate the plan
 * from
 */
public record PlanView(String studentNo, String programName, String programNameEn, String disciplineCode,
		String disciplineName, String disciplineNameEn, String hospitalName, String hospitalNameEn,
		BigDecimal monthsRequired, boolean templateAvailable, List<Item> items, PlanProgress.Months outsidePlan,
		List<Change> changes) {

	public PlanView {
		items = List.copyOf(items);
		changes = List.copyOf(changes);
		monthsRequired = (monthsRequired != null) ? monthsRequired.stripTrailingZeros() : null;
	}

	/**
	 * @return whether the program requires clinical training (and so a plan)
	 */
	public boolean clinicalRequired() {
		return this.monthsRequired != null;
	}

	public String programName(boolean english) {
		return english ? this.programNameEn : this.programName;
	}

	public String disciplineName(boolean english) {
		return english ? this.disciplineNameEn : this.disciplineName;
	}

	public String hospitalName(boolean english) {
		return (english && this.hospitalNameEn != null && !this.hospitalNameEn.isBlank()) ? this.hospitalNameEn
				: this.hospitalName;
	}

	/**
	 * @return the months the plan's areas add up to
	 */
	public int totalMonths() {
		return this.items.stream().mapToInt((item) -> item.area().months()).sum();
	}

	/**
	 * @return every rotation's months, in the plan and outside it
	 */
	public PlanProgress.Months total() {
		return this.items.stream().map(Item::months).reduce(this.outsidePlan, PlanProgress.Months::plus);
	}

	/**
	 * @return the months still to arrange to reach the program's requirement (培养方案要求的
	 * 总月数, the audit's {@code CLINICAL_MONTHS}): every rotation counts, in the plan's
	 * areas, beyond them or outside the plan
	 */
	public BigDecimal remaining() {
		return total().remainingOf((this.monthsRequired != null) ? this.monthsRequired : BigDecimal.ZERO);
	}

	/**
	 * @return the months still to arrange in the plan's areas: the sum of the areas' own
	 * (months beyond an area's do not make up for another's)
	 */
	public BigDecimal planRemaining() {
		return this.items.stream().map(Item::remaining).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
	}

	/**
	 * @return the months the program still requires once every area of the plan is
	 * arranged: the plan's areas add up to less than the program asks for
	 */
	public BigDecimal shortBeyondPlan() {
		BigDecimal gap = remaining().subtract(planRemaining());
		return (gap.signum() > 0) ? gap.stripTrailingZeros() : BigDecimal.ZERO;
	}

	/**
	 * @return the areas whose months are not done yet, in the plan's order
	 */
	public List<Item> openAreas() {
		return this.items.stream().filter((item) -> !item.complete()).toList();
	}

	/**
	 * @return the names of {@link #openAreas()} in the page's language
	 */
	public String openAreaNames(boolean english) {
		return String.join(english ? ", " : "、",
				openAreas().stream().map((item) -> english ? item.area().areaEn() : item.area().area()).toList());
	}

	/**
	 * @return where the student's clinical training stands against the program and the
	 * plan: the one judgement the plan's pages show
	 */
	public Standing standing() {
		boolean programMet = this.monthsRequired != null && total().done().compareTo(this.monthsRequired) >= 0;
		if (!programMet) {
			return Standing.UNDER_WAY;
		}
		return openAreas().isEmpty() ? Standing.PLAN_COMPLETE : Standing.PROGRAM_MET;
	}

	/**
	 * Where clinical training stands. The program's rule set requires months in total
	 * (the audit's {@code CLINICAL_MONTHS}); the plan, from the discipline's standard,
	 * requires months per area. They are met separately, and the page says which.
	 */
	public enum Standing {

		/** The months done reach the program's total and every area's. */
		PLAN_COMPLETE,
		/**
		 * The months done reach the program's total (the degree audit counts the total),
		 * but some areas of the plan still lack months.
		 */
		PROGRAM_MET,
		/** The months done do not reach the program's total yet. */
		UNDER_WAY;

		public String messageKey() {
			return "rotation.plan.standing." + name();
		}

		/**
		 * @return whether the program's months are still to be reached (the summary then
		 * gives the months by stage)
		 */
		public boolean underWay() {
			return this == UNDER_WAY;
		}

	}

	/**
	 * @return the areas the student's hospital has no department for, with months still
	 * to arrange: for the hospital office to place at another base hospital
	 */
	public List<Item> gaps() {
		return this.items.stream().filter(Item::gap).toList();
	}

	/**
	 * One area of the plan.
	 *
	 * @param departments the names of the departments of the student's hospital that
	 * train it
	 * @param departmentsEn the same in English ({@link DepartmentNames})
	 * @param elsewhere the departments of the other base hospitals that train it (filled
	 * only when the student's hospital has none)
	 */
	public record Item(RotationArea area, PlanProgress.Months months, List<String> departments,
			List<String> departmentsEn, List<Elsewhere> elsewhere) {

		public Item {
			departments = List.copyOf(departments);
			departmentsEn = List.copyOf(departmentsEn);
			elsewhere = List.copyOf(elsewhere);
		}

		/**
		 * @return the names of the departments that train it, in the page's language
		 */
		public List<String> departmentNames(boolean english) {
			return english ? this.departmentsEn : this.departments;
		}

		public BigDecimal remaining() {
			return this.months.remainingOf(BigDecimal.valueOf(this.area.months()));
		}

		/**
		 * @return whether the student's hospital has no department for it
		 */
		public boolean missingAtHospital() {
			return this.departments.isEmpty();
		}

		/**
		 * @return whether the hospital office has to arrange it elsewhere: no department
		 * at the student's hospital and months still to arrange
		 */
		public boolean gap() {
			return missingAtHospital() && remaining().signum() > 0;
		}

		/**
		 * @return whether the months done reach the area's
		 */
		public boolean complete() {
			return this.months.done().compareTo(BigDecimal.valueOf(this.area.months())) >= 0;
		}

		public int percentDone() {
			return percent(this.months.done(), 100);
		}

		public int percentPending() {
			return percent(this.months.pending(), 100 - percentDone());
		}

		private int percent(BigDecimal months, int cap) {
			if (this.area.months() == 0) {
				return 0;
			}
			return Math.min(cap,
					months.multiply(BigDecimal.valueOf(100))
						.divide(BigDecimal.valueOf(this.area.months()), 0, RoundingMode.DOWN)
						.intValue());
		}

	}

	/**
	 * A department of another base hospital that trains an area.
	 */
	public record Elsewhere(String hospitalCode, String hospitalName, String hospitalNameEn, String departmentName,
			String departmentNameEn) {

		public String departmentName(boolean english) {
			return english ? this.departmentNameEn : this.departmentName;
		}

		public String hospitalName(boolean english) {
			return (english && this.hospitalNameEn != null && !this.hospitalNameEn.isBlank()) ? this.hospitalNameEn
					: this.hospitalName;
		}

	}

	/**
	 * An adjustment of the plan: what, why, who and when.
	 */
	public record Change(String change, String reason, String actor, OffsetDateTime changedAt) {
	}

}
