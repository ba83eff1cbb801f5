package com.clinigrad.organization;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A department (科室) of a hospital where trainees rotate. Its trainee capacity is recorded
 * or, when not, derived from its beds (beds ÷ 4, DOMAIN §4).
 */
@Entity
class Department {

	/**
	 * Beds per trainee when no capacity is recorded (the sources' target of 4–6 beds).
	 */
	static final int BEDS_PER_TRAINEE = 4;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long hospitalId;

	private String code;

	private String name;

	private String nameEn;

	private String subspecialty;

	private Integer beds;

	private Integer capacity;

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Department() {
	}

	boolean update(String name, String nameEn, String subspecialty, Integer beds, Integer capacity) {
		if (Objects.equals(this.name, name) && Objects.equals(this.nameEn, nameEn)
				&& Objects.equals(this.subspecialty, subspecialty) && Objects.equals(this.beds, beds)
				&& Objects.equals(this.capacity, capacity)) {
			return false;
		}
		this.name = name;
		this.nameEn = nameEn;
		this.subspecialty = subspecialty;
		this.beds = beds;
		this.capacity = capacity;
		this.updatedAt = Instant.now();
		return true;
	}

	Integer effectiveCapacity() {
		return effectiveCapacity(this.beds, this.capacity);
	}

	/**
	 * @return the capacity in force with these beds and this recorded capacity
	 */
	static Integer effectiveCapacity(Integer beds, Integer capacity) {
		if (capacity != null) {
			return capacity;
		}
		return (beds != null) ? beds / BEDS_PER_TRAINEE : null;
	}

	DepartmentView toView(Hospital hospital) {
		return new DepartmentView(this.id, this.hospitalId, hospital.getCode(), this.code, this.name, this.nameEn,
				this.subspecialty, this.beds, this.capacity, effectiveCapacity(), this.version);
	}

	Long getId() {
		return this.id;
	}

	Long getHospitalId() {
		return this.hospitalId;
	}

	String getCode() {
		return this.code;
	}

	long getVersion() {
		return this.version;
	}

}
