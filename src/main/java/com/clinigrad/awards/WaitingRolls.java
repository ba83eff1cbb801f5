package com.clinigrad.awards;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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

	private final AwardSchemes schemes;

	private final JdbcClient jdbc;

	WaitingRolls(CurrentUsers currentUsers, AwardSchemes schemes, JdbcClient jdbc) {
		this.currentUsers = currentUsers;
		this.schemes = schemes;
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
		long paying = this.jdbc.sql("select id from award_scheme where year = :year")
			.param("year", month.getYear())
			.query(Long.class)
			.list()
			.stream()
			.flatMap((id) -> this.schemes.load(id).stream())
			.filter((scheme) -> scheme.types()
				.stream()
				.anyMatch((type) -> type.isMonthlyStipend() && StipendMonths.paidMonth(type.months(), month)))
			.count();
		long lists = this.jdbc.sql("select count(*) from award_round where state = :final and finalised_at >= :since")
			.param("final", RoundState.FINAL.name())
			.param("since", java.sql.Timestamp.from(Instant.now().minus(RECENT_DAYS, ChronoUnit.DAYS)))
			.query(Long.class)
			.single();
		return List.of(WaitingTask.of("task.rolls.monthly", paying, "/awards/rolls"),
				WaitingTask.of("task.rolls.finalLists", lists, "/awards/rolls"));
	}

}
