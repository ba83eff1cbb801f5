package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A hardship grant or tuition reduction a student receives for a year, from the graduate
 * school's recognition decision.
 *
 * @param amount the amount the scheme sets for the level, {@code null} when the scheme
 * sets none
 * @param decisionId the recognition decision (the hardship application)
 */
public record FundingHardship(int year, HardshipLevel level, AwardTypeView type, BigDecimal amount, long decisionId,
		LocalDate decidedOn) {
}
