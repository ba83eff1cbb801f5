package com.clinigrad.eligibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.eligibility.rules.RuleSpec;

/**
 * A version of a program's rule set as stored: it applies to cohorts from
 * {@code fromCohort} (all earlier ones when {@code null}) until the next version's first
 * cohort.
 */
@Entity
@Table(name = "rule_set")
class ProgramRuleSet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String programCode;

	private String version;

	private Integer fromCohort;

	private BigDecimal passMark;

	private String note;

	private String createdBy;

	private Instant createdAt = Instant.now();

	@OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<RuleSetCheck> checks = new ArrayList<>();

	protected ProgramRuleSet() {
	}

	RuleSet toRuleSet() {
		return new RuleSet(this.programCode, this.version, this.passMark,
				this.checks.stream().map((check) -> new RuleSpec(check.getCode(), parse(check.getParams()))).toList());
	}

	/**
	 * Parameters are stored as {@code key=value;key=value}.
	 */
	static Map<String, String> parse(String params) {
		Map<String, String> map = new LinkedHashMap<>();
		if (params == null || params.isBlank()) {
			return map;
		}
		for (String pair : params.split(";")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
			}
		}
		return map;
	}

	Long getId() {
		return this.id;
	}

	String getProgramCode() {
		return this.programCode;
	}

	String getVersion() {
		return this.version;
	}

	Integer getFromCohort() {
		return this.fromCohort;
	}

	BigDecimal getPassMark() {
		return this.passMark;
	}

	String getNote() {
		return this.note;
	}

	List<RuleSetCheck> getChecks() {
		return this.checks;
	}

}
