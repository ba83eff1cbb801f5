package com.clinigrad.competency;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One reading of one competency: an assessment of a kind, on a day, read as a level 1–5.
 *
 * @param value the assessment's own value (rating or score) the level was read from
 */
public record Evidence(LocalDate on, EvidenceKind kind, String competencyCode, BigDecimal value, BigDecimal level) {
}
