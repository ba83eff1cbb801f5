package com.clinigrad.eligibility;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.rules.InvalidRuleSetException;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.eligibility.rules.RuleSpec;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the programs' rule sets: graduate-school staff add a version for the cohorts
 * from a year on (older cohorts keep their version and their verdicts) or correct a
 * version; every save is validated by building the rules, and kept in the version's
 * history with who, when, why and the text before and after.
 */
@Service
public class RuleSetAdmin {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final ProgramRules programRules;

	RuleSetAdmin(JdbcClient jdbc, CurrentUsers currentUsers, ProgramRules programRules) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.programRules = programRules;
	}

	/**
	 * Every version of every program, for the readers of audits.
	 */
	@Transactional(readOnly = true)
	public List<VersionView> versions() {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE, Role.SUPERVISOR);
		return versionsWhere("true", Map.of());
	}

	@Transactional(readOnly = true)
	public Optional<VersionView> version(String programCode, String version) {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE, Role.SUPERVISOR);
		return versionsWhere("r.program_code = :p and r.version = :v", Map.of("p", programCode, "v", version)).stream()
			.findFirst();
	}

	/**
	 * The versions matching the condition with their checks: two queries.
	 */
	private List<VersionView> versionsWhere(String condition, Map<String, Object> params) {
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.sql("""
				select r.id, r.program_code, r.version, r.from_cohort, r.pass_mark, r.note, r.created_by, r.created_at
				from rule_set r where %s order by r.program_code, r.from_cohort nulls first
				""".formatted(condition)).params(params).query((rs) -> {
			rows.add(new Object[] { rs.getLong("id"), rs.getString("program_code"), rs.getString("version"),
					rs.getObject("from_cohort"), rs.getBigDecimal("pass_mark"), rs.getString("note"),
					rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class) });
		});
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<RuleSpec>> specs = new java.util.HashMap<>();
		this.jdbc.sql("""
				select rule_set_id, code, params from rule_set_check where rule_set_id in (:ids)
				order by rule_set_id, position
				""").param("ids", rows.stream().map((row) -> (Long) row[0]).toList()).query((rs) -> {
			specs.computeIfAbsent(rs.getLong("rule_set_id"), (id) -> new ArrayList<>())
				.add(new RuleSpec(rs.getString("code"), ProgramRuleSet.parse(rs.getString("params"))));
		});
		return rows.stream().map((row) -> {
			List<RuleSpec> checks = specs.getOrDefault((Long) row[0], List.of());
			return new VersionView((Long) row[0], (String) row[1], (String) row[2], (Integer) row[3],
					(BigDecimal) row[4], (String) row[5], checks.size(), (String) row[6], (OffsetDateTime) row[7],
					format(checks));
		}).toList();
	}

	/**
	 * @throws EligibilityRecordNotFoundException when there is no such version
	 */
	@Transactional(readOnly = true)
	public VersionView get(String programCode, String version) {
		return version(programCode, version)
			.orElseThrow(() -> new EligibilityRecordNotFoundException("rule set " + programCode + " " + version));
	}

	@Transactional(readOnly = true)
	public List<Change> history(long ruleSetId) {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE, Role.SUPERVISOR);
		return this.jdbc.sql("""
				select change, before_text, after_text, reason, changed_by, changed_at from rule_set_change
				where rule_set_id = :r order by changed_at desc, id desc
				""")
			.param("r", ruleSetId)
			.query((rs, n) -> new Change(rs.getString("change"), rs.getString("before_text"),
					rs.getString("after_text"), rs.getString("reason"), rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Creates a version, or replaces the checks of an existing one; graduate-school
	 * staff.
	 * @param checksText one check per line: the rule code, then its parameters as
	 * {@code key=value;key=value}
	 * @param expectedText the text the editor opened (for an existing version), to refuse
	 * a concurrent edit
	 * @throws BusinessRuleException naming the line or the rule that is wrong
	 */
	@Transactional
	public void save(String programCode, String version, Integer fromCohort, BigDecimal passMark, String note,
			String checksText, String reason, String expectedText) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		if (version == null || !version.matches("[A-Za-z0-9._-]{1,20}")) {
			throw new BusinessRuleException("ruleSet.error.version");
		}
		if (passMark == null || passMark.signum() < 0 || passMark.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new BusinessRuleException("ruleSet.error.passMark");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("ruleSet.error.reason");
		}
		List<RuleSpec> specs = parse(checksText);
		try {
			new RuleSet(programCode, version, passMark, specs).requirements();
		}
		catch (InvalidRuleSetException ex) {
			throw new BusinessRuleException("ruleSet.error.rule", ex.getRule(),
					(ex.getParameter() != null) ? ex.getParameter() : "?");
		}
		Optional<VersionView> existing = version(programCode, version);
		this.programRules.forget();
		String after = header(fromCohort, passMark) + "\n" + format(specs);
		long id;
		if (existing.isPresent()) {
			String before = header(existing.get().fromCohort(), existing.get().passMark()) + "\n"
					+ existing.get().checksText();
			if (expectedText == null) {
				throw new BusinessRuleException("ruleSet.error.versionTaken", version);
			}
			if (!expectedText.replace("\r", "").strip().equals(before.strip())) {
				throw new OptimisticLockingFailureException("Rule set changed meanwhile");
			}
			id = existing.get().id();
			clashingCohort(programCode, fromCohort, id);
			this.jdbc.sql("update rule_set set from_cohort = :c, pass_mark = :m, note = :n where id = :id")
				.param("c", fromCohort)
				.param("m", passMark)
				.param("n", note)
				.param("id", id)
				.update();
			this.jdbc.sql("delete from rule_set_check where rule_set_id = :id").param("id", id).update();
			insertChecks(id, specs);
			record(id, RuleSetChange.EDITED, before, after, reason, user);
		}
		else {
			if (this.jdbc.sql("select count(*) from program where code = :p")
				.param("p", programCode)
				.query(Long.class)
				.single() == 0) {
				throw new BusinessRuleException("ruleSet.error.program", programCode);
			}
			clashingCohort(programCode, fromCohort, -1);
			id = this.jdbc.sql("""
					insert into rule_set (program_code, version, from_cohort, pass_mark, note, created_by)
					values (:p, :v, :c, :m, :n, :who) returning id
					""")
				.param("p", programCode)
				.param("v", version)
				.param("c", fromCohort)
				.param("m", passMark)
				.param("n", note)
				.param("who", user.displayName())
				.query(Long.class)
				.single();
			insertChecks(id, specs);
			record(id, RuleSetChange.CREATED, null, after, reason, user);
		}
	}

	private void clashingCohort(String programCode, Integer fromCohort, long ownId) {
		boolean clash = this.jdbc.sql("""
				select count(*) from rule_set where program_code = :p and id <> :id
				and from_cohort is not distinct from cast(:c as integer)
				""").param("p", programCode).param("id", ownId).param("c", fromCohort).query(Long.class).single() > 0;
		if (clash) {
			throw new BusinessRuleException("ruleSet.error.cohortTaken", String.valueOf(fromCohort));
		}
	}

	private void insertChecks(long id, List<RuleSpec> specs) {
		int position = 1;
		for (RuleSpec spec : specs) {
			this.jdbc
				.sql("insert into rule_set_check (rule_set_id, position, code, params) values (:r, :p, :c, :params)")
				.param("r", id)
				.param("p", position++)
				.param("c", spec.code())
				.param("params", params(spec))
				.update();
		}
	}

	private void record(long id, RuleSetChange change, String before, String after, String reason, CurrentUser user) {
		this.jdbc.sql("""
				insert into rule_set_change (rule_set_id, change, before_text, after_text, reason, changed_by)
				values (:r, :c, :b, :a, :why, :who)
				""")
			.param("r", id)
			.param("c", change.name())
			.param("b", before)
			.param("a", after)
			.param("why", reason.trim())
			.param("who", user.displayName())
			.update();
	}

	/**
	 * @throws BusinessRuleException for an unknown or repeated code or a malformed line
	 */
	static List<RuleSpec> parse(String text) {
		List<RuleSpec> specs = new ArrayList<>();
		if (text == null) {
			return specs;
		}
		int line = 0;
		for (String raw : text.split("\\R")) {
			line++;
			String trimmed = raw.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] parts = trimmed.split("\\s+", 2);
			String code = parts[0];
			if (!RuleSet.CODES.contains(code)) {
				throw new BusinessRuleException("ruleSet.error.unknownCode", String.valueOf(line), code);
			}
			if (specs.stream().anyMatch((s) -> s.code().equals(code))) {
				throw new BusinessRuleException("ruleSet.error.duplicate", String.valueOf(line), code);
			}
			Map<String, String> params = new LinkedHashMap<>(ProgramRuleSet.parse((parts.length > 1) ? parts[1] : ""));
			specs.add(new RuleSpec(code, params));
		}
		if (specs.isEmpty()) {
			throw new BusinessRuleException("ruleSet.error.empty");
		}
		return specs;
	}

	static String format(List<RuleSpec> specs) {
		StringBuilder text = new StringBuilder();
		for (RuleSpec spec : specs) {
			text.append(spec.code());
			String params = params(spec);
			if (!params.isEmpty()) {
				text.append(' ').append(params);
			}
			text.append('\n');
		}
		return text.toString();
	}

	private static String params(RuleSpec spec) {
		return String.join(";", spec.params().entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).toList());
	}

	private static String header(Integer fromCohort, BigDecimal passMark) {
		return "# from cohort " + ((fromCohort != null) ? fromCohort : "-") + ", pass mark "
				+ passMark.stripTrailingZeros().toPlainString();
	}

	/**
	 * A stored version.
	 */
	public record VersionView(long id, String programCode, String version, Integer fromCohort, BigDecimal passMark,
			String note, int checks, String createdBy, OffsetDateTime createdAt, String checksText) {

		/**
		 * @return what an edit form expects to find when it saves: the header (first
		 * cohort, pass mark) and the checks as shown
		 */
		public String expected() {
			return header(this.fromCohort, this.passMark) + "\n" + this.checksText;
		}

	}

	/**
	 * One save of a version.
	 */
	public record Change(String change, String before, String after, String reason, String changedBy,
			OffsetDateTime changedAt) {
	}

}
