package com.clinigrad.competency.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.competency.StationCommand;
import com.clinigrad.shared.BusinessRuleException;

/**
 * A station typed on the OSCE page: its checklist one item a line, "what is checked |
 * points".
 */
class StationForm {

	private long version;

	private String competency;

	private String title;

	private BigDecimal passPercent;

	private Integer minGlobal;

	private String checklist;

	StationCommand toCommand() {
		List<StationCommand.ChecklistLine> lines = new ArrayList<>();
		if (this.checklist != null) {
			for (String line : this.checklist.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				int bar = Math.max(line.lastIndexOf('|'), line.lastIndexOf('｜'));
				if (bar < 0) {
					throw new BusinessRuleException("cbt.osce.error.checklistLine");
				}
				try {
					lines.add(new StationCommand.ChecklistLine(line.substring(0, bar).trim(),
							Integer.parseInt(line.substring(bar + 1).trim())));
				}
				catch (NumberFormatException ex) {
					throw new BusinessRuleException("cbt.osce.error.checklistLine");
				}
			}
		}
		return new StationCommand(this.competency, this.title, this.passPercent, this.minGlobal, lines);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getCompetency() {
		return this.competency;
	}

	public void setCompetency(String competency) {
		this.competency = competency;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public BigDecimal getPassPercent() {
		return this.passPercent;
	}

	public void setPassPercent(BigDecimal passPercent) {
		this.passPercent = passPercent;
	}

	public Integer getMinGlobal() {
		return this.minGlobal;
	}

	public void setMinGlobal(Integer minGlobal) {
		this.minGlobal = minGlobal;
	}

	public String getChecklist() {
		return this.checklist;
	}

	public void setChecklist(String checklist) {
		this.checklist = checklist;
	}

}
