package com.clinigrad.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentEntry;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.SupervisorDirectory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code students}: the student record by student number, with program, discipline (a
 * second-level code), supervisors and status ({@code ENROLLED} when empty). The status is
 * taken as the office's books have it, without the transition rules, and recorded as a
 * status change only when it differs. The programs, disciplines, hospitals and
 * supervisors are looked up once for the file and the students written in batches
 * ({@link StudentRegistry#importStudents}).
 */
@Component
@Order(40)
class StudentsImporter implements DatasetImporter<StudentsImporter.StudentRow, StudentsImporter.References> {

	/** The status codes of the contract (not the two the application adds). */
	static final List<StudentStatus> STATUSES = List.of(StudentStatus.ENROLLED, StudentStatus.DELAYED,
			StudentStatus.GRADUATED, StudentStatus.COMPLETED_NO_DEGREE, StudentStatus.TRANSFERRED_ACADEMIC,
			StudentStatus.WITHDRAWN);

	private final StudentRegistry students;

	private final SupervisorDirectory supervisors;

	private final Organization organization;

	StudentsImporter(StudentRegistry students, SupervisorDirectory supervisors, Organization organization) {
		this.students = students;
		this.supervisors = supervisors;
		this.organization = organization;
	}

	@Override
	public String name() {
		return "students";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("student_no"), ImportColumn.required("name"),
				ImportColumn.required("degree_type"), ImportColumn.required("program_code"),
				ImportColumn.required("cohort_year"), ImportColumn.required("discipline_code"),
				ImportColumn.required("admission_type"), ImportColumn.optional("source_school"),
				ImportColumn.optional("hospital_code"), ImportColumn.required("supervisor_staff_no"),
				ImportColumn.optional("co_supervisor_staff_no"), ImportColumn.optional("status"));
	}

	@Override
	public List<String> tables() {
		return List.of("student");
	}

	@Override
	public List<String> key() {
		return List.of("student_no");
	}

	@Override
	public List<String> example() {
		return List.of("M2024001", "李明", "PRO_MASTER", "PUMC-PRO-MASTER", "2024", "105101", "EXAM", "OWN", "PUMCH",
				"S0001", "", "ENROLLED");
	}

	@Override
	public StudentRow read(RowReader row) {
		StudentCommand command = new StudentCommand(row.studentNo("student_no"), row.text("name", 100),
				row.choice("degree_type", List.of(DegreeType.values())), row.text("program_code", 40),
				intOrZero(row.integer("cohort_year", 1990, 2100)), row.text("discipline_code", 16),
				row.choice("admission_type", List.of(AdmissionType.values())),
				row.choice("source_school", List.of(SourceSchool.values())), row.text("hospital_code", 32),
				row.text("supervisor_staff_no", 32), row.text("co_supervisor_staff_no", 32));
		StudentStatus status = row.choice("status", STATUSES);
		return row.valid() ? new StudentRow(command, (status != null) ? status : StudentStatus.ENROLLED) : null;
	}

	@Override
	public References checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		Set<String> programs = this.organization.programs().stream().map(ProgramRef::code).collect(Collectors.toSet());
		Set<String> disciplines = this.organization.secondLevelDisciplines()
			.stream()
			.map(DisciplineRef::code)
			.collect(Collectors.toSet());
		Map<String, Long> hospitalIds = this.organization.hospitals()
			.stream()
			.collect(Collectors.toMap(HospitalRef::code, HospitalRef::id, (a, b) -> a));
		Set<String> hospitals = hospitalIds.keySet();
		Set<String> staffNos = new HashSet<>();
		for (ImportTable.Row row : rows) {
			staffNos.add(row.value("supervisor_staff_no"));
			staffNos.add(row.value("co_supervisor_staff_no"));
		}
		staffNos.remove("");
		Map<String, Long> supervisorIds = this.supervisors.idsByStaffNos(staffNos);
		Set<String> supervisors = supervisorIds.keySet();
		problems.unknownReferences(rows, "program_code", programs, "imports.error.unknownProgram");
		problems.unknownReferences(rows, "discipline_code", disciplines, "imports.error.unknownDiscipline");
		problems.unknownReferences(rows, "hospital_code", hospitals, "imports.error.unknownHospital");
		problems.unknownReferences(rows, "supervisor_staff_no", supervisors, "imports.error.unknownSupervisor");
		problems.unknownReferences(rows, "co_supervisor_staff_no", supervisors, "imports.error.unknownSupervisor");
		for (ImportTable.Row row : rows) {
			String co = row.value("co_supervisor_staff_no");
			if (!co.isEmpty() && co.equals(row.value("supervisor_staff_no"))) {
				problems.add(row.number(), "co_supervisor_staff_no", co, "imports.error.coSupervisorSame");
			}
		}
		return new References(hospitalIds, supervisorIds);
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<StudentRow> commands, References references) {
		List<StudentEntry> entries = new ArrayList<>(commands.size());
		for (StudentRow row : commands) {
			StudentCommand command = row.command();
			entries.add(new StudentEntry(command, row.status(), references.hospital(command.hospitalCode()),
					references.supervisor(command.supervisorStaffNo()), (command.coSupervisorStaffNo() != null)
							? references.supervisor(command.coSupervisorStaffNo()) : null));
		}
		return this.students.importStudents(entries);
	}

	@Override
	public boolean apply(StudentRow command, References references) {
		return applyAll(List.of(command), references) > 0;
	}

	private static int intOrZero(Integer value) {
		return (value != null) ? value : 0;
	}

	record StudentRow(StudentCommand command, StudentStatus status) {
	}

	/**
	 * The hospital and supervisor ids of a file by code and staff number, looked up once.
	 */
	record References(Map<String, Long> hospitals, Map<String, Long> supervisors) {

		Long hospital(String code) {
			if (code == null) {
				return null;
			}
			return require(this.hospitals.get(code), code);
		}

		long supervisor(String staffNo) {
			return require(this.supervisors.get(staffNo), staffNo);
		}

		private static Long require(Long id, String code) {
			if (id == null) {
				throw new IllegalStateException(code + " was not checked");
			}
			return id;
		}

	}

}
