package com.clinigrad.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.rotations.ExamResult;
import com.clinigrad.rotations.RotationEntry;
import com.clinigrad.rotations.RotationRecords;
import com.clinigrad.students.StudentKey;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code rotations}: a student's rotation in a department (key: student, hospital,
 * department, start date), with the end-of-rotation exam and its retake. The hospital
 * defaults to the student's.
 */
@Component
@Order(70)
class RotationsImporter implements DatasetImporter<RotationsImporter.RotationRow, RotationsImporter.References> {

	private final RotationRecords rotations;

	private final Organization organization;

	private final StudentNumbers students;

	RotationsImporter(RotationRecords rotations, Organization organization, StudentNumbers students) {
		this.rotations = rotations;
		this.organization = organization;
		this.students = students;
	}

	@Override
	public String name() {
		return "rotations";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("student_no"), ImportColumn.optional("hospital_code"),
				ImportColumn.required("department_code"), ImportColumn.required("start_date"),
				ImportColumn.required("end_date"), ImportColumn.optional("chief_resident"),
				ImportColumn.optional("exam_result"), ImportColumn.optional("retake_result"));
	}

	@Override
	public List<String> tables() {
		return List.of("rotation");
	}

	@Override
	public List<String> key() {
		return List.of("student_no", "hospital_code", "department_code", "start_date");
	}

	@Override
	public List<String> example() {
		return List.of("M2024001", "PUMCH", "CARD", "2024-09-01", "2024-11-30", "false", "PASS", "");
	}

	@Override
	public RotationRow read(RowReader row) {
		String studentNo = row.studentNo("student_no");
		String hospital = row.text("hospital_code", 32);
		String department = row.text("department_code", 32);
		LocalDate start = row.date("start_date");
		LocalDate end = row.date("end_date");
		boolean chief = row.bool("chief_resident");
		ExamResult exam = row.choice("exam_result", List.of(ExamResult.values()));
		ExamResult retake = row.choice("retake_result", List.of(ExamResult.values()));
		if (start != null && end != null && end.isBefore(start)) {
			row.reject("end_date", "imports.error.endBeforeStart", start);
		}
		return row.valid() ? new RotationRow(studentNo, hospital, department, start, end, chief, exam, retake) : null;
	}

	/**
	 * Checks the students, hospitals and departments, and the key with the hospital each
	 * row means: a row without a hospital code is the student's hospital, so it repeats a
	 * row that names that hospital (a repeat with the same cells is found before, with
	 * every key).
	 */
	@Override
	public References checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		KnownStudents students = this.students.check(rows, problems);
		Map<String, Long> departments = departments();
		Set<String> hospitals = this.organization.hospitals()
			.stream()
			.map(HospitalRef::code)
			.collect(Collectors.toSet());
		Map<List<String>, ImportTable.Row> keys = new HashMap<>();
		for (ImportTable.Row row : rows) {
			StudentKey student = students.find(row.value("student_no"));
			if (student == null) {
				continue;
			}
			boolean defaulted = row.value("hospital_code").isEmpty();
			String hospital = defaulted ? student.hospitalCode() : row.value("hospital_code");
			String department = row.value("department_code");
			if (hospital == null) {
				problems.add(row.number(), "hospital_code", "", "imports.error.noHospital", student.studentNo());
			}
			else if (!hospitals.contains(hospital)) {
				problems.add(row.number(), "hospital_code", hospital, "imports.error.unknownHospital", hospital);
			}
			else if (!departments.containsKey(hospital + "/" + department) && !department.isEmpty()) {
				problems.add(row.number(), "department_code", department, "imports.error.unknownDepartment", department,
						hospital);
			}
			else if (!department.isEmpty() && !row.value("start_date").isEmpty()) {
				ImportTable.Row first = keys
					.putIfAbsent(List.of(student.studentNo(), hospital, department, row.value("start_date")), row);
				if (first != null && (defaulted || first.value("hospital_code").isEmpty())) {
					problems.add(row.number(), "start_date", row.value("start_date"), "imports.error.duplicate",
							first.number());
				}
			}
		}
		return new References(students, departments);
	}

	@Override
	public boolean batched() {
		return true;
	}

	/**
	 * Writes in batches with the students and departments the check found for the whole
	 * file.
	 */
	@Override
	public int applyAll(List<RotationRow> commands, References references) {
		List<RotationEntry> entries = new ArrayList<>(commands.size());
		for (RotationRow command : commands) {
			StudentKey student = references.students().key(command.studentNo());
			String hospital = (command.hospitalCode() != null) ? command.hospitalCode() : student.hospitalCode();
			Long department = references.departments().get(hospital + "/" + command.departmentCode());
			if (department == null) {
				throw new IllegalStateException("Unknown department " + command.departmentCode());
			}
			entries.add(new RotationEntry(student.id(), department, command.startDate(), command.endDate(),
					command.chiefResident(), command.examResult(), command.retakeResult()));
		}
		return this.rotations.upsertAll(entries);
	}

	@Override
	public boolean apply(RotationRow command, References references) {
		return applyAll(List.of(command), references) > 0;
	}

	private Map<String, Long> departments() {
		Map<String, Long> departments = new HashMap<>();
		for (DepartmentView department : this.organization.allDepartments()) {
			departments.put(department.hospitalCode() + "/" + department.code(), department.id());
		}
		return departments;
	}

	record RotationRow(String studentNo, String hospitalCode, String departmentCode, LocalDate startDate,
			LocalDate endDate, boolean chiefResident, ExamResult examResult, ExamResult retakeResult) {
	}

	/**
	 * The students of a file and every department by {@code hospital/department} code,
	 * looked up once.
	 */
	record References(KnownStudents students, Map<String, Long> departments) {
	}

}
