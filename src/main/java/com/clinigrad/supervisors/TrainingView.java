package com.clinigrad.supervisors;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A pre-service training (岗前培训) completed, with its theory exam result, as the graduate
 * school recorded it.
 */
public record TrainingView(LocalDate completedOn, BigDecimal examScore, boolean passed, String recordedBy) {
}
