package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record that counts into a teacher's workload, as the person's page explains a
 * figure: what it is, when, its reference and how much it counts for.
 *
 * @param label the record in Chinese
 * @param labelEn the record in English
 * @param labelKey a message key naming the record instead of the labels, or {@code null}
 * @param reference a code beside the label (course and term, student number, review
 * code), or {@code null}
 * @param href where the record can be opened, or {@code null}
 * @param quantity how many units it counts for
 */
public record WorkloadItem(WorkloadActivity activity, LocalDate on, String label, String labelEn, String labelKey,
		String reference, String href, BigDecimal quantity) {

	public String label(boolean english) {
		return (english && this.labelEn != null && !this.labelEn.isBlank()) ? this.labelEn : this.label;
	}

}
