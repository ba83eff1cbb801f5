package com.clinigrad.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.DiversionCaseWorkflow;
import com.clinigrad.eligibility.OpenDelayCase;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StatusChangeView;
import com.clinigrad.students.StudentFacts;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentView;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment rolls finance pays from (发放名单): the monthly stipend roll of a scheme for a
 * month (every student the scheme's monthly awards reach, the amount from the scheme with
 * Zhejiang's raise after the mid-term, paused while delayed as the status history says)
 * and the one-off roll of a final list; each row names the scheme, the award type and the
 * month or list it comes from. The bank account shows in full to finance only. Also a
 * student's funding history and their bank account.
 */
@Service
@Transactional(readOnly = true)
public class PaymentRolls {

	private final AwardSchemes schemes;

	private final AwardRounds rounds;

	private final StudentFunding funding;

	private final StudentRegistry students;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final HardshipRecognition hardship;

	private final EthicsFile ethics;

	private final DiversionCaseWorkflow cases;

	PaymentRolls(AwardSchemes schemes, AwardRounds rounds, StudentFunding funding, StudentRegistry students,
			JdbcClient jdbc, CurrentUsers currentUsers, HardshipRecognition hardship, EthicsFile ethics,
			DiversionCaseWorkflow cases) {
		this.schemes = schemes;
		this.rounds = rounds;
		this.funding = funding;
		this.students = students;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.hardship = hardship;
		this.ethics = ethics;
		this.cases = cases;
	}

	/**
	 * The schemes with monthly awards and the final lists, for the rolls' index.
	 */
	public List<RollSource> sources() {
		this.currentUsers.require(Role.FINANCE, Role.GRAD_SCHOOL);
		return this.jdbc.sql("""
				select s.id, s.year, s.university, s.name, s.name_en, r.id as round_id, r.finalised_at
				from award_scheme s left join award_round r on r.scheme_id = s.id and r.state = 'FINAL'
				order by s.year desc, s.university
				""")
			.query((rs, n) -> new RollSource(rs.getLong("id"), rs.getInt("year"), rs.getString("university"),
					rs.getString("name"), rs.getString("name_en"), rs.getObject("round_id", Long.class), List.of()))
			.list()
			.stream()
			.map((s) -> new RollSource(s.schemeId(), s.year(), s.university(), s.name(), s.nameEn(), s.roundId(),
					this.schemes.load(s.schemeId())
						.map((v) -> v.types().stream().filter(PaymentRolls::isHardship).toList())
						.orElse(List.of())))
			.toList();
	}

	/**
	 * The monthly stipend roll of a scheme for a month.
	 */
	public RollView monthly(long schemeId, YearMonth month) {
		CurrentUser user = this.currentUsers.require(Role.FINANCE, Role.GRAD_SCHOOL);
		SchemeView scheme = this.schemes.load(schemeId)
			.orElseThrow(() -> new AwardNotFoundException("scheme " + schemeId));
		List<AwardTypeView> monthly = monthlyTypes(scheme);
		List<StudentFacts> population = this.students.factsOf(scheme.programCodes());
		Set<Long> ids = population.stream().map(StudentFacts::id).collect(Collectors.toSet());
		Map<Long, List<StatusChangeView>> changes = this.students.statusChangesOf(ids);
		Map<Long, LocalDate> midterms = this.funding.midtermPassed(ids);
		Map<Long, String[]> accounts = accounts(ids);
		LocalDate first = month.atDay(1);
		List<RollView.Row> rows = new ArrayList<>();
		List<RollView.Paused> paused = new ArrayList<>();
		for (StudentFacts student : population) {
			List<StatusChangeView> history = changes.getOrDefault(student.id(), List.of());
			StudentStatus status = StipendMonths.statusOn(student.status(), history, first);
			for (AwardTypeView type : monthly) {
				if (!type.admits(student.degreeType(), student.admissionType(), student.cohortYear(), scheme.year())
						|| !StipendMonths.paidMonth(type.months(), month)) {
					continue;
				}
				if (status != StudentStatus.ENROLLED) {
					StatusChangeView since = StipendMonths.since(history, first);
					paused.add(new RollView.Paused(student.studentNo(), student.name(), type, status,
							(since != null) ? since.effectiveOn() : null));
					continue;
				}
				StipendAmount amount = StipendRate.of(type, midterms.get(student.id()), month);
				rows.add(new RollView.Row(student.studentNo(), student.name(), student.hospitalCode(),
						account(accounts.get(student.id()), user), amount.amount(), month.toString(), type, scheme.id(),
						null, amount.raised(), "S" + scheme.id() + "-T" + type.id() + "-" + month));
			}
		}
		return new RollView(scheme.id(), scheme.name(), scheme.nameEn(), month.toString(), null, rows, paused);
	}

	/**
	 * The one-off roll of a final list: each winner with the award's amount.
	 */
	public RollView oneOff(long roundId) {
		CurrentUser user = this.currentUsers.require(Role.FINANCE, Role.GRAD_SCHOOL);
		AwardRound round = this.rounds.load(roundId);
		SchemeView scheme = this.schemes.load(round.schemeId())
			.orElseThrow(() -> new AwardNotFoundException("scheme " + round.schemeId()));
		List<RoundView.LineView> winners = this.rounds.finalWinners(roundId);
		Map<Long, String[]> accounts = accounts(winners.stream().map(RoundView.LineView::studentId).toList());
		List<RollView.Row> rows = new ArrayList<>();
		for (RoundView.LineView line : winners) {
			AwardTypeView type = line.award();
			rows.add(new RollView.Row(line.studentNo(), line.name(), line.hospitalCode(),
					account(accounts.get(line.studentId()), user),
					(type.amount() != null) ? type.amount() : BigDecimal.ZERO, String.valueOf(scheme.year()), type,
					scheme.id(), roundId, false, "S" + scheme.id() + "-T" + type.id() + "-R" + roundId));
		}
		return new RollView(scheme.id(), scheme.name(), scheme.nameEn(), String.valueOf(scheme.year()), roundId, rows,
				List.of());
	}

	/**
	 * What a scheme's hardship grant or tuition reduction pays in the scheme year: the
	 * students of its programs the graduate school recognised at a level (a recognition
	 * withdrawn since is no longer one), each with the amount the scheme sets for their
	 * level. A veto in the medical-ethics file within the scheme's veto period excludes
	 * the student (as from every award of the scheme); a delayed student's grant or
	 * reduction is paused while delayed, as the stipends are, and comes back on return;
	 * so is that of a student whose chosen delay waits in a diversion case (the rule of
	 * {@link Exclusion#ofDelay}, as for the awards).
	 * @param typeId a hardship grant or tuition reduction type of the scheme
	 */
	public HardshipRoll hardship(long schemeId, long typeId) {
		CurrentUser user = this.currentUsers.require(Role.FINANCE, Role.GRAD_SCHOOL);
		SchemeView scheme = this.schemes.load(schemeId)
			.orElseThrow(() -> new AwardNotFoundException("scheme " + schemeId));
		AwardTypeView type = scheme.types()
			.stream()
			.filter((t) -> t.id() == typeId && isHardship(t))
			.findFirst()
			.orElseThrow(() -> new AwardNotFoundException("hardship award type " + typeId));
		boolean grant = type.kind() == AwardKind.HARDSHIP_GRANT;
		Map<HardshipLevel, BigDecimal> amounts = this.hardship.amounts(schemeId).getOrDefault(typeId, Map.of());
		Map<Long, StudentFacts> population = new HashMap<>();
		for (StudentFacts student : this.students.factsOf(scheme.programCodes())) {
			population.put(student.id(), student);
		}
		List<Object[]> decisions = new ArrayList<>();
		this.jdbc.sql("""
				select id, student_id, level, decided_at from hardship_application
				where year = :y and state = :recognised order by id
				""").param("y", scheme.year()).param("recognised", HardshipState.RECOGNISED.name()).query((rs) -> {
			if (population.containsKey(rs.getLong("student_id"))) {
				decisions.add(new Object[] { rs.getLong("id"), rs.getLong("student_id"),
						HardshipLevel.valueOf(rs.getString("level")), day(rs.getTimestamp("decided_at")) });
			}
		});
		Set<Long> ids = decisions.stream().map((d) -> (Long) d[1]).collect(Collectors.toSet());
		LocalDate asOf = SchoolTime.today();
		LocalDate yearEnd = LocalDate.of(scheme.year(), 12, 31);
		if (asOf.isAfter(yearEnd)) {
			asOf = yearEnd;
		}
		Map<Long, LocalDate> vetoes = this.ethics.vetoes(ids, asOf.minusMonths(scheme.vetoMonths()), asOf);
		Map<Long, List<StatusChangeView>> changes = this.students.statusChangesOf(ids);
		Map<Long, OpenDelayCase> delayCases = this.cases.openDelayCases(ids);
		Map<Long, String[]> accounts = grant ? accounts(ids) : Map.of();
		List<HardshipRoll.Row> rows = new ArrayList<>();
		List<HardshipRoll.Left> left = new ArrayList<>();
		for (Object[] decision : decisions) {
			long decisionId = (Long) decision[0];
			StudentFacts student = population.get((Long) decision[1]);
			HardshipLevel level = (HardshipLevel) decision[2];
			BigDecimal amount = amounts.get(level);
			if (amount == null || !type.admits(student.degreeType(), student.admissionType(), student.cohortYear(),
					scheme.year())) {
				continue;
			}
			if (vetoes.containsKey(student.id())) {
				left.add(new HardshipRoll.Left(student.studentNo(), student.name(), level,
						new Exclusion(Exclusion.Reason.ETHICS_VETO, vetoes.get(student.id()))));
				continue;
			}
			StatusChangeView since = (student.status() == StudentStatus.DELAYED)
					? StipendMonths.since(changes.getOrDefault(student.id(), List.of()), SchoolTime.today()) : null;
			Exclusion delay = Exclusion.ofDelay(student.status(), (since != null) ? since.effectiveOn() : null,
					delayCases.get(student.id()));
			if (delay != null) {
				left.add(new HardshipRoll.Left(student.studentNo(), student.name(), level, delay));
				continue;
			}
			rows.add(new HardshipRoll.Row(student.studentNo(), student.name(), student.hospitalCode(),
					grant ? account(accounts.get(student.id()), user) : null, level, amount, scheme.id(), type.id(),
					decisionId, (LocalDate) decision[3], "S" + scheme.id() + "-T" + type.id() + "-H" + decisionId));
		}
		return new HardshipRoll(scheme.id(), scheme.name(), scheme.nameEn(), scheme.year(), type, grant, rows, left);
	}

	private static LocalDate day(java.sql.Timestamp at) {
		return (at != null) ? at.toInstant().atZone(SchoolTime.ZONE).toLocalDate() : null;
	}

	/**
	 * A student's funding history over the last twelve months (from the cohort's first
	 * September at the earliest), for whoever may see the student.
	 * @throws AwardNotFoundException when there is no such student or the caller may not
	 * see them
	 */
	public FundingHistory history(String studentNo) {
		CurrentUser user = this.currentUsers.current();
		StudentKey key = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new AwardNotFoundException("student " + studentNo));
		StudentView student = this.students.byStudentNo(studentNo)
			.orElseThrow(() -> new AwardNotFoundException("student " + studentNo));
		YearMonth now = YearMonth.from(SchoolTime.today());
		YearMonth start = now.minusMonths(11);
		YearMonth cohortStart = YearMonth.of(student.cohortYear(), 9);
		if (start.isBefore(cohortStart)) {
			start = cohortStart;
		}
		SchemeView scheme = this.schemes.schemeFor(student.programCode(), now.getYear()).orElse(null);
		List<FundingHistory.Month> months = new ArrayList<>();
		if (scheme != null) {
			List<StatusChangeView> history = this.students.statusChangesOf(List.of(key.id()))
				.getOrDefault(key.id(), List.of());
			LocalDate midterm = this.funding.midtermPassed(List.of(key.id())).get(key.id());
			for (YearMonth month = now; !month.isBefore(start); month = month.minusMonths(1)) {
				LocalDate first = month.atDay(1);
				StudentStatus status = StipendMonths.statusOn(student.status(), history, first);
				for (AwardTypeView type : monthlyTypes(scheme)) {
					if (!type.admits(student.degreeType(), student.admissionType(), student.cohortYear(),
							scheme.year())) {
						continue;
					}
					if (!StipendMonths.paidMonth(type.months(), month)) {
						months.add(new FundingHistory.Month(month, type, null, false, null, null, true));
					}
					else if (status != StudentStatus.ENROLLED) {
						StatusChangeView since = StipendMonths.since(history, first);
						months.add(new FundingHistory.Month(month, type, null, false, status,
								(since != null) ? since.effectiveOn() : null, false));
					}
					else {
						StipendAmount amount = StipendRate.of(type, midterm, month);
						months.add(new FundingHistory.Month(month, type, amount.amount(), amount.raised(), null, null,
								false));
					}
				}
			}
		}
		List<FundingHistory.Award> awards = finalAwards(key.id());
		String[] account = accounts(List.of(key.id())).get(key.id());
		return new FundingHistory(student, scheme, months, awards, hardshipOf(key.id(), student.programCode()),
				(account != null) ? account[0] : null, account(account, user), mayEditAccount(user, studentNo));
	}

	/**
	 * Records the bank account a student's awards are paid into: the student themself or
	 * finance.
	 */
	@Transactional
	public void saveBankAccount(String studentNo, String bankName, String accountNo) {
		CurrentUser user = this.currentUsers.current();
		StudentKey key = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new AwardNotFoundException("student " + studentNo));
		if (!mayEditAccount(user, studentNo)) {
			throw new AccessDeniedException("Only the student or finance records the bank account");
		}
		store(key, bankName, accountNo, user.username());
	}

	/**
	 * Records a bank account given outside the app (the finance office's register), with
	 * the checks {@link #saveBankAccount} makes of the account but no caller check: for
	 * loaders that run without a logged-in user.
	 */
	@Transactional
	public void saveBankAccountAs(String studentNo, String bankName, String accountNo, String recordedBy) {
		StudentKey key = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		if (key == null) {
			throw new AwardNotFoundException("student " + studentNo);
		}
		store(key, bankName, accountNo, recordedBy);
	}

	private void store(StudentKey key, String bankName, String accountNo, String by) {
		String studentNo = key.studentNo();
		String digits = (accountNo != null) ? accountNo.replace(" ", "") : "";
		if (!digits.matches("[0-9]{8,32}")) {
			throw new BusinessRuleException("award.error.bankAccount");
		}
		if (bankName == null || bankName.isBlank()) {
			throw new BusinessRuleException("award.error.bankName");
		}
		int updated = this.jdbc
			.sql("""
					insert into student_bank_account (student_id, bank_name, account_no, updated_by) values (:s, :b, :a, :by)
					on conflict (student_id) do update set bank_name = excluded.bank_name, account_no = excluded.account_no,
					       updated_by = excluded.updated_by, updated_at = now(), version = student_bank_account.version + 1
					""")
			.param("s", key.id())
			.param("b", bankName.strip())
			.param("a", digits)
			.param("by", by)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Bank account of " + studentNo + " changed meanwhile");
		}
	}

	private static boolean mayEditAccount(CurrentUser user, String studentNo) {
		return user.has(Role.FINANCE) || (user.has(Role.STUDENT) && studentNo.equals(user.studentNo()));
	}

	private List<FundingHistory.Award> finalAwards(long studentId) {
		List<FundingHistory.Award> awards = new ArrayList<>();
		this.jdbc
			.sql("""
					select r.id, r.scheme_id, l.award_type_id from award_list_line l join award_round r on r.id = l.round_id
					where l.student_id = :s and r.state = 'FINAL' and l.award_type_id is not null order by r.finalised_at desc
					""")
			.param("s", studentId)
			.query((rs) -> {
				SchemeView scheme = this.schemes.load(rs.getLong("scheme_id")).orElseThrow();
				AwardTypeView type = scheme.type(rs.getLong("award_type_id"));
				awards.add(new FundingHistory.Award(rs.getLong("id"), scheme.name(), scheme.nameEn(), type,
						type.amount()));
			});
		return awards;
	}

	/**
	 * The hardship grants and tuition reductions of the years the student was recognised
	 * in (and not withdrawn since), at the amounts of that year's scheme.
	 */
	private List<FundingHardship> hardshipOf(long studentId, String programCode) {
		List<Object[]> decisions = new ArrayList<>();
		this.jdbc.sql("""
				select id, year, level, decided_at from hardship_application
				where student_id = :s and state = :recognised order by year desc
				""").param("s", studentId).param("recognised", HardshipState.RECOGNISED.name()).query((rs) -> {
			decisions.add(new Object[] { rs.getLong("id"), rs.getInt("year"),
					HardshipLevel.valueOf(rs.getString("level")), day(rs.getTimestamp("decided_at")) });
		});
		List<FundingHardship> lines = new ArrayList<>();
		for (Object[] decision : decisions) {
			int year = (Integer) decision[1];
			HardshipLevel level = (HardshipLevel) decision[2];
			SchemeView scheme = this.schemes.schemeFor(programCode, year).orElse(null);
			if (scheme == null) {
				continue;
			}
			Map<Long, Map<HardshipLevel, BigDecimal>> amounts = this.hardship.amounts(scheme.id());
			for (AwardTypeView type : scheme.types()) {
				if (isHardship(type)) {
					lines.add(
							new FundingHardship(year, level, type, amounts.getOrDefault(type.id(), Map.of()).get(level),
									(Long) decision[0], (LocalDate) decision[3]));
				}
			}
		}
		return lines;
	}

	static boolean isHardship(AwardTypeView type) {
		return type.kind() == AwardKind.HARDSHIP_GRANT || type.kind() == AwardKind.TUITION_REDUCTION;
	}

	private static List<AwardTypeView> monthlyTypes(SchemeView scheme) {
		return scheme.types().stream().filter(AwardTypeView::isMonthlyStipend).toList();
	}

	private Map<Long, String[]> accounts(Collection<Long> ids) {
		Map<Long, String[]> accounts = new HashMap<>();
		if (ids.isEmpty()) {
			return accounts;
		}
		this.jdbc.sql("select student_id, bank_name, account_no from student_bank_account where student_id in (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				accounts.put(rs.getLong("student_id"),
						new String[] { rs.getString("bank_name"), rs.getString("account_no") });
			});
		return accounts;
	}

	/**
	 * @return the account in full for finance, else all but the last four digits masked
	 */
	static String account(String[] account, CurrentUser user) {
		if (account == null) {
			return null;
		}
		String number = account[1];
		if (user.has(Role.FINANCE)) {
			return number;
		}
		return "*".repeat(Math.max(0, number.length() - 4)) + number.substring(Math.max(0, number.length() - 4));
	}

	/**
	 * A scheme and its final list, if any, as the rolls' index lists them.
	 */
	public record RollSource(long schemeId, int year, String university, String name, String nameEn, Long roundId,
			List<AwardTypeView> hardshipTypes) {

		public String displayName(boolean english) {
			return english ? this.nameEn : this.name;
		}

	}

}
