package com.clinigrad.admissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admissions office's records (招生): the applicants of each year, keyed by year and
 * applicant number, entered on the page or imported ({@code admissions} dataset), and the
 * admitted ones enrolled as students from what the row already holds. Graduate-school
 * staff only; the figures of a year for the annual report.
 */
@Service
public class Admissions {

	private static final String COLUMNS = """
			id, year, applicant_no, name, program_code, discipline_code, admission_type, source_school,
			source_school_name, first_choice, admitted, student_no, version""";

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final Organization organization;

	private final StudentRegistry students;

	Admissions(JdbcClient jdbc, CurrentUsers currentUsers, Organization organization, StudentRegistry students) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.organization = organization;
		this.students = students;
	}

	/**
	 * The applicants of a year, of one program or all ({@code null}), by program and
	 * applicant number; graduate-school staff.
	 */
	@Transactional(readOnly = true)
	public List<AdmissionView> list(int year, String programCode) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return this.jdbc.sql("select " + COLUMNS + " " + """
				 from admission where year = :year and (cast(:program as varchar) is null or program_code = :program)
				order by program_code, applicant_no""")
			.param("year", year)
			.param("program", programCode)
			.query(Admissions::view)
			.list();
	}

	/**
	 * @return the years that have applicants, the latest first
	 */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return this.jdbc.sql("select distinct year from admission order by year desc").query(Integer.class).list();
	}

	/**
	 * @return the programs an applicant may apply to, for the forms
	 */
	public List<ProgramRef> programs() {
		return this.organization.programs();
	}

	/**
	 * @return the second-level disciplines an applicant may be admitted in, for the forms
	 */
	public List<com.clinigrad.organization.DisciplineRef> disciplines() {
		return this.organization.secondLevelDisciplines();
	}

	/**
	 * @return the hospitals a new student may be placed at, for the enrollment form
	 */
	public List<com.clinigrad.organization.HospitalRef> hospitals() {
		return this.organization.hospitals();
	}

	/**
	 * One applicant; graduate-school staff.
	 */
	@Transactional(readOnly = true)
	public AdmissionView get(long id) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return find(id);
	}

	/**
	 * Records a new applicant; graduate-school staff.
	 * @throws BusinessRuleException when the year already has that applicant number or a
	 * program or discipline is unknown
	 */
	@Transactional
	public long record(AdmissionCommand command) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		checkReferences(command);
		Long taken = this.jdbc.sql("select id from admission where year = :year and applicant_no = :no")
			.param("year", command.year())
			.param("no", command.applicantNo())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (taken != null) {
			throw new BusinessRuleException("admission.error.applicantTaken", command.applicantNo(), command.year());
		}
		upsert(command, this.currentUsers.currentUsername());
		return this.jdbc.sql("select id from admission where year = :year and applicant_no = :no")
			.param("year", command.year())
			.param("no", command.applicantNo())
			.query(Long.class)
			.single();
	}

	/**
	 * Corrects an applicant's row (not the year nor the applicant number);
	 * graduate-school staff.
	 * @throws OptimisticLockingFailureException when the row changed since it was shown
	 */
	@Transactional
	public void edit(long id, long version, AdmissionCommand command) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		AdmissionView current = find(id);
		checkReferences(command);
		int changed = this.jdbc.sql("""
				update admission set name = :name, program_code = :program, discipline_code = :discipline,
				    admission_type = :type, source_school = :source, source_school_name = :sourceName,
				    first_choice = :firstChoice, admitted = :admitted, recorded_by = :who, recorded_at = now(),
				    version = version + 1
				where id = :id and version = :version""")
			.param("name", command.name())
			.param("program", command.programCode())
			.param("discipline", command.disciplineCode())
			.param("type", command.admissionType().name())
			.param("source", (command.sourceSchool() != null) ? command.sourceSchool().name() : null)
			.param("sourceName", command.sourceSchoolName())
			.param("firstChoice", command.firstChoice())
			.param("admitted", command.admitted() || current.studentNo() != null)
			.param("who", this.currentUsers.currentUsername())
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Admission " + id + " changed meanwhile");
		}
	}

	/**
	 * Creates the student record of an admitted applicant from the admission (name,
	 * program and its degree type, discipline, admission type, source school, the year as
	 * cohort) and the student number, supervisor and hospital the office adds; the
	 * admission then names the student. Graduate-school staff.
	 * @throws BusinessRuleException when the applicant was not admitted or is enrolled
	 * already, or the student record refuses (number taken, unknown supervisor)
	 */
	@Transactional
	public String enroll(long id, long version, EnrollmentCommand enrollment) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		AdmissionView admission = find(id);
		if (!admission.admitted()) {
			throw new BusinessRuleException("admission.error.notAdmitted", admission.applicantNo());
		}
		if (admission.studentNo() != null) {
			throw new BusinessRuleException("admission.error.enrolledAlready", admission.applicantNo(),
					admission.studentNo());
		}
		if (admission.version() != version) {
			throw new OptimisticLockingFailureException("Admission " + id + " changed meanwhile");
		}
		ProgramRef program = this.organization.program(admission.programCode())
			.orElseThrow(() -> new BusinessRuleException("admission.error.unknownProgram", admission.programCode()));
		String studentNo = this.students.registerAdmitted(new StudentCommand(enrollment.studentNo(), admission.name(),
				DegreeType.valueOf(program.degreeType()), admission.programCode(), admission.year(),
				admission.disciplineCode(), admission.admissionType(), admission.sourceSchool(),
				enrollment.hospitalCode(), enrollment.supervisorStaffNo(), null));
		this.jdbc.sql("""
				update admission set student_no = :studentNo, recorded_by = :who, recorded_at = now(),
				    version = version + 1 where id = :id""")
			.param("studentNo", studentNo)
			.param("who", this.currentUsers.currentUsername())
			.param("id", id)
			.update();
		return studentNo;
	}

	/**
	 * Creates or updates the applicants of an import file by year and applicant number;
	 * the caller checks the role and the references.
	 * @return how many rows changed anything
	 */
	@Transactional
	public int importAdmissions(List<AdmissionCommand> rows) {
		String who = this.currentUsers.currentUsername();
		int changed = 0;
		for (AdmissionCommand row : rows) {
			changed += upsert(row, who);
		}
		return changed;
	}

	/**
	 * The admissions figures of a year, of one program or of all ({@code null}), as the
	 * annual report counts them; the caller checks the role.
	 */
	@Transactional(readOnly = true)
	public AdmissionFigures figures(int year, String programCode) {
		Map<SourceSchool, Long> bySource = new EnumMap<>(SourceSchool.class);
		for (SourceSchool source : SourceSchool.values()) {
			bySource.put(source, 0L);
		}
		Map<AdmissionType, Long> byType = new EnumMap<>(AdmissionType.class);
		for (AdmissionType type : AdmissionType.values()) {
			byType.put(type, 0L);
		}
		long[] totals = new long[3];
		this.jdbc.sql("""
				select admitted, first_choice, source_school, admission_type, count(*) as n from admission
				where year = :year and (cast(:program as varchar) is null or program_code = :program)
				group by admitted, first_choice, source_school, admission_type""")
			.param("year", year)
			.param("program", programCode)
			.query((ResultSet rs) -> {
				long n = rs.getLong("n");
				totals[0] += n;
				if (rs.getBoolean("admitted")) {
					totals[1] += n;
					if (rs.getBoolean("first_choice")) {
						totals[2] += n;
					}
					String source = rs.getString("source_school");
					if (source != null) {
						bySource.merge(SourceSchool.valueOf(source), n, Long::sum);
					}
					byType.merge(AdmissionType.valueOf(rs.getString("admission_type")), n, Long::sum);
				}
			});
		return new AdmissionFigures(year, totals[0], totals[1], totals[2], bySource, byType);
	}

	private int upsert(AdmissionCommand row, String who) {
		return this.jdbc.sql("""
				insert into admission (year, applicant_no, name, program_code, discipline_code, admission_type,
				    source_school, source_school_name, first_choice, admitted, student_no, recorded_by)
				values (:year, :no, :name, :program, :discipline, :type, :source, :sourceName, :firstChoice,
				    :admitted, :studentNo, :who)
				on conflict (year, applicant_no) do update set name = excluded.name,
				    program_code = excluded.program_code, discipline_code = excluded.discipline_code,
				    admission_type = excluded.admission_type, source_school = excluded.source_school,
				    source_school_name = excluded.source_school_name, first_choice = excluded.first_choice,
				    admitted = excluded.admitted, student_no = excluded.student_no,
				    recorded_by = excluded.recorded_by, recorded_at = now(), version = admission.version + 1
				where (admission.name, admission.program_code, admission.discipline_code, admission.admission_type,
				       admission.source_school, admission.source_school_name, admission.first_choice,
				       admission.admitted, admission.student_no)
				    is distinct from (excluded.name, excluded.program_code, excluded.discipline_code,
				       excluded.admission_type, excluded.source_school, excluded.source_school_name,
				       excluded.first_choice, excluded.admitted, excluded.student_no)""")
			.param("year", row.year())
			.param("no", row.applicantNo())
			.param("name", row.name())
			.param("program", row.programCode())
			.param("discipline", row.disciplineCode())
			.param("type", row.admissionType().name())
			.param("source", (row.sourceSchool() != null) ? row.sourceSchool().name() : null)
			.param("sourceName", row.sourceSchoolName())
			.param("firstChoice", row.firstChoice())
			.param("admitted", row.admitted())
			.param("studentNo", row.studentNo())
			.param("who", who)
			.update();
	}

	private void checkReferences(AdmissionCommand command) {
		if (this.organization.program(command.programCode()).isEmpty()) {
			throw new BusinessRuleException("admission.error.unknownProgram", command.programCode());
		}
		if (this.organization.discipline(command.disciplineCode()).isEmpty()) {
			throw new BusinessRuleException("admission.error.unknownDiscipline", command.disciplineCode());
		}
	}

	private AdmissionView find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from admission where id = :id")
			.param("id", id)
			.query(Admissions::view)
			.optional()
			.orElseThrow(() -> new AdmissionNotFoundException(id));
	}

	private static AdmissionView view(ResultSet rs, int row) throws SQLException {
		String source = rs.getString("source_school");
		return new AdmissionView(rs.getLong("id"), rs.getInt("year"), rs.getString("applicant_no"),
				rs.getString("name"), rs.getString("program_code"), rs.getString("discipline_code"),
				AdmissionType.valueOf(rs.getString("admission_type")),
				(source != null) ? SourceSchool.valueOf(source) : null, rs.getString("source_school_name"),
				rs.getBoolean("first_choice"), rs.getBoolean("admitted"), rs.getString("student_no"),
				rs.getLong("version"));
	}

}
