package com.clinigrad.imports;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.organization.DepartmentRecord;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code departments}: a hospital's departments with the sub-specialty each trains, beds
 * and capacity. An empty capacity is stored as not recorded, so that beds ÷ 4 applies.
 */
@Component
@Order(20)
class DepartmentsImporter implements DatasetImporter<DepartmentsImporter.DepartmentRow, Void> {

	static final int MAX_BEDS = 10_000;

	private final Organization organization;

	DepartmentsImporter(Organization organization) {
		this.organization = organization;
	}

	@Override
	public String name() {
		return "departments";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("hospital_code"), ImportColumn.required("code"),
				ImportColumn.required("name"), ImportColumn.requiredMayBeBlank("subspecialty"),
				ImportColumn.optional("beds"), ImportColumn.optional("capacity"));
	}

	@Override
	public List<String> tables() {
		return List.of("department");
	}

	@Override
	public List<String> key() {
		return List.of("hospital_code", "code");
	}

	@Override
	public List<String> example() {
		return List.of("PUMCH", "CARD", "心内科", "心血管病", "60", "");
	}

	@Override
	public DepartmentRow read(RowReader row) {
		DepartmentRow department = new DepartmentRow(row.text("hospital_code", 32), row.text("code", 32),
				row.text("name", 200), row.text("subspecialty", 100), row.integer("beds", 0, MAX_BEDS),
				row.integer("capacity", 0, MAX_BEDS));
		return row.valid() ? department : null;
	}

	@Override
	public Void checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		Set<String> hospitals = this.organization.hospitals()
			.stream()
			.map(HospitalRef::code)
			.collect(Collectors.toSet());
		problems.unknownReferences(rows, "hospital_code", hospitals, "imports.error.unknownHospital");
		return null;
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<DepartmentRow> commands, Void references) {
		return this.organization.upsertDepartments(commands.stream()
			.map((command) -> new DepartmentRecord(command.hospitalCode(), command.code(), command.name(),
					command.subspecialty(), command.beds(), command.capacity()))
			.toList());
	}

	@Override
	public boolean apply(DepartmentRow command, Void references) {
		return applyAll(List.of(command), references) > 0;
	}

	record DepartmentRow(String hospitalCode, String code, String name, String subspecialty, Integer beds,
			Integer capacity) {
	}

}
