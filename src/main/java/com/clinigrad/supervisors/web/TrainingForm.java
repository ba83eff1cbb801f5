package com.clinigrad.supervisors.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A pre-service training (岗前培训) and its theory exam score, as the graduate school records
 * it.
 */
class TrainingForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate completedOn;

	private BigDecimal examScore;

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public void setCompletedOn(LocalDate completedOn) {
		this.completedOn = completedOn;
	}

	public BigDecimal getExamScore() {
		return this.examScore;
	}

	public void setExamScore(BigDecimal examScore) {
		this.examScore = examScore;
	}

}
