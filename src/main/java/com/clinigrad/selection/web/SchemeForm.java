package com.clinigrad.selection.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.clinigrad.selection.Criterion;
import com.clinigrad.selection.DegreeLevel;
import com.clinigrad.selection.SelectionScheme;
import com.clinigrad.selection.SelectionSchemes.SchemeCommand;
import com.clinigrad.shared.BusinessRuleException;

/**
 * The scheme page's form: weight and parameters per criterion, caps per level, the
 * scheme's own parameters.
 */
class SchemeForm {

	private long version;

	private Map<String, String> weights = new HashMap<>();

	private Map<String, String> params = new HashMap<>();

	private Map<String, String> caps = new HashMap<>();

	private String schemeParams;

	static SchemeForm of(SelectionScheme scheme) {
		SchemeForm form = new SchemeForm();
		form.version = scheme.version();
		scheme.criteria().forEach((c) -> {
			form.weights.put(c.criterion().name(), c.weight().stripTrailingZeros().toPlainString());
			form.params.put(c.criterion().name(), c.paramsText());
		});
		scheme.caps().forEach((level, n) -> form.caps.put(level.name(), String.valueOf(n)));
		form.schemeParams = SelectionScheme.format(new java.util.TreeMap<>(scheme.params()));
		return form;
	}

	SchemeCommand toCommand() {
		Map<Criterion, BigDecimal> weightValues = new EnumMap<>(Criterion.class);
		Map<Criterion, String> paramValues = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			String weight = this.weights.get(criterion.name());
			if (weight != null) {
				try {
					weightValues.put(criterion, new BigDecimal(weight.trim()));
				}
				catch (NumberFormatException ex) {
					throw new BusinessRuleException("selection.error.weight");
				}
			}
			if (this.params.get(criterion.name()) != null) {
				paramValues.put(criterion, this.params.get(criterion.name()));
			}
		}
		Map<DegreeLevel, Integer> capValues = new EnumMap<>(DegreeLevel.class);
		for (DegreeLevel level : DegreeLevel.values()) {
			String cap = this.caps.get(level.name());
			if (cap != null) {
				try {
					capValues.put(level, Integer.valueOf(cap.trim()));
				}
				catch (NumberFormatException ex) {
					throw new BusinessRuleException("selection.error.cap");
				}
			}
		}
		return new SchemeCommand(weightValues, paramValues, capValues, this.schemeParams);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Map<String, String> getWeights() {
		return this.weights;
	}

	public void setWeights(Map<String, String> weights) {
		this.weights = weights;
	}

	public Map<String, String> getParams() {
		return this.params;
	}

	public void setParams(Map<String, String> params) {
		this.params = params;
	}

	public Map<String, String> getCaps() {
		return this.caps;
	}

	public void setCaps(Map<String, String> caps) {
		this.caps = caps;
	}

	public String getSchemeParams() {
		return this.schemeParams;
	}

	public void setSchemeParams(String schemeParams) {
		this.schemeParams = schemeParams;
	}

}
