package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a scheme's hardship grant or tuition reduction pays in its year: every student the
 * graduate school recognised at a level (and did not withdraw since) with the amount the
 * scheme sets for that level, each row traceable to the scheme, the award type and the
 * recognition decision; and the recognised students left out with the reason (an ethics
 * veto excludes them from awards as the scheme says, a delayed student's grant is paused
 * like the stipends until they return).
 *
 * @param type the hardship grant or tuition reduction
 * @param grant whether it is paid out (the hardship grant, a one-off roll with bank
 * accounts) or reduces the tuition (a list without accounts)
 */
public record HardshipRoll(long schemeId, String schemeName, String schemeNameEn, int year, AwardTypeView type,
		boolean grant, List<Row> rows, List<Left> left) {

	public BigDecimal total() {
		return this.rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public String displayName(boolean english) {
		return english ? this.schemeNameEn : this.schemeName;
	}

	/**
	 * One recognised student with their level's amount.
	 *
	 * @param bankAccount the account, in full for finance, else masked; {@code null} when
	 * none is recorded
	 * @param decisionId the recognition decision (the hardship application) it comes from
	 * @param decidedOn the day the graduate school recognised the level
	 * @param reference the row's reference back to its origin: scheme, award type and
	 * decision ({@code S12-T34-H56})
	 */
	public record Row(String studentNo, String name, String hospitalCode, String bankAccount, HardshipLevel level,
			BigDecimal amount, long schemeId, long typeId, long decisionId, LocalDate decidedOn, String reference) {
	}

	/**
	 * A recognised student who is not paid (or not reduced) for now, and why.
	 */
	public record Left(String studentNo, String name, HardshipLevel level, Exclusion exclusion) {
	}

}
