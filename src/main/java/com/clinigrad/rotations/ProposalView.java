package com.clinigrad.rotations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.clinigrad.students.StudentCard;

/**
 * A cohort schedule proposal for the office to review: per student what was placed and
 * what could not be, and why.
 */
public record ProposalView(long id, String hospitalCode, int cohortYear, LocalDate startsOn, LocalDate endsOn,
		ProposalStatus status, int students, String createdBy, OffsetDateTime createdAt, long version,
		List<StudentPlan> plans) {

	public ProposalView {
		plans = List.copyOf(plans);
	}

	public int placements() {
		return this.plans.stream().mapToInt((p) -> p.items().size()).sum();
	}

	public int gaps() {
		return this.plans.stream().mapToInt((p) -> p.gaps().size()).sum();
	}

	/**
	 * One student's part of the proposal.
	 */
	public record StudentPlan(StudentCard student, List<Item> items, List<Item> gaps) {
	}

	/**
	 * A proposed rotation, or months that could not be placed ({@code problem} set).
	 *
	 * @param leftOut whether the office left it out when accepting the proposal
	 */
	public record Item(long id, String area, Long departmentId, String departmentName, LocalDate startDate,
			LocalDate endDate, String problem, boolean leftOut) {
	}

}
