package com.clinigrad.supervisors;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A supervisor's absence abroad (出国/出境) and the deputy (代理导师) who sees and acts for their
 * students from the day they leave to the day they return; the period ends by its date,
 * nothing needs to close it.
 */
@Entity
class SupervisorAbsence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long supervisorId;

	private String destination;

	private String purpose;

	private LocalDate leavesOn;

	private LocalDate returnsOn;

	private Long deputyId;

	private String recordedBy;

	private Instant recordedAt = Instant.now();

	@Version
	private long version;

	protected SupervisorAbsence() {
	}

	SupervisorAbsence(long supervisorId, String destination, String purpose, LocalDate leavesOn, LocalDate returnsOn,
			Long deputyId, String recordedBy) {
		this.supervisorId = supervisorId;
		this.destination = destination;
		this.purpose = purpose;
		this.leavesOn = leavesOn;
		this.returnsOn = returnsOn;
		this.deputyId = deputyId;
		this.recordedBy = recordedBy;
	}

	Long getId() {
		return this.id;
	}

	long getSupervisorId() {
		return this.supervisorId;
	}

	String getDestination() {
		return this.destination;
	}

	String getPurpose() {
		return this.purpose;
	}

	LocalDate getLeavesOn() {
		return this.leavesOn;
	}

	LocalDate getReturnsOn() {
		return this.returnsOn;
	}

	Long getDeputyId() {
		return this.deputyId;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

}
