package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.admissions.EnrollmentPlans;
import com.clinigrad.careers.DestinationKind;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.imports.ImportReport;
import com.clinigrad.imports.ImportService;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentStatus;

import org.springframework.stereotype.Component;

/**
 * The annual report's inputs in the demo: admissions and graduate destinations, imported
 * through the {@code admissions} and {@code employment} datasets: last year's applicants
 * (the admitted ones are that cohort's students, with some who were not admitted), this
 * year's applicants with a few admitted and waiting to be enrolled on
 * {@code /admissions}, and a destination for every graduate of the demo, graduated last
 * summer; and this year's supervision survey ({@link DemoSurveys}).
 */
@Component
class DemoAdmissions {

	private static final String[] SCHOOLS = { "山东大学", "中南大学", "四川大学", "吉林大学", "郑州大学", "南开大学" };

	private static final String[] REGIONS = { "北京", "北京", "天津", "河北", "山东", "浙江", "上海", "广东" };

	private static final DestinationKind[] KINDS = { DestinationKind.HOSPITAL_TERTIARY,
			DestinationKind.HOSPITAL_TERTIARY, DestinationKind.HOSPITAL_TERTIARY, DestinationKind.HOSPITAL_OTHER,
			DestinationKind.UNIVERSITY, DestinationKind.FURTHER_STUDY, DestinationKind.ABROAD,
			DestinationKind.OTHER_EMPLOYED, DestinationKind.HOSPITAL_TERTIARY, DestinationKind.UNEMPLOYED };

	private static final String[] NAMES = { "陈思远", "林晓雨", "黄志强", "周文静", "吴浩然", "郑雅琪", "孙博文", "马丽娜", "朱子涵", "胡晨曦", "郭嘉怡",
			"何俊杰" };

	private final ImportService imports;

	private final DemoSurveys surveys;

	private final EnrollmentPlans plans;

	private final DemoMentoring mentoring;

	DemoAdmissions(ImportService imports, DemoSurveys surveys, EnrollmentPlans plans, DemoMentoring mentoring) {
		this.mentoring = mentoring;
		this.imports = imports;
		this.surveys = surveys;
		this.plans = plans;
	}

	/**
	 * @param bySupervision the supervisors by their number of students, as the loader
	 * orders them
	 */
	void load(University university, List<String> bySupervision, LocalDate today) {
		int year = today.getYear();
		List<Map<String, String>> admissions = new ArrayList<>();
		int n = 0;
		for (Map<String, String> student : university.students()) {
			if (!Integer.toString(year - 1).equals(student.get("cohort_year"))) {
				continue;
			}
			boolean own = SourceSchool.OWN.name().equals(student.get("source_school"));
			admissions.add(row(year - 1, "A" + (year - 1) + String.format("%04d", ++n), student.get("name"),
					student.get("program_code"), student.get("discipline_code"), student.get("admission_type"),
					own ? "OWN" : "OTHER", own ? "" : SCHOOLS[n % SCHOOLS.length], n % 4 != 0, true,
					student.get("student_no")));
		}
		int admittedLastYear = n;
		for (int i = 0; i < admittedLastYear / 2 + 3; i++) {
			admissions.add(row(year - 1, "A" + (year - 1) + String.format("%04d", ++n), NAMES[i % NAMES.length],
					(i % 3 == 0) ? "TMU-PRO-DOCTOR" : "PUMC-PRO-MASTER", "105101", "EXAM", "OTHER",
					SCHOOLS[i % SCHOOLS.length], i % 2 == 0, false, ""));
		}
		for (int i = 0; i < 24; i++) {
			boolean admitted = i < 8;
			admissions.add(row(year, "A" + year + String.format("%04d", i + 1),
					NAMES[i % NAMES.length].charAt(0) + NAMES[(i + i / 12 + 5) % NAMES.length].substring(1),
					(i % 4 == 0) ? "TMU-PRO-DOCTOR" : "PUMC-PRO-MASTER", (i % 3 == 0) ? "105102" : "105101",
					(i % 5 == 0) ? "EXEMPT" : "EXAM", (i % 3 == 0) ? "OWN" : "OTHER",
					(i % 3 == 0) ? "" : SCHOOLS[i % SCHOOLS.length], i % 4 != 1, admitted, ""));
		}
		check(this.imports.importRows("admissions", admissions));
		plan(admissions, year);

		List<Map<String, String>> employment = new ArrayList<>();
		int g = 0;
		for (Map<String, String> student : university.students()) {
			if (!StudentStatus.GRADUATED.name().equals(student.get("status"))) {
				continue;
			}
			DestinationKind kind = KINDS[g % KINDS.length];
			Map<String, String> row = new LinkedHashMap<>();
			row.put("student_no", student.get("student_no"));
			row.put("graduated_on", (year - 1) + ((g % 5 == 0) ? "-12-20" : "-06-30"));
			row.put("destination_kind", kind.name());
			row.put("employer", switch (kind) {
				case HOSPITAL_TERTIARY -> (g % 2 == 0) ? "北京协和医院" : "天津医科大学总医院";
				case HOSPITAL_OTHER -> "市第二人民医院";
				case UNIVERSITY -> "华和医科大学";
				case FURTHER_STUDY -> "华和医科大学（博士）";
				case ABROAD -> "约翰斯·霍普金斯大学";
				case OTHER_EMPLOYED -> "医药企业";
				case UNEMPLOYED -> "";
			});
			row.put("region", (kind == DestinationKind.UNEMPLOYED) ? ""
					: ((kind == DestinationKind.ABROAD) ? "境外" : REGIONS[g % REGIONS.length]));
			employment.add(row);
			g++;
		}
		check(this.imports.importRows("employment", employment));
		String demoStudent = this.surveys.load(university, bySupervision, today);
		this.mentoring.load(university, demoStudent, today);
	}

	/**
	 * The enrollment plans of both years: last year's a little above what was admitted
	 * (most lines filled, one short), this year's set in spring and raised once by the
	 * ministry's additional places.
	 */
	private void plan(List<Map<String, String>> admissions, int year) {
		Map<String, Integer> admitted = new java.util.TreeMap<>();
		for (Map<String, String> row : admissions) {
			String key = row.get("year") + "/" + row.get("program_code") + "/" + row.get("discipline_code");
			admitted.merge(key, Boolean.parseBoolean(row.get("admitted")) ? 1 : 0, Integer::sum);
		}
		int i = 0;
		for (Map.Entry<String, Integer> line : admitted.entrySet()) {
			String[] key = line.getKey().split("/");
			int lineYear = Integer.parseInt(key[0]);
			int places = (lineYear < year) ? line.getValue() + ((i++ % 3 == 0) ? 2 : 0) : line.getValue() + 4;
			this.plans.setAs(lineYear, key[1], key[2], places, 0, null, "研究生院招生办");
			if (lineYear == year && i++ % 2 == 0) {
				this.plans.setAs(lineYear, key[1], key[2], places + 2, 1, "教育部下达追加招生指标 2 名", "研究生院招生办");
			}
		}
	}

	private static Map<String, String> row(int year, String applicantNo, String name, String program, String discipline,
			String type, String source, String school, boolean firstChoice, boolean admitted, String studentNo) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("year", Integer.toString(year));
		row.put("applicant_no", applicantNo);
		row.put("name", name);
		row.put("program_code", program);
		row.put("discipline_code", discipline);
		row.put("admission_type", type);
		row.put("source_school", source);
		row.put("source_school_name", school);
		row.put("first_choice", Boolean.toString(firstChoice));
		row.put("admitted", Boolean.toString(admitted));
		row.put("student_no", studentNo);
		return row;
	}

	private static void check(ImportReport report) {
		if (!report.succeeded()) {
			throw new IllegalStateException("Demo " + report.dataset() + " refused: " + report.errors());
		}
	}

}
