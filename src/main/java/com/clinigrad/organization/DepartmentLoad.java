package com.clinigrad.organization;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How many trainees a department holds on its coming days, for lowering its capacity: the
 * module that schedules rotations answers, so that the office is warned before the new
 * capacity is below what is already scheduled.
 */
public interface DepartmentLoad {

	/**
	 * @return the days from {@code from} on which the department's scheduled trainees
	 * exceed {@code capacity}, if any
	 */
	Optional<Overload> overload(long departmentId, int capacity, LocalDate from);

	/**
	 * The days over a capacity.
	 *
	 * @param firstDay the first of them
	 * @param days how many
	 * @param peak the most trainees on one of them
	 */
	record Overload(LocalDate firstDay, int days, int peak) {
	}

}
