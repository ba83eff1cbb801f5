package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.AccountAdministration;
import com.clinigrad.accounts.AccountCommand;
import com.clinigrad.accounts.Role;
import com.clinigrad.awards.EthicsCommand;
import com.clinigrad.awards.EthicsFile;
import com.clinigrad.awards.EthicsSource;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.theses.MilestoneResult;
import com.clinigrad.theses.MilestoneView;
import com.clinigrad.theses.ThesisRecords;

import org.springframework.stereotype.Component;

/**
 * The demo's awards: the demo student's medical-ethics file (a patient's praise, a
 * commendation, a complaint), a veto in the file of another student of the same hospital,
 * and a Zhejiang doctoral student whose mid-term assessment passed two months ago, so
 * that their stipend shows the higher amount; the finance office's login; and the award
 * cycle of {@link DemoAwardCycle}.
 */
@Component
class DemoAwards {

	private final EthicsFile ethics;

	private final ThesisRecords theses;

	private final StudentRegistry students;

	private final AccountAdministration accounts;

	private final DemoAwardCycle cycle;

	DemoAwards(EthicsFile ethics, ThesisRecords theses, StudentRegistry students, AccountAdministration accounts,
			DemoAwardCycle cycle) {
		this.ethics = ethics;
		this.theses = theses;
		this.students = students;
		this.accounts = accounts;
		this.cycle = cycle;
	}

	void load(University university, String student, LocalDate today) {
		if (!this.accounts.exists("finance")) {
			// the finance office reads the payment rolls with the bank accounts in full
			this.accounts.createSystemAccount("finance", DemoLogins.PASSWORD,
					new AccountCommand("财务处", true, EnumSet.of(Role.FINANCE), null, null, null, null));
		}
		entry(student, today.minusMonths(5), EthicsSource.PATIENT_PRAISE, "患者家属送来感谢信，称赞其夜班时耐心解释病情、及时处理术后发热。", false,
				true);
		entry(student, today.minusMonths(3), EthicsSource.COMMENDATION, "获评本院“优秀住院医师”（2026年第三季度）。", false, false);
		entry(student, today.minusMonths(1), EthicsSource.COMPLAINT, "门诊患者投诉候诊时解释不够耐心；经科室核实已当面致歉，患者表示谅解。", false, true);
		String hospital = university.students()
			.stream()
			.filter((row) -> student.equals(row.get("student_no")))
			.map((row) -> row.get("hospital_code"))
			.findFirst()
			.orElseThrow();
		university.students()
			.stream()
			.filter((row) -> hospital.equals(row.get("hospital_code")) && !student.equals(row.get("student_no"))
					&& StudentStatus.ENROLLED.name().equals(row.get("status")))
			.map((row) -> row.get("student_no"))
			.findFirst()
			.ifPresent((other) -> entry(other, today.minusMonths(2), EthicsSource.INCIDENT,
					"擅自修改病历记录，经医院医疗质量管理委员会认定为严重违反医德医风。", true, true));
		university.students()
			.stream()
			.filter((row) -> "ZJU-DOCTOR".equals(row.get("program_code"))
					&& StudentStatus.ENROLLED.name().equals(row.get("status")))
			.map((row) -> row.get("student_no"))
			.findFirst()
			.ifPresent((doctor) -> {
				Map<String, Long> ids = this.students.idsByStudentNo(List.of(doctor));
				this.theses.upsertMilestone(ids.get(doctor),
						new MilestoneView("MIDTERM", today.minusMonths(2), MilestoneResult.PASS));
			});
		this.cycle.load(university, student, today);
	}

	private void entry(String studentNo, LocalDate on, EthicsSource source, String description, boolean veto,
			boolean byOffice) {
		this.ethics.recordAs(studentNo, new EthicsCommand(on, source, description, veto, null), byOffice,
				byOffice ? "附一院教育处" : "研究生院培养办");
	}

}
