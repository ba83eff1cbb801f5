package com.clinigrad.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.clinigrad.accounts.AccountAdministration;
import com.clinigrad.accounts.AccountCommand;
import com.clinigrad.accounts.Role;
import com.clinigrad.awards.AwardRounds;
import com.clinigrad.awards.AwardSchemes;
import com.clinigrad.awards.EthicsCommand;
import com.clinigrad.awards.HardshipCommand;
import com.clinigrad.awards.HardshipLevel;
import com.clinigrad.awards.HardshipRecognition;
import com.clinigrad.awards.PaymentRolls;
import com.clinigrad.awards.RoundView;
import com.clinigrad.awards.SchemeSummary;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.students.StudentStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's award cycle, run through the same services the offices use, each step signed
 * in as the office that takes it: last year's PUMC list computed, reviewed by every
 * hospital office, approved, published and made final (its dates set back to last
 * autumn), so that finance has a one-off roll; this year's PUMC list in publicity with a
 * student's objection waiting; bank accounts for the winners and the demo student; and
 * hardship recognition — the demo student's application waiting for the hospital office,
 * a Tianjin doctoral student recognised at the special level.
 */
@Component
class DemoAwardCycle {

	private final AwardSchemes schemes;

	private final AwardRounds rounds;

	private final PaymentRolls rolls;

	private final HardshipRecognition hardship;

	private final AccountAdministration accounts;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	DemoAwardCycle(AwardSchemes schemes, AwardRounds rounds, PaymentRolls rolls, HardshipRecognition hardship,
			AccountAdministration accounts, UserDetailsService users, JdbcClient jdbc) {
		this.schemes = schemes;
		this.rounds = rounds;
		this.rolls = rolls;
		this.hardship = hardship;
		this.accounts = accounts;
		this.users = users;
		this.jdbc = jdbc;
	}

	void load(University university, String student, LocalDate today) {
		// an office login for each hospital besides the demo office (H01), so that each
		// reviews its students' part of the lists
		for (Map<String, String> hospital : university.hospitals()) {
			String code = hospital.get("code");
			if (!"H01".equals(code) && !this.accounts.exists(officeLogin(code))) {
				this.accounts.createSystemAccount(officeLogin(code), DemoLogins.PASSWORD, new AccountCommand(
						hospital.get("name") + "教育处", true, EnumSet.of(Role.HOSPITAL_OFFICE), code, null, null, null));
			}
		}
		int year = today.getYear();
		long current = as("grad",
				() -> this.schemes.schemes()
					.stream()
					.filter((s) -> "PUMC".equals(s.university()) && s.year() == year)
					.map(SchemeSummary::id)
					.findFirst()
					.orElseThrow());
		// last year's list, final
		long last = as("grad", () -> this.schemes.copyToYear(current, year - 1));
		long lastRound = as("grad", () -> this.rounds.compute(last, LocalDate.of(year - 1, 10, 15)));
		reviewAndPublish(lastRound, today, today);
		as("grad", () -> {
			this.rounds.finalise(lastRound, this.rounds.round(lastRound).version());
			return null;
		});
		this.jdbc.sql("""
				update award_round set publicity_start = :start, publicity_end = :end, approved_at = :approved,
				       published_at = :start, finalised_at = :final where id = :id
				""")
			.param("start", LocalDate.of(year - 1, 10, 20))
			.param("end", LocalDate.of(year - 1, 10, 26))
			.param("approved", LocalDate.of(year - 1, 10, 18))
			.param("final", LocalDate.of(year - 1, 10, 28))
			.param("id", lastRound)
			.update();
		// bank accounts of last year's winners and of the demo student
		List<RoundView.LineView> winners = as("grad",
				() -> this.rounds.round(lastRound).lines().stream().filter((l) -> l.award() != null).toList());
		int n = 0;
		for (RoundView.LineView winner : winners) {
			this.rolls.saveBankAccountAs(winner.studentNo(), BANKS[n % BANKS.length],
					"6222 0210 %04d %04d %03d".formatted(1000 + n * 37, 4000 + n * 53, n), "finance");
			n++;
		}
		this.rolls.saveBankAccountAs(student, "中国工商银行", "6222 0210 0088 6631 205", "finance");

		// this year's list in publicity, a student's objection waiting
		long round = as("grad", () -> this.rounds.compute(current, today.minusDays(12)));
		reviewAndPublish(round, today.minusDays(2), today.plusDays(5));
		String objector = objector(university, student);
		as(objector.equals(student) ? "student" : STUDENT_LOGIN, () -> {
			this.rounds.object(round, "本人以第一作者发表的SCI论文已于9月被接收，科研成果认定已提交但未计入综合测评，申请复核科研成绩。");
			return null;
		});

		// hardship recognition
		this.hardship.applyAs(student,
				new HardshipCommand(year, HardshipLevel.GENERAL,
						"父亲务农，母亲因慢性肾病长期透析，家庭年收入约2.6万元；弟弟在读高中。本人读研期间主要依靠助学金和助学贷款。",
						List.of(pdf("家庭经济情况调查表.pdf"), pdf("医院诊断证明.pdf"))));
		if (!objector.equals(student)) {
			// one waiting for the demo hospital office (H01) too
			this.hardship.applyAs(objector, new HardshipCommand(year, HardshipLevel.SPECIAL,
					"家住农村，父母务农，家庭年收入不足2万元；今年8月家中房屋因洪水受损，正在申请困难补助。", List.of(pdf("村委会家庭经济困难证明.pdf"))));
		}
		university.students()
			.stream()
			.filter((row) -> "TMU-PRO-DOCTOR".equals(row.get("program_code"))
					&& StudentStatus.ENROLLED.name().equals(row.get("status")))
			.findFirst()
			.ifPresent((row) -> recognised(row.get("student_no"), row.get("hospital_code"), year));
	}

	private void recognised(String studentNo, String hospital, int year) {
		long id = this.hardship.applyAs(studentNo, new HardshipCommand(year, HardshipLevel.SPECIAL,
				"单亲家庭，母亲下岗后无固定收入，家庭享受城市最低生活保障。", List.of(pdf("低保证明.pdf"))));
		as(officeLogin(hospital), () -> {
			this.hardship.review(id, this.hardship.application(id).version(), true, HardshipLevel.SPECIAL,
					"材料齐全，情况属实。");
			return null;
		});
		as("grad", () -> {
			this.hardship.decide(id, this.hardship.application(id).version(), true, HardshipLevel.SPECIAL,
					"经学院公示无异议，认定为特别困难。");
			return null;
		});
	}

	private void reviewAndPublish(long round, LocalDate start, LocalDate end) {
		for (String hospital : as("grad", () -> this.rounds.round(round).hospitalsToReview())) {
			as(officeLogin(hospital), () -> {
				this.rounds.review(round, "已核对本院学生名单及综合测评成绩。");
				return null;
			});
		}
		as("grad", () -> {
			this.rounds.approve(round, this.rounds.round(round).version());
			this.rounds.publish(round, this.rounds.round(round).version(), start, end);
			return null;
		});
	}

	/**
	 * The demo student when in the PUMC population, else the first enrolled PUMC student
	 * of the demo hospital, with a login of their own.
	 */
	private String objector(University university, String student) {
		boolean pumc = university.students()
			.stream()
			.anyMatch((row) -> student.equals(row.get("student_no")) && PUMC.equals(row.get("program_code")));
		if (pumc) {
			return student;
		}
		Map<String, String> row = university.students()
			.stream()
			.filter((r) -> PUMC.equals(r.get("program_code")) && "H01".equals(r.get("hospital_code"))
					&& StudentStatus.ENROLLED.name().equals(r.get("status")))
			.findFirst()
			.orElseThrow();
		if (!this.accounts.exists(STUDENT_LOGIN)) {
			this.accounts.createSystemAccount(STUDENT_LOGIN, DemoLogins.PASSWORD, new AccountCommand(row.get("name"),
					true, EnumSet.of(Role.STUDENT), null, null, null, row.get("student_no")));
		}
		return row.get("student_no");
	}

	private static String officeLogin(String hospital) {
		return "H01".equals(hospital) ? "hospital" : "hospital-" + hospital.toLowerCase(java.util.Locale.ROOT);
	}

	private static EthicsCommand.Evidence pdf(String name) {
		return new EthicsCommand.Evidence(name, "application/pdf",
				("%PDF-1.4\n% " + name + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Runs a step signed in as a demo login, as the office would take it.
	 */
	private <T> T as(String username, Supplier<T> step) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static final String PUMC = "PUMC-PRO-MASTER";

	private static final String STUDENT_LOGIN = "student-pumc";

	private static final String[] BANKS = { "中国工商银行", "中国建设银行", "中国银行", "招商银行" };

}
