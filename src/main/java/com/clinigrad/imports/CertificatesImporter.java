package com.clinigrad.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.CertificateView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code certificates}: the medical license and the residency completion certificate, one
 * of each per student, written in batches
 * ({@link AchievementRecords#upsertCertificates}).
 */
@Component
@Order(80)
class CertificatesImporter implements DatasetImporter<CertificatesImporter.CertificateRow, KnownStudents> {

	enum Type {

		MEDICAL_LICENSE, RESIDENCY_COMPLETION

	}

	private final AchievementRecords achievements;

	private final StudentNumbers students;

	CertificatesImporter(AchievementRecords achievements, StudentNumbers students) {
		this.achievements = achievements;
		this.students = students;
	}

	@Override
	public String name() {
		return "certificates";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("student_no"), ImportColumn.required("type"),
				ImportColumn.required("obtained_on"));
	}

	@Override
	public List<String> tables() {
		return List.of("certificate");
	}

	@Override
	public List<String> key() {
		return List.of("student_no", "type");
	}

	@Override
	public List<String> example() {
		return List.of("M2024001", "MEDICAL_LICENSE", "2026-08-15");
	}

	@Override
	public CertificateRow read(RowReader row) {
		CertificateRow certificate = new CertificateRow(row.studentNo("student_no"),
				row.choice("type", List.of(Type.values())), row.date("obtained_on"));
		return row.valid() ? certificate : null;
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
	public int applyAll(List<CertificateRow> commands, KnownStudents known) {
		List<Map.Entry<Long, CertificateView>> certificates = new ArrayList<>(commands.size());
		for (CertificateRow command : commands) {
			certificates.add(Map.entry(known.id(command.studentNo()),
					new CertificateView(command.type().name(), command.obtainedOn())));
		}
		return this.achievements.upsertCertificates(certificates);
	}

	@Override
	public boolean apply(CertificateRow command, KnownStudents known) {
		return applyAll(List.of(command), known) > 0;
	}

	record CertificateRow(String studentNo, Type type, LocalDate obtainedOn) {
	}

}
