package com.clinigrad.organization;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A clinical teaching hospital (临床医学院 / 教学医院).
 */
@Entity
class Hospital {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String nameEn;

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Hospital() {
	}

	HospitalRef toRef() {
		return new HospitalRef(this.id, this.code, this.name, this.nameEn);
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

}
