package com.clinigrad.organization;

/**
 * A hospital as a file gives it: its code and names.
 */
public record HospitalRecord(String code, String name, String nameEn) {
}
