package com.clinigrad.organization;

import java.time.LocalDate;

/**
 * An academic term by its code ({@code 2024-1}) and dates.
 */
public record TermRef(String code, int year, int semester, LocalDate startsOn, LocalDate endsOn) {
}
