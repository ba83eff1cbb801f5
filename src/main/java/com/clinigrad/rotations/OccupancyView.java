package com.clinigrad.rotations;

import java.time.YearMonth;
import java.util.List;

/**
 * A hospital's departments by month: the most trainees present on any day of the month,
 * against the capacity in force.
 */
public record OccupancyView(String hospitalCode, String hospitalName, String hospitalNameEn, int year,
		List<YearMonth> months, List<Row> rows) {

	/**
	 * @return the hospital's name in the page's language
	 */
	public String hospitalDisplayName(boolean english) {
		return (english && this.hospitalNameEn != null && !this.hospitalNameEn.isBlank()) ? this.hospitalNameEn
				: this.hospitalName;
	}

	public OccupancyView {
		months = List.copyOf(months);
		rows = List.copyOf(rows);
	}

	/**
	 * One department.
	 *
	 * @param nameEn the department's recorded English name, or {@code null}
	 * @param subspecialtyEn the English name of its sub-specialty, or {@code null}
	 * @param peaks the peak per month, in the order of {@link OccupancyView#months()}
	 */
	public record Row(long departmentId, String code, String name, String nameEn, String subspecialty,
			String subspecialtyEn, Integer capacity, int[] peaks) {

		/**
		 * @return its sub-specialty in the page's language, or {@code null}
		 */
		public String subspecialtyDisplayName(boolean english) {
			return (english && this.subspecialtyEn != null) ? this.subspecialtyEn : this.subspecialty;
		}

		/**
		 * @return the department's name in the page's language
		 */
		public String displayName(boolean english) {
			return com.clinigrad.organization.DepartmentNames.display(this.name, this.nameEn, english);
		}

		/**
		 * @return {@code over}, {@code full}, {@code high} (≥ 75 %), {@code low} or
		 * {@code empty} for a cell's colour
		 */
		public String level(int month) {
			int peak = this.peaks[month];
			if (peak == 0) {
				return "empty";
			}
			if (this.capacity == null || this.capacity == 0) {
				return "low";
			}
			if (peak > this.capacity) {
				return "over";
			}
			if (peak == this.capacity) {
				return "full";
			}
			return (peak * 4 >= this.capacity * 3) ? "high" : "low";
		}

	}

}
