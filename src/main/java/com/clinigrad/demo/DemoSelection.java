package com.clinigrad.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.selection.EnrollmentSelection;
import com.clinigrad.selection.SuspensionReason;
import com.clinigrad.supervisors.QualificationRegister;
import com.clinigrad.supervisors.QualificationRegister.GrantCommand;

import org.springframework.stereotype.Component;

/**
 * The demo's enrollment selection: grants for most supervisors (a few hold none, and the
 * records suspend them), next year's selection computed as of today under the shipped
 * scheme, places for the master's and doctoral programs of each discipline, a suspension
 * of the demo supervisor for refusing cooperation (their page offers the appeal) and an
 * ethics veto of another supervisor whose appeal waits for the graduate school's
 * decision.
 */
@Component
class DemoSelection {

	private final QualificationRegister register;

	private final EnrollmentSelection selection;

	DemoSelection(QualificationRegister register, EnrollmentSelection selection) {
		this.register = register;
		this.selection = selection;
	}

	/**
	 * @param supervisor the demo supervisor login's staff number
	 * @param vetoed another supervisor, vetoed by the ethics negative list, who appealed
	 */
	void load(University university, String supervisor, String vetoed, LocalDate today) {
		int n = 0;
		Map<String, Integer> byDiscipline = new TreeMap<>();
		for (Map<String, String> person : university.supervisors()) {
			String staffNo = person.get("staff_no");
			String discipline = person.get("discipline_code");
			if (discipline != null && !discipline.isEmpty()) {
				byDiscipline.merge(discipline, 1, Integer::sum);
			}
			n++;
			if (staffNo.equals(supervisor) || n % 9 == 0) {
				continue;
			}
			BigDecimal amount = BigDecimal.valueOf(80_000L + (n * 37_000L) % 900_000L);
			this.register.addGrantAs(staffNo,
					new GrantCommand((n % 3 == 0) ? "国家自然科学基金青年科学基金项目" : (n % 3 == 1) ? "国家自然科学基金面上项目" : "省部级临床研究专项",
							amount, today.minusYears(1 + n % 2).withDayOfYear(1),
							today.plusYears(1 + n % 3).withDayOfYear(1).minusDays(1)),
					"demo");
		}
		int year = today.getYear() + 1;
		this.selection.openAs(year, today, "研究生院培养办");
		byDiscipline.forEach((discipline, supervisors) -> {
			this.selection.setTotalAs(year, discipline, "PUMC-PRO-MASTER", Math.max(1, supervisors / 2));
			this.selection.setTotalAs(year, discipline, "TMU-PRO-DOCTOR", Math.max(1, supervisors / 4));
		});
		this.selection.suspendAs(year, supervisor, SuspensionReason.REFUSED_COOPERATION,
				"2026 年度中期考核材料经三次催交仍未提交（研究生院培养办记录）", "研究生院培养办");
		this.selection.suspendAs(year, vetoed, SuspensionReason.ETHICS_VETO, "医德档案负面清单 2026 年第 3 号通报", "研究生院培养办");
		long veto = this.selection.suspensionsOf(year, vetoed)
			.stream()
			.filter((s) -> s.reason() == SuspensionReason.ETHICS_VETO)
			.findFirst()
			.orElseThrow()
			.id();
		this.selection.appealAs(veto, "通报所涉事件经医院医务处复核，本人并非当事医师，附医务处更正说明。", vetoed);
	}

}
