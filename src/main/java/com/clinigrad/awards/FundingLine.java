package com.clinigrad.awards;

/**
 * One award a student is eligible for under the scheme of their program.
 *
 * @param type the award type
 * @param month for a monthly award, what it pays this month and why; else {@code null}
 * @param paused whether payment stops because the student is not enrolled (delayed, 延期)
 */
public record FundingLine(AwardTypeView type, StipendAmount month, boolean paused) {
}
