package com.clinigrad.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.imports.ImportReport;
import com.clinigrad.imports.ImportService;
import com.clinigrad.supervisors.ApplicationCommand;
import com.clinigrad.supervisors.ApplicationType;
import com.clinigrad.supervisors.HighestDegree;
import com.clinigrad.supervisors.QualificationCategory;
import com.clinigrad.supervisors.QualificationKind;
import com.clinigrad.supervisors.QualificationRegister;
import com.clinigrad.supervisors.QualificationRegister.GrantCommand;
import com.clinigrad.supervisors.QualificationReview;

import org.springframework.stereotype.Component;

/**
 * The demo's supervisor qualifications: a register imported through the
 * {@code qualifications} dataset (doctoral qualifications granted four years apart, one
 * of them expiring within months — the demo supervisor's own — and one lapsed), this
 * year's application window open, and the demo supervisor's re-review application with a
 * grant, waiting for the graduate school's check.
 */
@Component
class DemoQualifications {

	private final ImportService imports;

	private final QualificationReview review;

	private final QualificationRegister register;

	DemoQualifications(ImportService imports, QualificationReview review, QualificationRegister register) {
		this.imports = imports;
		this.review = review;
		this.register = register;
	}

	/**
	 * @param supervisor the staff number of the demo supervisor login
	 * @param lapsed another supervisor, whose doctoral qualification has lapsed
	 */
	void load(University university, String supervisor, String lapsed, LocalDate today) {
		List<Map<String, String>> rows = new ArrayList<>();
		int n = 0;
		for (Map<String, String> person : university.supervisors()) {
			String staffNo = person.get("staff_no");
			if (staffNo.equals(supervisor) || staffNo.equals(lapsed)) {
				continue;
			}
			LocalDate granted = today.minusYears(1 + (n % 3)).minusMonths(n % 12).withDayOfMonth(1);
			if (Boolean.parseBoolean(person.get("doctoral_supervisor"))) {
				rows.add(row(staffNo, QualificationKind.DOCTORAL_SUPERVISOR, granted, granted.plusYears(4),
						(n % 7 == 0) ? QualificationCategory.PART_TIME : QualificationCategory.INTERNAL));
			}
			if (Boolean.parseBoolean(person.get("master_supervisor"))) {
				rows.add(row(staffNo, QualificationKind.MASTER_SUPERVISOR, granted.minusYears(3), null,
						(person.get("institution") != null && !person.get("institution").isEmpty())
								? QualificationCategory.EXTERNAL : QualificationCategory.INTERNAL));
			}
			if (++n == 40) {
				break;
			}
		}
		// the demo supervisor: master's since long ago, doctoral expiring in four months
		LocalDate expiring = today.plusMonths(4).withDayOfMonth(1);
		rows.add(row(supervisor, QualificationKind.MASTER_SUPERVISOR, expiring.minusYears(9), null,
				QualificationCategory.INTERNAL));
		rows.add(row(supervisor, QualificationKind.DOCTORAL_SUPERVISOR, expiring.minusYears(4), expiring,
				QualificationCategory.INTERNAL));
		rows.add(row(lapsed, QualificationKind.DOCTORAL_SUPERVISOR, today.minusYears(5), today.minusYears(1),
				QualificationCategory.INTERNAL));
		ImportReport report = this.imports.importRows("qualifications", rows);
		if (!report.errors().isEmpty()) {
			throw new IllegalStateException("Demo qualifications refused: " + report.errors());
		}
		LocalDate opens = today.minusDays(20);
		if (opens.getYear() != today.getYear()) {
			opens = today.withDayOfYear(1);
		}
		this.review.setWindowAs(today.getYear(), opens, today.plusDays(60), null, "研究生院培养办");
		this.register.addGrantAs(
				supervisor, new GrantCommand("国家自然科学基金面上项目", new BigDecimal("580000"),
						today.minusYears(1).withDayOfYear(1), today.plusYears(2).withDayOfYear(1).minusDays(1)),
				"demo");
		this.review.applyAs(supervisor,
				new ApplicationCommand(QualificationKind.DOCTORAL_SUPERVISOR, ApplicationType.REREVIEW,
						QualificationCategory.INTERNAL, HighestDegree.DOCTORATE,
						"近三年主讲研究生课程《临床研究方法》32 学时/年，带教专业学位研究生临床轮转。", "申请博士生导师资格复审。"),
				"demo");
	}

	private static Map<String, String> row(String staffNo, QualificationKind kind, LocalDate grantedOn,
			LocalDate validUntil, QualificationCategory category) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("staff_no", staffNo);
		row.put("kind", kind.name());
		row.put("granted_on", grantedOn.toString());
		row.put("decision_no", "校学位〔" + grantedOn.getYear() + "〕" + (grantedOn.getMonthValue() + 10) + "号");
		row.put("valid_until", (validUntil != null) ? validUntil.toString() : "");
		row.put("category", category.name());
		return row;
	}

}
