package com.clinigrad.awards;

import java.util.List;

/**
 * One line of an evaluation's explanation: the words (a message key) and their arguments,
 * naming the record a figure comes from.
 */
public record EvaluationLine(String key, List<Object> args) {

	static EvaluationLine of(String key, Object... args) {
		return new EvaluationLine(key, List.of(args));
	}

	/**
	 * Words recorded in both languages (a course's name), shown in the page's.
	 */
	public record Words(String name, String nameEn) {

		public String in(boolean english) {
			return (english && this.nameEn != null && !this.nameEn.isBlank()) ? this.nameEn : this.name;
		}

	}

	public Object[] argArray() {
		return this.args.toArray();
	}

}
