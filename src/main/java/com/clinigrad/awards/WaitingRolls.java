package com.clinigrad.awards;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the finance office pays from the payment rolls: this month's stipend rolls (the
 * schemes of this year with a monthly stipend paid in this month) and the award lists
 * finalised in the last month.
 */
@Component
class WaitingRolls implements WaitingWork {

	/** How long a finalised award list stays on the finance office's home page. */
	static final int RECENT_DAYS = 31;

	private final CurrentUsers currentUsers;

	private final JdbcClient jdbc;

	WaitingRolls(CurrentUsers currentUsers, JdbcClient jdbc) {
		this.currentUsers = currentUsers;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingTask> forCaller() {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.FINANCE)) {
			return List.of();
		}
		YearMonth month = YearMonth.from(SchoolTime.today());
		List<Long> paying = new ArrayList<>();
		this.jdbc.sql("""
				select t.scheme_id, t.months from award_type t join award_scheme s on s.id = t.scheme_id
				where s.year = :year and t.unit = :monthly and t.allocation = :all and t.amount is not null
				  and t.months is not null
				""")
			.param("year", month.getYear())
			.param("monthly", AmountUnit.PER_MONTH.name())
			.param("all", Allocation.ALL_ELIGIBLE.name())
			.query((rs) -> {
				long scheme = rs.getLong("scheme_id");
				if (StipendMonths.paidMonth(rs.getInt("months"), month) && !paying.contains(scheme)) {
					paying.add(scheme);
				}
			});
		long lists = this.jdbc.sql("select count(*) from award_round where state = :final and finalised_at >= :since")
			.param("final", RoundState.FINAL.name())
			.param("since", java.sql.Timestamp.from(Instant.now().minus(RECENT_DAYS, ChronoUnit.DAYS)))
			.query(Long.class)
			.single();
		return List.of(WaitingTask.of("task.rolls.monthly", paying.size(), "/awards/rolls"),
				WaitingTask.of("task.rolls.finalLists", lists, "/awards/rolls"));
	}

}
