package com.clinigrad.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code supervisors}: supervisors (导师) by staff number with their qualifications. An
 * empty institution means the own university. The hospitals are looked up once for the
 * file and the supervisors written in batches
 * ({@link SupervisorDirectory#importSupervisors}).
 */
@Component
@Order(30)
class SupervisorsImporter implements DatasetImporter<SupervisorCommand, Map<String, Long>> {

	private final SupervisorDirectory supervisors;

	private final Organization organization;

	SupervisorsImporter(SupervisorDirectory supervisors, Organization organization) {
		this.supervisors = supervisors;
		this.organization = organization;
	}

	@Override
	public String name() {
		return "supervisors";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("staff_no"), ImportColumn.required("name"),
				ImportColumn.required("title_level"), ImportColumn.required("doctoral_supervisor"),
				ImportColumn.required("master_supervisor"), ImportColumn.optional("institution"),
				ImportColumn.optional("hospital_code"), ImportColumn.optional("degree_committee_member"),
				ImportColumn.optional("birth_year"), ImportColumn.optional("group_code"),
				ImportColumn.optional("discipline_code"));
	}

	@Override
	public List<String> tables() {
		return List.of("supervisor");
	}

	@Override
	public List<String> key() {
		return List.of("staff_no");
	}

	@Override
	public List<String> example() {
		return List.of("S0001", "张伟", "FULL_SENIOR", "true", "true", "", "PUMCH", "false", "1968", "G-CARD", "105101");
	}

	@Override
	public SupervisorCommand read(RowReader row) {
		SupervisorCommand command = new SupervisorCommand(row.text("staff_no", 32), row.text("name", 100),
				row.choice("title_level", List.of(TitleLevel.values())), row.bool("doctoral_supervisor"),
				row.bool("master_supervisor"), row.text("institution", 200), row.text("hospital_code", 32),
				row.bool("degree_committee_member"), row.integer("birth_year", 1900, 2100), row.text("group_code", 40),
				row.text("discipline_code", 16));
		return row.valid() ? command : null;
	}

	@Override
	public Map<String, Long> checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		Map<String, Long> hospitalIds = this.organization.hospitals()
			.stream()
			.collect(Collectors.toMap(HospitalRef::code, HospitalRef::id, (a, b) -> a));
		Set<String> hospitals = hospitalIds.keySet();
		problems.unknownReferences(rows, "hospital_code", hospitals, "imports.error.unknownHospital");
		Set<String> disciplines = this.organization.secondLevelDisciplines()
			.stream()
			.map(DisciplineRef::code)
			.collect(Collectors.toSet());
		problems.unknownReferences(rows, "discipline_code", disciplines, "imports.error.unknownDiscipline");
		return hospitalIds;
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<SupervisorCommand> commands, Map<String, Long> hospitalIds) {
		return this.supervisors.importSupervisors(commands, hospitalIds);
	}

	@Override
	public boolean apply(SupervisorCommand command, Map<String, Long> hospitalIds) {
		return applyAll(List.of(command), hospitalIds) > 0;
	}

}
