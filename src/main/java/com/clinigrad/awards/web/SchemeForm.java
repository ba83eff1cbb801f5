package com.clinigrad.awards.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.clinigrad.awards.EvaluationComponent;
import com.clinigrad.awards.QuotaRounding;
import com.clinigrad.awards.SchemeCommand;
import com.clinigrad.awards.SchemeView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A scheme's rules as the graduate school edits them: quota rounding, tie break, how long
 * a veto excludes, and the evaluation weights.
 */
class SchemeForm {

	@NotNull(message = "{validation.required}")
	private QuotaRounding quotaRounding;

	@NotNull(message = "{validation.required}")
	private EvaluationComponent tieBreak;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{award.validation.vetoMonths}")
	@Max(value = 60, message = "{award.validation.vetoMonths}")
	private Integer vetoMonths;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String note;

	private Map<EvaluationComponent, BigDecimal> weights = new EnumMap<>(EvaluationComponent.class);

	private long version;

	public QuotaRounding getQuotaRounding() {
		return this.quotaRounding;
	}

	public void setQuotaRounding(QuotaRounding quotaRounding) {
		this.quotaRounding = quotaRounding;
	}

	public EvaluationComponent getTieBreak() {
		return this.tieBreak;
	}

	public void setTieBreak(EvaluationComponent tieBreak) {
		this.tieBreak = tieBreak;
	}

	public Integer getVetoMonths() {
		return this.vetoMonths;
	}

	public void setVetoMonths(Integer vetoMonths) {
		this.vetoMonths = vetoMonths;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Map<EvaluationComponent, BigDecimal> getWeights() {
		return this.weights;
	}

	public void setWeights(Map<EvaluationComponent, BigDecimal> weights) {
		this.weights = weights;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	static SchemeForm of(SchemeView scheme) {
		SchemeForm form = new SchemeForm();
		form.setQuotaRounding(scheme.quotaRounding());
		form.setTieBreak(scheme.tieBreak());
		form.setVetoMonths(scheme.vetoMonths());
		form.setNote(scheme.note());
		form.setWeights(new EnumMap<>(scheme.weights()));
		form.setVersion(scheme.version());
		return form;
	}

	SchemeCommand toCommand() {
		Map<EvaluationComponent, BigDecimal> given = new EnumMap<>(EvaluationComponent.class);
		for (EvaluationComponent component : EvaluationComponent.values()) {
			BigDecimal weight = this.weights.get(component);
			given.put(component, (weight != null) ? weight : BigDecimal.ZERO);
		}
		return new SchemeCommand(this.quotaRounding, this.tieBreak, this.vetoMonths, this.note, given);
	}

}
