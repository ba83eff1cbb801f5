package com.clinigrad.eligibility;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.clinigrad.students.StudentStatus;

/**
 * What a diversion case may end in (分流): the student's choice and the graduate school's
 * decision are one of these, and each changes the student's status.
 */
public enum CaseOutcome {

	/** 延期 one year; no scholarship or stipend meanwhile. */
	DELAY(StudentStatus.DELAYED),
	/** 转学术型. */
	TRANSFER_ACADEMIC(StudentStatus.TRANSFERRED_ACADEMIC),
	/** 退学. */
	WITHDRAWAL(StudentStatus.WITHDRAWN),
	/** 结业. */
	COMPLETION(StudentStatus.COMPLETED_NO_DEGREE),
	/** 毕业不授学位. */
	GRADUATE_NO_DEGREE(StudentStatus.GRADUATED_NO_DEGREE);

	private final StudentStatus studentStatus;

	CaseOutcome(StudentStatus studentStatus) {
		this.studentStatus = studentStatus;
	}

	/**
	 * @return the status the student takes when the graduate school decides this
	 */
	public StudentStatus studentStatus() {
		return this.studentStatus;
	}

	/**
	 * @return whether the outcome stops scholarship and stipend (a delay)
	 */
	public boolean stopsAid() {
		return this.studentStatus == StudentStatus.DELAYED;
	}

	/**
	 * @return the outcome of this name, if there is one
	 */
	static Optional<CaseOutcome> of(String name) {
		return Arrays.stream(values()).filter((outcome) -> outcome.name().equals(name)).findFirst();
	}

	/**
	 * @return the outcomes as a case's {@code options} column keeps them
	 */
	static String stored(List<CaseOutcome> outcomes) {
		return outcomes.stream().map(CaseOutcome::name).collect(Collectors.joining(","));
	}

	/**
	 * @return the outcomes an {@code options} column keeps
	 */
	static List<CaseOutcome> fromStored(String text) {
		return (text == null || text.isBlank()) ? List.of()
				: Arrays.stream(text.split(",")).map(CaseOutcome::valueOf).toList();
	}

}
