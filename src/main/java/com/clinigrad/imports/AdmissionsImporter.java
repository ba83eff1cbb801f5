package com.clinigrad.imports;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.admissions.AdmissionCommand;
import com.clinigrad.admissions.Admissions;
import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.SourceSchool;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code admissions} (exchange format v1.1): the applicants of a year, keyed by year and
 * applicant number, with program, discipline, admission type, source school, whether the
 * program was their first choice, whether they were admitted and, once enrolled, their
 * student number. An unknown program, discipline or student is an error of its row; each
 * is looked up once for the file.
 */
@Component
@Order(130)
class AdmissionsImporter implements DatasetImporter<AdmissionCommand, Void> {

	private final Admissions admissions;

	private final Organization organization;

	private final StudentNumbers students;

	AdmissionsImporter(Admissions admissions, Organization organization, StudentNumbers students) {
		this.admissions = admissions;
		this.organization = organization;
		this.students = students;
	}

	@Override
	public String name() {
		return "admissions";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("year"), ImportColumn.required("applicant_no"),
				ImportColumn.required("name"), ImportColumn.required("program_code"),
				ImportColumn.required("discipline_code"), ImportColumn.required("admission_type"),
				ImportColumn.optional("source_school"), ImportColumn.optional("source_school_name"),
				ImportColumn.optional("first_choice"), ImportColumn.required("admitted"),
				ImportColumn.optional("student_no"));
	}

	@Override
	public List<String> key() {
		return List.of("year", "applicant_no");
	}

	@Override
	public List<String> example() {
		return List.of("2024", "A2024001", "王芳", "PUMC-PRO-MASTER", "105101", "EXAM", "OTHER", "山东大学", "true", "true",
				"");
	}

	@Override
	public List<String> tables() {
		return List.of("admission");
	}

	@Override
	public AdmissionCommand read(RowReader row) {
		Integer year = row.integer("year", 1990, 2100);
		AdmissionCommand command = new AdmissionCommand((year != null) ? year : 0, row.text("applicant_no", 40),
				row.text("name", 100), row.text("program_code", 40), row.text("discipline_code", 16),
				row.choice("admission_type", List.of(AdmissionType.values())),
				row.choice("source_school", List.of(SourceSchool.values())), row.text("source_school_name", 200),
				row.bool("first_choice"), row.bool("admitted"), row.studentNo("student_no"));
		return row.valid() ? command : null;
	}

	@Override
	public Void checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		Set<String> programs = this.organization.programs().stream().map(ProgramRef::code).collect(Collectors.toSet());
		Set<String> disciplines = this.organization.secondLevelDisciplines()
			.stream()
			.map(DisciplineRef::code)
			.collect(Collectors.toSet());
		problems.unknownReferences(rows, "program_code", programs, "imports.error.unknownProgram");
		problems.unknownReferences(rows, "discipline_code", disciplines, "imports.error.unknownDiscipline");
		this.students.check(rows, problems);
		return null;
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<AdmissionCommand> commands, Void references) {
		return this.admissions.importAdmissions(commands);
	}

	@Override
	public boolean apply(AdmissionCommand command, Void references) {
		return applyAll(List.of(command), references) > 0;
	}

}
