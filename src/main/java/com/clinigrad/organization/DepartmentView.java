package com.clinigrad.organization;

/**
 * A department with its recorded capacity and the capacity in force (recorded, or beds ÷
 * 4).
 *
 * @param nameEn the English name recorded for it, or {@code null} ({@link #displayName})
 */
public record DepartmentView(long id, long hospitalId, String hospitalCode, String code, String name, String nameEn,
		String subspecialty, Integer beds, Integer capacity, Integer effectiveCapacity, long version) {

	/**
	 * @return its name in the page's language ({@link DepartmentNames})
	 */
	public String displayName(boolean english) {
		return DepartmentNames.display(this.name, this.nameEn, english);
	}

	/**
	 * @return whether the capacity in force comes from the beds rather than a recorded
	 * value
	 */
	public boolean capacityDerived() {
		return this.capacity == null && this.effectiveCapacity != null;
	}

}
