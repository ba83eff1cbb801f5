package com.clinigrad.theses;

import java.time.LocalDate;

/**
 * A submitted blind-review verdict by its code, never its reviewer.
 *
 * @param code the review's code, or {@code null} for an imported review
 */
public record ReviewResult(int roundNo, String code, ReviewVerdict verdict, LocalDate submittedOn) {
}
