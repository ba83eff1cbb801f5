package com.clinigrad.organization;

/**
 * A third-level sub-specialty by its discipline and name.
 */
public record SubspecialtyRef(String disciplineCode, String name, String nameEn) {
}
