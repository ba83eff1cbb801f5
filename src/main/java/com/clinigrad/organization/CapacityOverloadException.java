package com.clinigrad.organization;

/**
 * A lower capacity that the rotations already scheduled exceed, saved only once the
 * office confirms it (the scheduled rotations stay as they are).
 */
public class CapacityOverloadException extends RuntimeException {

	private final transient DepartmentLoad.Overload overload;

	private final int capacity;

	CapacityOverloadException(DepartmentLoad.Overload overload, int capacity) {
		super("Capacity " + capacity + " below the scheduled load from " + overload.firstDay());
		this.overload = overload;
		this.capacity = capacity;
	}

	public DepartmentLoad.Overload overload() {
		return this.overload;
	}

	/**
	 * @return the capacity asked for
	 */
	public int capacity() {
		return this.capacity;
	}

}
