package com.clinigrad.imports;

import java.time.LocalDate;
import java.util.List;

import com.clinigrad.achievements.AchievementRecords;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code certificates}: the medical license and the residency completion certificate, one
 * of each per student.
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
	public boolean apply(CertificateRow command, KnownStudents known) {
		return this.achievements.upsertCertificate(known.id(command.studentNo()), command.type().name(),
				command.obtainedOn());
	}

	record CertificateRow(String studentNo, Type type, LocalDate obtainedOn) {
	}

}
