package com.clinigrad.organization;

/**
 * A department as a file gives it, by its hospital's code; an empty capacity is stored as
 * not recorded, so that beds ÷ 4 applies.
 */
public record DepartmentRecord(String hospitalCode, String code, String name, String subspecialty, Integer beds,
		Integer capacity) {
}
