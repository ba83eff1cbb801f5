package com.clinigrad.eligibility.web;

import com.clinigrad.eligibility.BatchAuditQuery;
import com.clinigrad.eligibility.BatchAuditSort;
import com.clinigrad.eligibility.BatchCell;
import com.clinigrad.shared.web.QueryString;

/**
 * The filters and order of a batch audit table as they stand in the URL (so that a
 * bookmark, a colleague's link or a language switch shows the same rows); a value the
 * page does not know is ignored.
 */
class BatchAuditFilter {

	private String q;

	private String program;

	private Integer cohort;

	private String hospital;

	private String rule;

	private BatchCell status;

	private Boolean defend;

	private Boolean degree;

	private BatchAuditSort sort;

	BatchAuditQuery toQuery() {
		return new BatchAuditQuery(this.q, this.program, this.cohort, this.hospital, this.rule, this.status,
				this.defend, this.degree, this.sort);
	}

	/**
	 * @return the filters and order as a query string prefix, for the pager and the
	 * export links
	 */
	String queryPrefix() {
		return new QueryString().with("q", this.q)
			.with("program", this.program)
			.with("cohort", this.cohort)
			.with("hospital", this.hospital)
			.with("rule", this.rule)
			.with("status", this.status)
			.with("defend", this.defend)
			.with("degree", this.degree)
			.with("sort", this.sort)
			.prefix();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getProgram() {
		return this.program;
	}

	public void setProgram(String program) {
		this.program = program;
	}

	public Integer getCohort() {
		return this.cohort;
	}

	public void setCohort(Integer cohort) {
		this.cohort = cohort;
	}

	public String getHospital() {
		return this.hospital;
	}

	public void setHospital(String hospital) {
		this.hospital = hospital;
	}

	public String getRule() {
		return this.rule;
	}

	public void setRule(String rule) {
		this.rule = rule;
	}

	public BatchCell getStatus() {
		return this.status;
	}

	public void setStatus(BatchCell status) {
		this.status = status;
	}

	public Boolean getDefend() {
		return this.defend;
	}

	public void setDefend(Boolean defend) {
		this.defend = defend;
	}

	public Boolean getDegree() {
		return this.degree;
	}

	public void setDegree(Boolean degree) {
		this.degree = degree;
	}

	public BatchAuditSort getSort() {
		return this.sort;
	}

	public void setSort(BatchAuditSort sort) {
		this.sort = sort;
	}

}
