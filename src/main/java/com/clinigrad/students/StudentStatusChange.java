package com.clinigrad.students;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One change of a student's status: from, to, effective date, reason, evidence, who and
 * when.
 */
@Entity
class StudentStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "student_id")
	private Student student;

	@Enumerated(EnumType.STRING)
	private StudentStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private StudentStatus toStatus;

	private LocalDate effectiveOn;

	private String reason;

	private String evidence;

	private String changedBy;

	private Instant changedAt = Instant.now();

	protected StudentStatusChange() {
	}

	StudentStatusChange(Student student, StudentStatus from, StudentStatus to, LocalDate effectiveOn, String reason,
			String evidence, String changedBy) {
		this.student = student;
		this.fromStatus = from;
		this.toStatus = to;
		this.effectiveOn = effectiveOn;
		this.reason = reason;
		this.evidence = evidence;
		this.changedBy = changedBy;
	}

	StudentStatus getFromStatus() {
		return this.fromStatus;
	}

	StudentStatus getToStatus() {
		return this.toStatus;
	}

}
