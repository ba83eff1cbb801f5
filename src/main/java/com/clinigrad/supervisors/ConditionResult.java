package com.clinigrad.supervisors;

/**
 * One condition checked for an applicant: met or not, with what it requires and what the
 * record shows (a {@link TitleLevel}, a {@link HighestDegree}, an amount or a count;
 * {@code actual} is {@code null} when nothing is recorded).
 */
public record ConditionResult(QualificationCondition condition, boolean met, Object required, Object actual) {

	/**
	 * @return the message key of the sentence naming this condition when unmet
	 */
	public String unmetMessageKey() {
		return "qualificationCondition." + this.condition.name() + ".unmet";
	}

}
