package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a monthly award pays a student for a month, and why.
 *
 * @param month the month paid
 * @param amount the amount
 * @param raised whether the higher amount after the mid-term assessment applies
 * @param midtermPassedOn the day the mid-term assessment passed, or {@code null}
 */
public record StipendAmount(YearMonth month, BigDecimal amount, boolean raised, LocalDate midtermPassedOn) {
}
