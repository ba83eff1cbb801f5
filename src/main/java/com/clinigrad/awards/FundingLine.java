package com.clinigrad.awards;

import java.math.BigDecimal;

/**
 * One award a student is eligible for under the scheme of their program.
 *
 * @param type the award type
 * @param month for a monthly award, what it pays this month and why; else {@code null}
 * @param paused whether payment stops because the student is not enrolled (delayed, 延期)
 * @param hardship for a hardship grant or tuition reduction with amounts per level: the
 * student's recognised level of the scheme year, or {@code null} when not recognised
 * @param hardshipAmount the amount at that level, or {@code null}
 * @param needsRecognition whether the award reaches only students recognised in hardship
 */
public record FundingLine(AwardTypeView type, StipendAmount month, boolean paused, HardshipLevel hardship,
		BigDecimal hardshipAmount, boolean needsRecognition) {

	public FundingLine(AwardTypeView type, StipendAmount month, boolean paused) {
		this(type, month, paused, null, null, false);
	}

	/**
	 * @return whether the award needs a hardship recognition the student does not have
	 */
	public boolean notRecognised() {
		return this.needsRecognition && this.hardship == null;
	}

}
