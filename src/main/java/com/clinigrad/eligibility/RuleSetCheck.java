package com.clinigrad.eligibility;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One check of a stored rule set: its rule code and parameters.
 */
@Entity
class RuleSetCheck {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "rule_set_id")
	private ProgramRuleSet ruleSet;

	private int position;

	private String code;

	private String params;

	protected RuleSetCheck() {
	}

	String getCode() {
		return this.code;
	}

	String getParams() {
		return this.params;
	}

	int getPosition() {
		return this.position;
	}

}
