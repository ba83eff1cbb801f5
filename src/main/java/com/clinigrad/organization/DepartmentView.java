package com.clinigrad.organization;

/**
 * A department with its recorded capacity and the capacity in force (recorded, or beds ÷
 * 4).
 */
public record DepartmentView(long id, long hospitalId, String hospitalCode, String code, String name,
		String subspecialty, Integer beds, Integer capacity, Integer effectiveCapacity, long version) {

	/**
	 * @return whether the capacity in force comes from the beds rather than a recorded
	 * value
	 */
	public boolean capacityDerived() {
		return this.capacity == null && this.effectiveCapacity != null;
	}

}
