package com.clinigrad.awards;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award schemes (奖助方案) as data per university and year: the graduate school edits the
 * amounts, periods, eligible populations, quotas and evaluation weights, and starts a new
 * year from the last one; the offices read them.
 */
@Service
@Transactional(readOnly = true)
public class AwardSchemes {

	private static final BigDecimal FULL_WEIGHT = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	AwardSchemes(JdbcClient jdbc, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
	}

	/**
	 * @return every scheme, newest year first
	 */
	public List<SchemeSummary> schemes() {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		return this.jdbc.sql("""
				select s.id, s.university, s.year, s.name, s.name_en, s.program_codes,
				       (select count(*) from award_type t where t.scheme_id = s.id) as types
				from award_scheme s order by s.year desc, s.university
				""")
			.query((rs, n) -> new SchemeSummary(rs.getLong("id"), rs.getString("university"), rs.getInt("year"),
					rs.getString("name"), rs.getString("name_en"), codes(rs.getString("program_codes")),
					rs.getInt("types")))
			.list();
	}

	/**
	 * A scheme with its types and weights, for the offices.
	 * @throws AwardNotFoundException when there is no such scheme
	 */
	public SchemeView scheme(long id) {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		return load(id).orElseThrow(() -> new AwardNotFoundException("scheme " + id));
	}

	/**
	 * The scheme in force for a program in a year: the latest of the years up to it whose
	 * programs include the program. No caller check (the calling service checks the
	 * student's scope).
	 */
	public Optional<SchemeView> schemeFor(String programCode, int year) {
		return this.jdbc.sql("""
				select id from award_scheme where year <= :y and (',' || program_codes || ',') like :p
				order by year desc limit 1
				""")
			.param("y", year)
			.param("p", "%," + programCode + ",%")
			.query(Long.class)
			.optional()
			.flatMap(this::load);
	}

	/**
	 * Changes a scheme's rules; no weight may be negative, and they must add up to 100.
	 */
	@Transactional
	public void editScheme(long id, long version, SchemeCommand command) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		scheme(id);
		if (command.weights().values().stream().anyMatch((weight) -> weight.signum() < 0)) {
			throw new BusinessRuleException("award.error.negativeWeight");
		}
		BigDecimal total = command.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(FULL_WEIGHT) != 0) {
			throw new BusinessRuleException("award.error.weights", total.stripTrailingZeros().toPlainString());
		}
		int updated = this.jdbc.sql("""
				update award_scheme set quota_rounding = :r, tie_break = :t, veto_months = :v, note = :n,
				       version = version + 1, updated_by = :by, updated_at = now()
				where id = :id and version = :version
				""")
			.param("r", command.quotaRounding().name())
			.param("t", command.tieBreak().name())
			.param("v", command.vetoMonths())
			.param("n", blankToNull(command.note()))
			.param("by", user.username())
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Scheme " + id + " changed meanwhile");
		}
		for (Map.Entry<EvaluationComponent, BigDecimal> weight : command.weights().entrySet()) {
			this.jdbc.sql("""
					insert into award_component (scheme_id, code, position, weight) values (:s, :c, :p, :w)
					on conflict (scheme_id, code) do update set weight = excluded.weight
					""")
				.param("s", id)
				.param("c", weight.getKey().name())
				.param("p", weight.getKey().ordinal() + 1)
				.param("w", weight.getValue())
				.update();
		}
	}

	/**
	 * Changes an award type's amount, period, eligible population or quota, and for a
	 * hardship grant or tuition reduction the amount per recognised level (both levels,
	 * each above zero), under the type's version.
	 */
	@Transactional
	public void editType(long typeId, long version, AwardTypeCommand command) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		Object[] stored = this.jdbc.sql("select scheme_id, kind from award_type where id = :id")
			.param("id", typeId)
			.query((rs, n) -> new Object[] { rs.getLong("scheme_id"), AwardKind.valueOf(rs.getString("kind")) })
			.optional()
			.orElseThrow(() -> new AwardNotFoundException("award type " + typeId));
		long schemeId = (Long) stored[0];
		boolean perLevel = stored[1] == AwardKind.HARDSHIP_GRANT || stored[1] == AwardKind.TUITION_REDUCTION;
		if (perLevel) {
			for (HardshipLevel level : HardshipLevel.values()) {
				BigDecimal amount = (command.levelAmounts() != null) ? command.levelAmounts().get(level) : null;
				if (amount == null || amount.signum() <= 0) {
					throw new BusinessRuleException("award.error.levelAmounts");
				}
			}
		}
		if (command.unit() == AmountUnit.PER_MONTH && command.months() == null) {
			throw new BusinessRuleException("award.error.monthsRequired");
		}
		if (command.quotaPercent() != null && command.quotaCount() != null) {
			throw new BusinessRuleException("award.error.quotaBoth");
		}
		if (command.quotaPercent() != null
				&& (command.quotaPercent().signum() <= 0 || command.quotaPercent().compareTo(FULL_WEIGHT) > 0)) {
			throw new BusinessRuleException("award.error.quotaRange");
		}
		int updated = this.jdbc.sql("""
				update award_type set name = :name, name_en = :nameEn, amount = :amount, at_least = :atLeast,
				       amount_after_midterm = :after, unit = :unit, months = :months, degree_types = :degrees,
				       admission_type = :admission, first_year_only = :firstYear, allocation = :allocation,
				       quota_ratio = :ratio, quota_count = :count, version = version + 1
				where id = :id and version = :version
				""")
			.param("name", command.name().strip())
			.param("nameEn", command.nameEn().strip())
			.param("amount", command.amount())
			.param("atLeast", command.atLeast())
			.param("after", command.amountAfterMidterm())
			.param("unit", command.unit().name())
			.param("months", (command.unit() == AmountUnit.PER_MONTH) ? command.months() : null)
			.param("degrees", String.join(",", command.degreeTypes().stream().map(DegreeType::name).toList()))
			.param("admission", (command.admissionType() != null) ? command.admissionType().name() : null)
			.param("firstYear", command.firstYearOnly())
			.param("allocation", command.allocation().name())
			.param("ratio", (command.quotaPercent() != null) ? command.quotaPercent().movePointLeft(2) : null)
			.param("count", command.quotaCount())
			.param("id", typeId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Award type " + typeId + " changed meanwhile");
		}
		if (perLevel) {
			for (HardshipLevel level : HardshipLevel.values()) {
				this.jdbc.sql("""
						insert into award_hardship_amount (award_type_id, level, amount) values (:t, :l, :a)
						on conflict (award_type_id, level) do update set amount = excluded.amount
						""")
					.param("t", typeId)
					.param("l", level.name())
					.param("a", command.levelAmounts().get(level))
					.update();
			}
		}
		touch(schemeId, user);
	}

	/**
	 * Starts a year's scheme as a copy of an earlier one (same types, quotas, weights and
	 * amounts per hardship level).
	 * @return the new scheme's id
	 */
	@Transactional
	public long copyToYear(long id, int year) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		SchemeView from = scheme(id);
		if (year < 2000 || year > 2100) {
			throw new BusinessRuleException("award.error.year");
		}
		if (this.jdbc.sql("select count(*) from award_scheme where university = :u and year = :y")
			.param("u", from.university())
			.param("y", year)
			.query(Long.class)
			.single() > 0) {
			throw new BusinessRuleException("award.error.yearTaken", from.university(), year);
		}
		long copy = this.jdbc.sql("""
				insert into award_scheme (university, year, name, name_en, program_codes, quota_rounding, tie_break,
				                          veto_months, note, updated_by, updated_at)
				select university, :y, replace(name, :from, :to), replace(name_en, :from, :to), program_codes,
				       quota_rounding, tie_break, veto_months, note, :by, now()
				from award_scheme where id = :id returning id
				""")
			.param("y", year)
			.param("from", String.valueOf(from.year()))
			.param("to", String.valueOf(year))
			.param("by", user.username())
			.param("id", id)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into award_type (scheme_id, position, kind, award_class, name, name_en, amount, at_least,
				       amount_after_midterm, unit, months, degree_types, admission_type, first_year_only, allocation,
				       quota_ratio, quota_count)
				select :copy, position, kind, award_class, name, name_en, amount, at_least, amount_after_midterm, unit,
				       months, degree_types, admission_type, first_year_only, allocation, quota_ratio, quota_count
				from award_type where scheme_id = :id
				""").param("copy", copy).param("id", id).update();
		this.jdbc.sql("""
				insert into award_component (scheme_id, code, position, weight, params)
				select :copy, code, position, weight, params from award_component where scheme_id = :id
				""").param("copy", copy).param("id", id).update();
		this.jdbc.sql("""
				insert into award_hardship_amount (award_type_id, level, amount)
				select n.id, h.level, h.amount from award_hardship_amount h
				join award_type o on o.id = h.award_type_id and o.scheme_id = :id
				join award_type n on n.scheme_id = :copy and n.position = o.position
				""").param("copy", copy).param("id", id).update();
		return copy;
	}

	private void touch(long schemeId, CurrentUser user) {
		this.jdbc.sql("update award_scheme set updated_by = :by, updated_at = now() where id = :id")
			.param("by", user.username())
			.param("id", schemeId)
			.update();
	}

	Optional<SchemeView> load(long id) {
		List<AwardTypeView> types = this.jdbc.sql("select * from award_type where scheme_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> type(rs))
			.list();
		Map<EvaluationComponent, BigDecimal> weights = new EnumMap<>(EvaluationComponent.class);
		this.jdbc.sql("select code, weight from award_component where scheme_id = :id order by position")
			.param("id", id)
			.query((rs) -> {
				weights.put(EvaluationComponent.valueOf(rs.getString("code")), rs.getBigDecimal("weight"));
			});
		return this.jdbc.sql("select * from award_scheme where id = :id")
			.param("id", id)
			.query((rs, n) -> new SchemeView(rs.getLong("id"), rs.getString("university"), rs.getInt("year"),
					rs.getString("name"), rs.getString("name_en"), codes(rs.getString("program_codes")),
					QuotaRounding.valueOf(rs.getString("quota_rounding")),
					EvaluationComponent.valueOf(rs.getString("tie_break")), rs.getInt("veto_months"),
					rs.getString("note"), types, ordered(weights), rs.getLong("version"), rs.getString("updated_by"),
					instant(rs.getTimestamp("updated_at"))))
			.optional();
	}

	private static Map<EvaluationComponent, BigDecimal> ordered(Map<EvaluationComponent, BigDecimal> weights) {
		Map<EvaluationComponent, BigDecimal> all = new LinkedHashMap<>();
		for (EvaluationComponent component : EvaluationComponent.values()) {
			all.put(component, weights.getOrDefault(component, BigDecimal.ZERO));
		}
		return all;
	}

	private static AwardTypeView type(ResultSet rs) throws SQLException {
		String degrees = rs.getString("degree_types");
		List<DegreeType> degreeTypes = new ArrayList<>();
		for (String code : codes(degrees)) {
			degreeTypes.add(DegreeType.valueOf(code));
		}
		String admission = rs.getString("admission_type");
		int awardClass = rs.getInt("award_class");
		Integer awardClassOrNull = rs.wasNull() ? null : awardClass;
		int months = rs.getInt("months");
		Integer monthsOrNull = rs.wasNull() ? null : months;
		int count = rs.getInt("quota_count");
		Integer countOrNull = rs.wasNull() ? null : count;
		return new AwardTypeView(rs.getLong("id"), rs.getLong("scheme_id"), rs.getInt("position"),
				AwardKind.valueOf(rs.getString("kind")), awardClassOrNull, rs.getString("name"),
				rs.getString("name_en"), rs.getBigDecimal("amount"), rs.getBoolean("at_least"),
				rs.getBigDecimal("amount_after_midterm"), AmountUnit.valueOf(rs.getString("unit")), monthsOrNull,
				List.copyOf(degreeTypes), (admission != null) ? AdmissionType.valueOf(admission) : null,
				rs.getBoolean("first_year_only"), Allocation.valueOf(rs.getString("allocation")),
				rs.getBigDecimal("quota_ratio"), countOrNull, rs.getLong("version"));
	}

	private static List<String> codes(String list) {
		if (list == null || list.isBlank()) {
			return List.of();
		}
		return Arrays.stream(list.split(",")).map(String::strip).filter((c) -> !c.isEmpty()).toList();
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
