package com.clinigrad.awards;

import java.time.LocalDate;

/**
 * One student's evaluation under a scheme, explained down to the records.
 */
public record StudentEvaluationView(SchemeView scheme, LocalDate asOf, StudentEvaluation evaluation) {
}
