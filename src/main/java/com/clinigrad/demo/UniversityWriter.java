package com.clinigrad.demo;

import java.util.List;
import java.util.Map;

import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.imports.ImportReport;
import com.clinigrad.imports.ImportService;

import org.springframework.stereotype.Component;

/**
 * Writes a generated university through the exchange-format imports, the same path an
 * office's files take (with their checks, all or nothing per dataset).
 */
@Component
public class UniversityWriter {

	private final ImportService imports;

	UniversityWriter(ImportService imports) {
		this.imports = imports;
	}

	/**
	 * @throws IllegalStateException when a dataset is refused (a generator bug)
	 */
	public void write(University university) {
		load("hospitals", university.hospitals());
		load("departments", university.departments());
		load("supervisors", university.supervisors());
		load("students", university.students());
	}

	/**
	 * Writes generated academic records, dataset by dataset in the given order.
	 */
	public void writeRecords(Map<String, List<Map<String, String>>> records) {
		records.forEach(this::load);
	}

	private void load(String dataset, List<Map<String, String>> rows) {
		ImportReport report = this.imports.importRows(dataset, rows);
		if (!report.errors().isEmpty()) {
			throw new IllegalStateException("Generated " + dataset + " refused: "
					+ report.errors().subList(0, Math.min(5, report.errors().size())));
		}
	}

}
