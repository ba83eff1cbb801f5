package com.clinigrad.theses;

import java.util.List;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A panel that cannot be confirmed, with every rule it breaks.
 */
public class PanelInvalidException extends BusinessRuleException {

	private final transient List<PanelViolation> violations;

	PanelInvalidException(List<PanelViolation> violations) {
		super("panel.error.invalid", String.valueOf(violations.size()));
		this.violations = List.copyOf(violations);
	}

	public List<PanelViolation> violations() {
		return this.violations;
	}

}
