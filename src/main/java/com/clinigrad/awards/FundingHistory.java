package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentView;

/**
 * A student's funding history: month by month what each monthly award paid or why it was
 * paused, the one-off awards of final lists, the hardship grants and tuition reductions
 * with their recognition decision, and the bank account (masked but for finance).
 */
public record FundingHistory(StudentView student, SchemeView scheme, List<Month> months, List<Award> awards,
		List<FundingHardship> hardship, String bankName, String bankAccount, boolean mayEditAccount) {

	/**
	 * One month of one monthly award.
	 *
	 * @param amount what was paid, {@code null} when paused or not a month it pays
	 * @param status the status in force on the month's first day when paused
	 * @param since the day that status began
	 */
	public record Month(YearMonth month, AwardTypeView type, BigDecimal amount, boolean raised, StudentStatus status,
			LocalDate since, boolean outOfSeason) {

		public boolean paused() {
			return this.amount == null && !this.outOfSeason;
		}

	}

	/**
	 * A one-off award of a final list.
	 */
	public record Award(long roundId, String schemeName, String schemeNameEn, AwardTypeView type, BigDecimal amount) {
	}

}
