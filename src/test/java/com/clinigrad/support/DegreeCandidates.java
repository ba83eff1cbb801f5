package com.clinigrad.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.imports.ImportReport;
import com.clinigrad.imports.ImportService;

import org.springframework.context.ApplicationContext;

/**
 * Students waiting for the degree committee, written through the import service as the
 * graduate school would load them: doctoral students who meet every check of the degree
 * audit, and professional master's students who passed the defense without their
 * certificates.
 */
public final class DegreeCandidates {

	private final Fixtures fixtures;

	private final ImportService imports;

	private DegreeCandidates(ApplicationContext context) {
		this.fixtures = Fixtures.in(context);
		this.imports = context.getBean(ImportService.class);
	}

	public static DegreeCandidates in(ApplicationContext context) {
		return new DegreeCandidates(context);
	}

	/**
	 * @return the numbers of new Zhejiang doctoral students (cohort 2022) with proposal,
	 * mid-term, thesis, five agreeing blind reviews and a passed defense: every degree
	 * audit check met
	 */
	public List<String> eligible(int count, LocalDate defendedOn) {
		String hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(hospital);
		List<String> reviewers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			reviewers.add(this.fixtures.supervisor(null));
		}
		List<String> students = new ArrayList<>();
		List<Map<String, String>> milestones = new ArrayList<>();
		List<Map<String, String>> theses = new ArrayList<>();
		List<Map<String, String>> reviews = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String student = this.fixtures.doctoralStudent("ZJU-DOCTOR", hospital, supervisor, null);
			students.add(student);
			milestones.add(row("student_no", student, "type", "PROPOSAL", "held_on", "2024-03-01", "result", "PASS"));
			milestones.add(row("student_no", student, "type", "MIDTERM", "held_on", "2025-03-01", "result", "PASS"));
			milestones
				.add(row("student_no", student, "type", "DEFENSE", "held_on", defendedOn.toString(), "result", "PASS"));
			theses
				.add(row("student_no", student, "title", "临床研究论文" + student, "body_chars", "42000", "abstract_zh_chars",
						"900", "abstract_en_chars", "1800", "similarity_percent", "8.5", "declaration_signed", "true"));
			for (String reviewer : reviewers) {
				reviews.add(row("student_no", student, "reviewer_staff_no", reviewer, "verdict", "AGREE"));
			}
		}
		load("milestones", milestones);
		load("theses", theses);
		load("reviews", reviews);
		return students;
	}

	/**
	 * @return the numbers of new PUMC professional master's students who passed the
	 * defense but have neither the medical license nor the residency certificate (nor
	 * their credits)
	 */
	public List<String> ineligible(int count, LocalDate defendedOn) {
		String hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(hospital);
		List<String> students = new ArrayList<>();
		List<Map<String, String>> milestones = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String student = this.fixtures.student(hospital, supervisor);
			students.add(student);
			milestones
				.add(row("student_no", student, "type", "DEFENSE", "held_on", defendedOn.toString(), "result", "PASS"));
		}
		load("milestones", milestones);
		return students;
	}

	private void load(String dataset, List<Map<String, String>> rows) {
		ImportReport report = this.imports.importRows(dataset, rows);
		if (!report.errors().isEmpty()) {
			throw new IllegalStateException(dataset + " refused: " + report.errors());
		}
	}

	private static Map<String, String> row(String... pairs) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			row.put(pairs[i], pairs[i + 1]);
		}
		return row;
	}

}
