package com.clinigrad.supervisors;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A supervisor group (导师组): a leader and members who supervise a group of students
 * together, optionally of one hospital.
 */
@Entity
class SupervisorGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private Long hospitalId;

	private long leaderId;

	@ElementCollection
	@CollectionTable(name = "supervisor_group_member", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "supervisor_id")
	private Set<Long> memberIds = new LinkedHashSet<>();

	private String createdBy;

	private Instant createdAt = Instant.now();

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected SupervisorGroup() {
	}

	SupervisorGroup(String code, String createdBy) {
		this.code = code;
		this.createdBy = createdBy;
	}

	/**
	 * Sets the name, hospital, leader and members (the leader is always a member).
	 */
	void apply(String name, Long hospitalId, long leaderId, Set<Long> memberIds, String who) {
		this.name = name;
		this.hospitalId = hospitalId;
		this.leaderId = leaderId;
		this.memberIds.clear();
		this.memberIds.add(leaderId);
		this.memberIds.addAll(memberIds);
		if (this.id != null) {
			this.updatedBy = who;
			this.updatedAt = Instant.now();
		}
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	Long getHospitalId() {
		return this.hospitalId;
	}

	long getLeaderId() {
		return this.leaderId;
	}

	Set<Long> getMemberIds() {
		return this.memberIds;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return (this.updatedAt != null) ? this.updatedAt : this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

}
