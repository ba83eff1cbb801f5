package com.clinigrad.supervisors;

/**
 * A supervisor group as other modules name it.
 */
public record GroupRef(long id, String code, String name) {
}
