package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weights of the workload as data with their history: a change adds a row from a year
 * on and never rewrites an earlier one, so that last year's figures stay as they were
 * reported.
 */
@Service
public class WorkloadWeights {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final AccountDirectory accounts;

	WorkloadWeights(JdbcClient jdbc, CurrentUsers currentUsers, AccountDirectory accounts) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
	}

	/**
	 * @return the weight row in force for each activity in the year
	 */
	@Transactional(readOnly = true)
	public Map<WorkloadActivity, WorkloadWeight> inForce(int year) {
		Map<WorkloadActivity, WorkloadWeight> weights = new EnumMap<>(WorkloadActivity.class);
		for (WorkloadWeight weight : history()) {
			if (weight.fromYear() <= year) {
				weights.merge(weight.activity(), weight, (a, b) -> newer(a, b) ? a : b);
			}
		}
		return weights;
	}

	/**
	 * @return every weight ever set, newest first
	 */
	@Transactional(readOnly = true)
	public List<WorkloadWeight> history() {
		List<WorkloadWeight> rows = this.jdbc.sql("""
				select id, activity, from_year, weight, reason, set_by, set_at from workload_weight
				order by from_year desc, id desc
				""")
			.query((rs, n) -> new WorkloadWeight(rs.getLong("id"), WorkloadActivity.valueOf(rs.getString("activity")),
					rs.getInt("from_year"), rs.getBigDecimal("weight"), rs.getString("reason"), rs.getString("set_by"),
					null, rs.getTimestamp("set_at").toInstant()))
			.list();
		Map<String, String> names = this.accounts.displayNames(rows.stream().map(WorkloadWeight::setBy).toList());
		return rows.stream()
			.map((w) -> new WorkloadWeight(w.id(), w.activity(), w.fromYear(), w.weight(), w.reason(), w.setBy(),
					names.getOrDefault(w.setBy(), w.setBy()), w.setAt()))
			.toList();
	}

	/**
	 * Sets a weight from a year on; graduate-school staff only.
	 * @param basedOn the row in force the form showed for that year, so that two offices
	 * changing the same weight at once do not overwrite each other unseen
	 * @throws OptimisticLockingFailureException when another weight was set meanwhile
	 */
	@Transactional
	public void change(WorkloadActivity activity, int fromYear, BigDecimal weight, String reason, long basedOn) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		if (activity == null) {
			throw new BusinessRuleException("workload.error.activity");
		}
		if (weight == null || weight.signum() < 0 || weight.compareTo(new BigDecimal("9999")) > 0) {
			throw new BusinessRuleException("workload.error.weight");
		}
		if (fromYear < 2000 || fromYear > 2100) {
			throw new BusinessRuleException("workload.error.year");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("workload.error.reason");
		}
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('workload_weight'))").query(Object.class).single();
		WorkloadWeight current = inForce(fromYear).get(activity);
		if (current != null && current.id() != basedOn) {
			throw new OptimisticLockingFailureException("Weight of " + activity + " was changed meanwhile");
		}
		this.jdbc.sql("""
				insert into workload_weight (activity, from_year, weight, reason, set_by, set_at)
				values (:a, :y, :w, :r, :by, :at)
				""")
			.param("a", activity.name())
			.param("y", fromYear)
			.param("w", weight)
			.param("r", reason.strip())
			.param("by", this.currentUsers.currentUsername())
			.param("at", new Timestamp(System.currentTimeMillis()))
			.update();
	}

	private static boolean newer(WorkloadWeight a, WorkloadWeight b) {
		return (a.fromYear() != b.fromYear()) ? a.fromYear() > b.fromYear() : a.id() > b.id();
	}

}
