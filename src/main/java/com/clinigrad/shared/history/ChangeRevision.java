package com.clinigrad.shared.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One change-history revision (one transaction) and the login that made it. Its table
 * keeps the name it was created with, {@code audit_revision}: "audit" is the degree
 * audit's word everywhere else.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(ChangeRevisionListener.class)
public class ChangeRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private long timestamp;

	private String username;

	public Long getId() {
		return this.id;
	}

	public long getTimestamp() {
		return this.timestamp;
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
