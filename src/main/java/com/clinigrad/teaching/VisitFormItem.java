package com.clinigrad.teaching;

/**
 * One item of a visit rating form: a score up to its maximum, or a text.
 */
public record VisitFormItem(long id, int position, String code, String label, String labelEn, VisitItemKind kind,
		Integer maxScore) {

	public String label(boolean english) {
		return english ? this.labelEn : this.label;
	}

	public boolean scored() {
		return this.kind == VisitItemKind.SCORE;
	}

}
