package com.clinigrad.imports;

import java.util.List;

import com.clinigrad.careers.DestinationKind;
import com.clinigrad.careers.EmploymentCommand;
import com.clinigrad.careers.GraduateEmployment;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code employment} (exchange format v1.1): each graduate's destination, keyed by the
 * student number, with the graduation day, the destination kind, the employer and the
 * region (province). An unknown student is an error of its row.
 */
@Component
@Order(140)
class EmploymentImporter implements DatasetImporter<EmploymentCommand, KnownStudents> {

	private final GraduateEmployment employment;

	private final StudentNumbers students;

	EmploymentImporter(GraduateEmployment employment, StudentNumbers students) {
		this.employment = employment;
		this.students = students;
	}

	@Override
	public String name() {
		return "employment";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("student_no"), ImportColumn.required("graduated_on"),
				ImportColumn.required("destination_kind"), ImportColumn.optional("employer"),
				ImportColumn.optional("region"));
	}

	@Override
	public List<String> key() {
		return List.of("student_no");
	}

	@Override
	public List<String> example() {
		return List.of("M2021001", "2024-06-30", "HOSPITAL_TERTIARY", "北京协和医院", "北京");
	}

	@Override
	public List<String> tables() {
		return List.of("employment");
	}

	@Override
	public EmploymentCommand read(RowReader row) {
		EmploymentCommand command = new EmploymentCommand(row.studentNo("student_no"), row.date("graduated_on"),
				row.choice("destination_kind", List.of(DestinationKind.values())), row.text("employer", 200),
				row.text("region", 40));
		return row.valid() ? command : null;
	}

	@Override
	public KnownStudents checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		return this.students.check(rows, problems);
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<EmploymentCommand> commands, KnownStudents references) {
		return this.employment.importEmployment(commands);
	}

	@Override
	public boolean apply(EmploymentCommand command, KnownStudents references) {
		return applyAll(List.of(command), references) > 0;
	}

}
