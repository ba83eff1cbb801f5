package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes a year of rotations for a cohort, month by month: each student's remaining
 * plan areas in blocks of up to {@value #BLOCK_MONTHS} months, each block in the matching
 * department with the most room, never over a department's capacity in any month, never
 * two blocks of one student at once; blocks of one area that follow each other in one
 * department are one rotation. Students start at different areas so that they spread over
 * the departments. What cannot be placed is reported with the reason. Pure: no database,
 * no clock.
 */
public final class SchedulePlanner {

	static final int BLOCK_MONTHS = 3;

	private SchedulePlanner() {
	}

	/**
	 * @param start the first day of the first month
	 * @param months how many months to plan
	 */
	public static Result plan(LocalDate start, int months, List<Department> departments, List<Trainee> trainees) {
		int[][] load = new int[departments.size()][];
		for (int d = 0; d < departments.size(); d++) {
			load[d] = departments.get(d).occupied().clone();
		}
		List<Placement> placements = new ArrayList<>();
		List<Gap> gaps = new ArrayList<>();
		for (int t = 0; t < trainees.size(); t++) {
			Trainee trainee = trainees.get(t);
			boolean[] busy = trainee.busy().clone();
			List<Need> needs = trainee.needs();
			for (int k = 0; k < needs.size(); k++) {
				Need need = needs.get((k + t) % needs.size());
				List<Integer> candidates = new ArrayList<>();
				for (int d = 0; d < departments.size(); d++) {
					if (need.area().matches(departments.get(d).subspecialty(), departments.get(d).name())) {
						candidates.add(d);
					}
				}
				if (candidates.isEmpty()) {
					gaps.add(new Gap(trainee.studentId(), need.area().area(), need.months(), Problem.NO_DEPARTMENT));
					continue;
				}
				int remaining = need.months();
				Problem problem = null;
				while (remaining > 0) {
					int length = Math.min(BLOCK_MONTHS, remaining);
					int[] slot = slot(busy, months, length, candidates, departments, load);
					if (slot == null && length > 1) {
						length = 1;
						slot = slot(busy, months, length, candidates, departments, load);
					}
					if (slot == null) {
						problem = freeMonths(busy, months) == 0 ? Problem.NO_TIME : Problem.NO_CAPACITY;
						break;
					}
					int month = slot[0];
					int d = slot[1];
					for (int m = month; m < month + length; m++) {
						busy[m] = true;
						load[d][m]++;
					}
					placements.add(new Placement(trainee.studentId(), departments.get(d).id(), need.area().area(),
							start.plusMonths(month), start.plusMonths(month + length).minusDays(1)));
					remaining -= length;
				}
				if (problem != null) {
					gaps.add(new Gap(trainee.studentId(), need.area().area(), remaining, problem));
				}
				if (freeMonths(busy, months) == 0) {
					break;
				}
			}
		}
		return new Result(joined(placements), gaps);
	}

	/**
	 * Joins the blocks of one area that follow each other in one department into one
	 * rotation: one stay, one exit exam.
	 */
	static List<Placement> joined(List<Placement> placements) {
		List<Placement> joined = new ArrayList<>();
		for (Placement p : placements) {
			Placement last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && last.studentId() == p.studentId() && last.departmentId() == p.departmentId()
					&& last.area().equals(p.area()) && last.endDate().plusDays(1).equals(p.startDate())) {
				joined.set(joined.size() - 1,
						new Placement(p.studentId(), p.departmentId(), p.area(), last.startDate(), p.endDate()));
			}
			else {
				joined.add(p);
			}
		}
		return joined;
	}

	/**
	 * @return the earliest month and, in it, the candidate department with the most room,
	 * or {@code null}
	 */
	private static int[] slot(boolean[] busy, int months, int length, List<Integer> candidates,
			List<Department> departments, int[][] load) {
		for (int month = 0; month + length <= months; month++) {
			boolean free = true;
			for (int m = month; m < month + length; m++) {
				free &= !busy[m];
			}
			if (!free) {
				continue;
			}
			int best = -1;
			int bestRoom = 0;
			for (int d : candidates) {
				int room = Integer.MAX_VALUE;
				for (int m = month; m < month + length; m++) {
					room = Math.min(room, departments.get(d).capacity() - load[d][m]);
				}
				if (room > bestRoom) {
					best = d;
					bestRoom = room;
				}
			}
			if (best >= 0) {
				return new int[] { month, best };
			}
		}
		return null;
	}

	private static int freeMonths(boolean[] busy, int months) {
		int free = 0;
		for (int m = 0; m < months; m++) {
			free += busy[m] ? 0 : 1;
		}
		return free;
	}

	/**
	 * A department with its capacity and the trainees already there in each month.
	 */
	public record Department(long id, String name, String subspecialty, int capacity, int[] occupied) {
	}

	/**
	 * A student with the months already taken and the areas still to rotate in.
	 */
	public record Trainee(long studentId, boolean[] busy, List<Need> needs) {
	}

	/**
	 * Months still needed in an area.
	 */
	public record Need(RotationArea area, int months) {
	}

	/**
	 * A proposed rotation.
	 */
	public record Placement(long studentId, long departmentId, String area, LocalDate startDate, LocalDate endDate) {
	}

	/**
	 * Months of an area that could not be placed, and why.
	 */
	public record Gap(long studentId, String area, int months, Problem problem) {
	}

	/**
	 * Why months could not be placed.
	 */
	public enum Problem {

		/** No department of the hospital trains this area. */
		NO_DEPARTMENT,
		/** The matching departments are full whenever the student is free. */
		NO_CAPACITY,
		/** The student's year is already full. */
		NO_TIME

	}

	/**
	 * What was placed and what was not.
	 */
	public record Result(List<Placement> placements, List<Gap> gaps) {
	}

}
