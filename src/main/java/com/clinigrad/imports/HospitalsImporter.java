package com.clinigrad.imports;

import java.util.List;

import com.clinigrad.organization.HospitalRecord;
import com.clinigrad.organization.Organization;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code hospitals}: teaching hospitals by code.
 */
@Component
@Order(10)
class HospitalsImporter implements DatasetImporter<HospitalsImporter.HospitalRow, Void> {

	private final Organization organization;

	HospitalsImporter(Organization organization) {
		this.organization = organization;
	}

	@Override
	public String name() {
		return "hospitals";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("code"), ImportColumn.required("name"), ImportColumn.optional("name_en"));
	}

	@Override
	public List<String> tables() {
		return List.of("hospital");
	}

	@Override
	public List<String> key() {
		return List.of("code");
	}

	@Override
	public List<String> example() {
		return List.of("PUMCH", "北京协和医院", "Peking Union Medical College Hospital");
	}

	@Override
	public HospitalRow read(RowReader row) {
		HospitalRow hospital = new HospitalRow(row.text("code", 32), row.text("name", 200), row.text("name_en", 200));
		return row.valid() ? hospital : null;
	}

	@Override
	public Void checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		return null;
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<HospitalRow> commands, Void references) {
		return this.organization.upsertHospitals(commands.stream()
			.map((command) -> new HospitalRecord(command.code(), command.name(), command.nameEn()))
			.toList());
	}

	@Override
	public boolean apply(HospitalRow command, Void references) {
		return applyAll(List.of(command), references) > 0;
	}

	record HospitalRow(String code, String name, String nameEn) {
	}

}
