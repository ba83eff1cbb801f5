package com.clinigrad.students;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

import com.clinigrad.shared.BusinessRuleException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A student's record. Guards its status: only the changes {@link StudentStatus} allows.
 */
@Entity
@Audited
class Student {

	/** How many years after today a status change may take effect at the latest. */
	static final int MAX_YEARS_AHEAD = 1;

	/** The reason a status change records when an import file set the status. */
	static final String IMPORT_REASON = "import";

	/** The reason recorded for the first status of a student registered on the page. */
	static final String REGISTERED_REASON = "registered";

	static final List<String> HISTORY_FIELDS = List.of("name", "degreeType", "programCode", "cohortYear",
			"disciplineCode", "admissionType", "sourceSchool", "hospitalId", "supervisorId", "coSupervisorId", "status",
			"statusSince", "supervisorGroupId");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String studentNo;

	private String name;

	@Enumerated(EnumType.STRING)
	private DegreeType degreeType;

	private String programCode;

	private int cohortYear;

	private String disciplineCode;

	@Enumerated(EnumType.STRING)
	private AdmissionType admissionType;

	@Enumerated(EnumType.STRING)
	private SourceSchool sourceSchool;

	private Long hospitalId;

	private Long supervisorId;

	private Long coSupervisorId;

	private Long supervisorGroupId;

	@Enumerated(EnumType.STRING)
	private StudentStatus status = StudentStatus.ENROLLED;

	private LocalDate statusSince;

	@Version
	@NotAudited
	private long version;

	@NotAudited
	private Instant createdAt = Instant.now();

	@NotAudited
	private Instant updatedAt = Instant.now();

	protected Student() {
	}

	/**
	 * @throws BusinessRuleException when the number is not a {@link StudentNumber}
	 */
	Student(String studentNo) {
		if (!StudentNumber.isValid(studentNo)) {
			throw new BusinessRuleException("student.error.invalidNumber", String.valueOf(studentNo));
		}
		this.studentNo = studentNo;
	}

	/**
	 * Applies the record's data (not its status).
	 * @return whether anything changed
	 */
	boolean apply(StudentCommand command, ResolvedReferences refs) {
		if (Objects.equals(this.name, command.name()) && this.degreeType == command.degreeType()
				&& Objects.equals(this.programCode, command.programCode()) && this.cohortYear == command.cohortYear()
				&& Objects.equals(this.disciplineCode, command.disciplineCode())
				&& this.admissionType == command.admissionType() && this.sourceSchool == command.sourceSchool()
				&& Objects.equals(this.hospitalId, refs.hospitalId())
				&& Objects.equals(this.supervisorId, refs.supervisorId())
				&& Objects.equals(this.coSupervisorId, refs.coSupervisorId())) {
			return false;
		}
		this.name = command.name();
		this.degreeType = command.degreeType();
		this.programCode = command.programCode();
		this.cohortYear = command.cohortYear();
		this.disciplineCode = command.disciplineCode();
		this.admissionType = command.admissionType();
		this.sourceSchool = command.sourceSchool();
		this.hospitalId = refs.hospitalId();
		this.supervisorId = refs.supervisorId();
		this.coSupervisorId = refs.coSupervisorId();
		this.updatedAt = Instant.now();
		return true;
	}

	/**
	 * Puts the student in a supervisor group (导师组), or in none.
	 * @return whether anything changed
	 */
	boolean assignGroup(Long groupId) {
		if (Objects.equals(this.supervisorGroupId, groupId)) {
			return false;
		}
		this.supervisorGroupId = groupId;
		this.updatedAt = Instant.now();
		return true;
	}

	/**
	 * Changes the status along an allowed transition, effective on a day between the
	 * student's enrolment ({@link #enrolledOn()}) and one year after today. A status
	 * cannot change before the student was there to have one; and the office records
	 * decisions already taken (a delay, a withdrawal, a degree), which take effect within
	 * the coming academic year at the latest, so a day further ahead is a typing slip
	 * (2062 for 2026), not a plan.
	 * @param today the day of the change
	 * @throws BusinessRuleException when the transition is not allowed or the day is out
	 * of that range
	 */
	StudentStatusChange changeStatus(StudentStatus target, LocalDate effectiveOn, String reason, String evidence,
			String who, LocalDate today) {
		if (!this.status.canChangeTo(target)) {
			throw new BusinessRuleException("student.status.error.illegal",
					new DefaultMessageSourceResolvable(this.status.messageKey()),
					new DefaultMessageSourceResolvable(target.messageKey()));
		}
		if (effectiveOn.isBefore(enrolledOn())) {
			throw new BusinessRuleException("student.status.error.beforeEnrolment", enrolledOn().toString());
		}
		LocalDate latest = today.plusYears(MAX_YEARS_AHEAD);
		if (effectiveOn.isAfter(latest)) {
			throw new BusinessRuleException("student.status.error.tooFarAhead", latest.toString());
		}
		return setStatus(target, effectiveOn, reason, evidence, who);
	}

	/**
	 * Corrects the day the current status took effect, when the record behind it was
	 * corrected; the status stays.
	 */
	void correctStatusSince(StudentStatus status, LocalDate effectiveOn) {
		if (this.status == status) {
			this.statusSince = effectiveOn;
			this.updatedAt = Instant.now();
		}
	}

	/**
	 * @return the day the student enrolled: 1 September of the cohort year, as the other
	 * pages' date checks count it (the graduation of the employment record)
	 */
	LocalDate enrolledOn() {
		return LocalDate.of(this.cohortYear, 9, 1);
	}

	/**
	 * Sets the status of a newly registered student.
	 */
	StudentStatusChange initialStatus(StudentStatus status, String reason, String who) {
		this.status = status;
		this.statusSince = LocalDate.now();
		return new StudentStatusChange(this, null, status, this.statusSince, reason, null, who);
	}

	/**
	 * Sets the status an import file gives, without the transition rules (the file
	 * records the office's existing books); the change is recorded all the same.
	 * @return the change, or {@code null} when the status is unchanged
	 */
	StudentStatusChange importStatus(StudentStatus target, String who) {
		if (this.status == target) {
			return null;
		}
		return setStatus(target, LocalDate.now(), IMPORT_REASON, null, who);
	}

	private StudentStatusChange setStatus(StudentStatus target, LocalDate effectiveOn, String reason, String evidence,
			String who) {
		StudentStatus from = this.status;
		this.status = target;
		this.statusSince = effectiveOn;
		this.updatedAt = Instant.now();
		return new StudentStatusChange(this, from, target, effectiveOn, reason, evidence, who);
	}

	Long getId() {
		return this.id;
	}

	String getStudentNo() {
		return this.studentNo;
	}

	String getName() {
		return this.name;
	}

	DegreeType getDegreeType() {
		return this.degreeType;
	}

	String getProgramCode() {
		return this.programCode;
	}

	int getCohortYear() {
		return this.cohortYear;
	}

	String getDisciplineCode() {
		return this.disciplineCode;
	}

	AdmissionType getAdmissionType() {
		return this.admissionType;
	}

	SourceSchool getSourceSchool() {
		return this.sourceSchool;
	}

	Long getHospitalId() {
		return this.hospitalId;
	}

	Long getSupervisorId() {
		return this.supervisorId;
	}

	Long getCoSupervisorId() {
		return this.coSupervisorId;
	}

	Long getSupervisorGroupId() {
		return this.supervisorGroupId;
	}

	StudentStatus getStatus() {
		return this.status;
	}

	LocalDate getStatusSince() {
		return this.statusSince;
	}

	long getVersion() {
		return this.version;
	}

	/**
	 * Ids resolved from the command's codes.
	 */
	record ResolvedReferences(Long hospitalId, Long supervisorId, Long coSupervisorId) {
	}

}
