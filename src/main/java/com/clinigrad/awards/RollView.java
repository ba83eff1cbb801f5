package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.clinigrad.students.StudentStatus;

/**
 * A payment roll for finance (发放名单): a monthly stipend roll or a one-off award roll from
 * a final list, each row traceable to the scheme, the award type and the month or the
 * list, and the students whose stipend is paused with the reason.
 *
 * @param title the roll's name in Chinese and English
 * @param period the month ({@code 2026-10}) or the scheme year
 */
public record RollView(long schemeId, String schemeName, String schemeNameEn, String period, Long roundId,
		List<Row> rows, List<Paused> paused) {

	public BigDecimal total() {
		return this.rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public String displayName(boolean english) {
		return english ? this.schemeNameEn : this.schemeName;
	}

	/**
	 * One payment.
	 *
	 * @param bankAccount the account, in full for finance, else masked; {@code null} when
	 * none is recorded
	 * @param raised whether the higher amount after the mid-term assessment applies
	 * @param reference the row's reference back to its origin: scheme, award type, month
	 * or list ({@code S12-T34-2026-10}, {@code S12-T34-R5})
	 */
	public record Row(String studentNo, String name, String hospitalCode, String bankAccount, BigDecimal amount,
			String period, AwardTypeView type, long schemeId, Long roundId, boolean raised, String reference) {
	}

	/**
	 * A student of the population whose stipend is not paid for the month, and why.
	 */
	public record Paused(String studentNo, String name, AwardTypeView type, StudentStatus status, LocalDate since) {
	}

}
