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

	PaymentRolls(AwardSchemes schemes, AwardRounds rounds, StudentFunding funding, StudentRegistry students,
			JdbcClient jdbc, CurrentUsers currentUsers) {
		this.schemes = schemes;
		this.rounds = rounds;
		this.funding = funding;
		this.students = students;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
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
				""").query((rs, n) -> {
			long round = rs.getLong("round_id");
			return new RollSource(rs.getLong("id"), rs.getInt("year"), rs.getString("university"), rs.getString("name"),
					rs.getString("name_en"), rs.wasNull() ? null : round);
		}).list();
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
		return new FundingHistory(student, scheme, months, awards, (account != null) ? account[0] : null,
				account(account, user), mayEditAccount(user, studentNo));
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

	private static List<AwardTypeView> monthlyTypes(SchemeView scheme) {
		return scheme.types()
			.stream()
			.filter((t) -> t.unit() == AmountUnit.PER_MONTH && t.amount() != null && t.months() != null
					&& t.allocation() == Allocation.ALL_ELIGIBLE)
			.toList();
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
	public record RollSource(long schemeId, int year, String university, String name, String nameEn, Long roundId) {

		public String displayName(boolean english) {
			return english ? this.nameEn : this.name;
		}

	}

}
