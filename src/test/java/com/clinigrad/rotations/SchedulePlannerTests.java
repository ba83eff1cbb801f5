package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cohort planner: capacities held every month, never two places at once, and what
 * cannot be placed reported with its reason.
 */
class SchedulePlannerTests {

	static final LocalDate START = LocalDate.of(2027, 1, 1);

	static final RotationArea CARDIOLOGY = new RotationArea("心血管病", "Cardiology", "心血管病", null, 3, true);

	static final RotationArea EMERGENCY = new RotationArea("急诊科", "Emergency", null, "急诊", 2, true);

	static final RotationArea NEUROLOGY = new RotationArea("神经内科", "Neurology", null, "神经内科", 2, false);

	@Test
	void holdsEachDepartmentsCapacityInEveryMonthAndNeverDoubleBooksAStudent() {
		List<SchedulePlanner.Department> departments = List.of(
				new SchedulePlanner.Department(1, "心血管内科", "心血管病", 2, new int[12]),
				new SchedulePlanner.Department(2, "急诊科", null, 1, new int[12]));
		List<SchedulePlanner.Trainee> trainees = new ArrayList<>();
		for (long id = 1; id <= 6; id++) {
			trainees.add(new SchedulePlanner.Trainee(id, new boolean[12],
					List.of(new SchedulePlanner.Need(CARDIOLOGY, 3), new SchedulePlanner.Need(EMERGENCY, 2))));
		}

		SchedulePlanner.Result result = SchedulePlanner.plan(START, 12, departments, trainees);

		Map<Long, int[]> perMonth = new HashMap<>();
		Map<Long, boolean[]> studentMonths = new HashMap<>();
		for (SchedulePlanner.Placement p : result.placements()) {
			int from = p.startDate().getMonthValue() - 1;
			int to = p.endDate().getMonthValue() - 1;
			assertThat(p.endDate()).isEqualTo(p.endDate().withDayOfMonth(p.endDate().lengthOfMonth()));
			for (int m = from; m <= to; m++) {
				perMonth.computeIfAbsent(p.departmentId(), (d) -> new int[12])[m]++;
				boolean[] busy = studentMonths.computeIfAbsent(p.studentId(), (s) -> new boolean[12]);
				assertThat(busy[m]).as("student %d twice in month %d", p.studentId(), m + 1).isFalse();
				busy[m] = true;
			}
		}
		assertThat(java.util.Arrays.stream(perMonth.get(1L)).max().orElse(0)).isEqualTo(2);
		assertThat(java.util.Arrays.stream(perMonth.get(2L)).max().orElse(0)).isEqualTo(1);
		// 6 × 3 cardiology months fit in 12 months × 2 places; 6 × 2 emergency months fit
		// in 12 × 1
		assertThat(result.gaps()).isEmpty();
		assertThat(result.placements()
			.stream()
			.mapToLong((p) -> p.endDate().getMonthValue() - p.startDate().getMonthValue() + 1)
			.sum()).isEqualTo(6 * 5);
	}

	@Test
	void anAreaPlacedInOneDepartmentMonthAfterMonthIsOneRotation() {
		List<SchedulePlanner.Department> departments = List
			.of(new SchedulePlanner.Department(1, "心血管内科", "心血管病", 5, new int[12]));
		SchedulePlanner.Result result = SchedulePlanner.plan(START, 12, departments,
				List.of(new SchedulePlanner.Trainee(1, new boolean[12],
						List.of(new SchedulePlanner.Need(CARDIOLOGY, SchedulePlanner.BLOCK_MONTHS + 2)))));
		assertThat(result.placements()).singleElement().satisfies((p) -> {
			assertThat(p.startDate()).isEqualTo(START);
			assertThat(p.endDate()).isEqualTo(START.plusMonths(SchedulePlanner.BLOCK_MONTHS + 2).minusDays(1));
		});
		assertThat(result.gaps()).isEmpty();
	}

	@Test
	void reportsAreasWithoutDepartmentAndDepartmentsWithoutRoom() {
		int[] full = new int[12];
		java.util.Arrays.fill(full, 1);
		List<SchedulePlanner.Department> departments = List.of(
				new SchedulePlanner.Department(1, "心血管内科", "心血管病", 1, full),
				new SchedulePlanner.Department(2, "急诊科", null, 1, new int[12]));
		List<SchedulePlanner.Trainee> trainees = List
			.of(new SchedulePlanner.Trainee(7, new boolean[12], List.of(new SchedulePlanner.Need(CARDIOLOGY, 3),
					new SchedulePlanner.Need(NEUROLOGY, 2), new SchedulePlanner.Need(EMERGENCY, 2))));

		SchedulePlanner.Result result = SchedulePlanner.plan(START, 12, departments, trainees);

		assertThat(result.gaps()).extracting(SchedulePlanner.Gap::area, SchedulePlanner.Gap::problem)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("心血管病", SchedulePlanner.Problem.NO_CAPACITY),
					org.assertj.core.groups.Tuple.tuple("神经内科", SchedulePlanner.Problem.NO_DEPARTMENT));
		assertThat(result.placements()).singleElement().satisfies((p) -> assertThat(p.departmentId()).isEqualTo(2L));
	}

	@Test
	void aFullYearLeavesTheRestUnplaced() {
		boolean[] busy = new boolean[12];
		java.util.Arrays.fill(busy, true);
		busy[0] = false;
		List<SchedulePlanner.Trainee> trainees = List
			.of(new SchedulePlanner.Trainee(8, busy, List.of(new SchedulePlanner.Need(CARDIOLOGY, 3))));
		SchedulePlanner.Result result = SchedulePlanner.plan(START, 12,
				List.of(new SchedulePlanner.Department(1, "心血管内科", "心血管病", 5, new int[12])), trainees);
		assertThat(result.placements()).singleElement().satisfies((p) -> {
			assertThat(p.startDate()).isEqualTo(START);
			assertThat(p.endDate()).isEqualTo(LocalDate.of(2027, 1, 31));
		});
		assertThat(result.gaps()).singleElement().satisfies((g) -> {
			assertThat(g.months()).isEqualTo(2);
			assertThat(g.problem()).isEqualTo(SchedulePlanner.Problem.NO_TIME);
		});
	}

}
