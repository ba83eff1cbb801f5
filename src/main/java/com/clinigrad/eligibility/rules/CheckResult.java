package com.clinigrad.eligibility.rules;

import java.util.List;

/**
 * One check's result: the rule code of the exchange contract, its status, what is
 * required, what the record shows, and a message (a key and its arguments, resolved in
 * the reader's language).
 */
public record CheckResult(String rule, Gate gate, CheckStatus status, String required, String actual, String messageKey,
		List<Object> messageArgs) {

	/**
	 * @return this check waived by an approved exception, saying who approved it and why
	 */
	public CheckResult waived(String approvedBy, String reason) {
		return new CheckResult(this.rule, this.gate, CheckStatus.WAIVED, this.required, this.actual, "audit.waivedBy",
				List.of(approvedBy, reason));
	}

	public CheckResult waived() {
		return new CheckResult(this.rule, this.gate, CheckStatus.WAIVED, this.required, this.actual, "audit.waived",
				List.of());
	}

}
