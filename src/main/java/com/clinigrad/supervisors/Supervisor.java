package com.clinigrad.supervisors;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A supervisor (导师) and the qualifications that decide what they may supervise and sit
 * on.
 */
@Entity
@Audited
class Supervisor {

	static final java.util.List<String> HISTORY_FIELDS = java.util.List.of("name", "titleLevel", "doctoralSupervisor",
			"masterSupervisor", "institution", "hospitalId", "degreeCommitteeMember", "birthYear", "groupCode",
			"disciplineCode");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String staffNo;

	private String name;

	@Enumerated(EnumType.STRING)
	private TitleLevel titleLevel;

	private boolean doctoralSupervisor;

	private boolean masterSupervisor;

	private String institution;

	private Long hospitalId;

	private boolean degreeCommitteeMember;

	private Integer birthYear;

	private String groupCode;

	private String disciplineCode;

	@Version
	@NotAudited
	private long version;

	@NotAudited
	private Instant createdAt = Instant.now();

	@NotAudited
	private Instant updatedAt = Instant.now();

	protected Supervisor() {
	}

	Supervisor(String staffNo) {
		this.staffNo = staffNo;
	}

	/**
	 * @return whether anything changed
	 */
	boolean apply(SupervisorCommand command, Long hospitalId) {
		String institution = (command.institution() == null || command.institution().isBlank()) ? null
				: command.institution().trim();
		String groupCode = (command.groupCode() == null || command.groupCode().isBlank()) ? null
				: command.groupCode().trim();
		String disciplineCode = (command.disciplineCode() == null || command.disciplineCode().isBlank()) ? null
				: command.disciplineCode().trim();
		if (Objects.equals(this.name, command.name()) && this.titleLevel == command.titleLevel()
				&& this.doctoralSupervisor == command.doctoralSupervisor()
				&& this.masterSupervisor == command.masterSupervisor() && Objects.equals(this.institution, institution)
				&& Objects.equals(this.hospitalId, hospitalId)
				&& this.degreeCommitteeMember == command.degreeCommitteeMember()
				&& Objects.equals(this.birthYear, command.birthYear()) && Objects.equals(this.groupCode, groupCode)
				&& Objects.equals(this.disciplineCode, disciplineCode)) {
			return false;
		}
		this.name = command.name();
		this.titleLevel = command.titleLevel();
		this.doctoralSupervisor = command.doctoralSupervisor();
		this.masterSupervisor = command.masterSupervisor();
		this.institution = institution;
		this.hospitalId = hospitalId;
		this.degreeCommitteeMember = command.degreeCommitteeMember();
		this.birthYear = command.birthYear();
		this.groupCode = groupCode;
		this.disciplineCode = disciplineCode;
		this.updatedAt = Instant.now();
		return true;
	}

	/**
	 * Marks the supervisor as holding a qualification the degree committee granted.
	 */
	void qualify(QualificationKind kind) {
		if (kind == QualificationKind.DOCTORAL_SUPERVISOR) {
			this.doctoralSupervisor = true;
		}
		else {
			this.masterSupervisor = true;
		}
		this.updatedAt = Instant.now();
	}

	SupervisorRef toRef() {
		return new SupervisorRef(this.id, this.staffNo, this.name, this.titleLevel, this.doctoralSupervisor,
				this.masterSupervisor, this.institution, this.hospitalId, this.degreeCommitteeMember, this.birthYear,
				this.groupCode, this.disciplineCode, this.version);
	}

	Long getId() {
		return this.id;
	}

	String getStaffNo() {
		return this.staffNo;
	}

	Long getHospitalId() {
		return this.hospitalId;
	}

	long getVersion() {
		return this.version;
	}

}
