package com.clinigrad.awards;

import java.util.List;
import java.util.Map;

/**
 * A student's hardship recognition as the caller may read it: the recognised level of
 * each year for whoever may see the student (the supervisors read no more), and the
 * applications with their reasons and evidence for the student and the offices in scope.
 *
 * @param recognised the recognised level by year, latest year first
 * @param details whether the caller may read the applications
 * @param mayApply whether the caller is the student and has not applied for
 * {@code applyYear}
 */
public record StudentHardship(String studentNo, Map<Integer, HardshipLevel> recognised,
		List<HardshipApplicationView> applications, boolean details, boolean mayApply, int applyYear) {

	public HardshipLevel levelOf(int year) {
		return this.recognised.get(year);
	}

}
