package com.clinigrad.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.supervisors.QualificationCategory;
import com.clinigrad.supervisors.QualificationKind;
import com.clinigrad.supervisors.QualificationRegister;
import com.clinigrad.supervisors.QualificationRegister.QualificationImport;
import com.clinigrad.supervisors.SupervisorDirectory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code qualifications} (exchange format v1.1): the supervisor qualifications a school
 * already holds, keyed by staff number, kind and day granted, with the decision number,
 * the re-review day and the category ({@code INTERNAL} when empty). An unknown staff
 * number is an error of its row; the supervisors are looked up once for the file.
 */
@Component
@Order(35)
class QualificationsImporter implements DatasetImporter<QualificationImport, Map<String, Long>> {

	private final QualificationRegister register;

	private final SupervisorDirectory supervisors;

	QualificationsImporter(QualificationRegister register, SupervisorDirectory supervisors) {
		this.register = register;
		this.supervisors = supervisors;
	}

	@Override
	public String name() {
		return "qualifications";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("staff_no"), ImportColumn.required("kind"),
				ImportColumn.required("granted_on"), ImportColumn.optional("decision_no"),
				ImportColumn.optional("valid_until"), ImportColumn.optional("category"));
	}

	@Override
	public List<String> key() {
		return List.of("staff_no", "kind", "granted_on");
	}

	@Override
	public List<String> example() {
		return List.of("S0001", "DOCTORAL_SUPERVISOR", "2022-06-30", "校学位〔2022〕12号", "2026-06-30", "INTERNAL");
	}

	@Override
	public List<String> tables() {
		return List.of("supervisor_qualification");
	}

	@Override
	public QualificationImport read(RowReader row) {
		QualificationImport qualification = new QualificationImport(row.text("staff_no", 32),
				row.choice("kind", List.of(QualificationKind.values())), row.date("granted_on"),
				row.text("decision_no", 60), row.date("valid_until"),
				row.choice("category", List.of(QualificationCategory.values())));
		if (qualification.grantedOn() != null && qualification.validUntil() != null
				&& qualification.validUntil().isBefore(qualification.grantedOn())) {
			row.reject("valid_until", "imports.error.validUntilBeforeGranted");
		}
		return row.valid() ? qualification : null;
	}

	@Override
	public Map<String, Long> checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		Set<String> staffNos = new HashSet<>();
		rows.forEach((row) -> staffNos.add(row.value("staff_no")));
		staffNos.remove("");
		Map<String, Long> ids = this.supervisors.idsByStaffNos(staffNos);
		problems.unknownReferences(rows, "staff_no", ids.keySet(), "imports.error.unknownSupervisor");
		return ids;
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<QualificationImport> commands, Map<String, Long> ids) {
		return this.register.importQualifications(commands, ids);
	}

	@Override
	public boolean apply(QualificationImport command, Map<String, Long> ids) {
		return applyAll(List.of(command), ids) > 0;
	}

}
