package com.clinigrad.theses.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.theses.DegreeMeetings;
import com.clinigrad.theses.Tally;

/**
 * The votes of a whole meeting as the secretary types them: the members present, the
 * committee's resolution and one row per candidate. Values are kept as typed, so that a
 * refused form shows them again.
 */
class VotesForm {

	private long version;

	private String membersPresent;

	private String resolution;

	private List<Row> rows = new ArrayList<>();

	/**
	 * The form as the meeting stands.
	 */
	static VotesForm of(DegreeMeetings.MeetingView meeting) {
		VotesForm form = new VotesForm();
		form.version = meeting.version();
		form.membersPresent = (meeting.membersPresent() != null) ? meeting.membersPresent().toString() : null;
		form.resolution = meeting.resolution();
		for (DegreeMeetings.Row candidate : meeting.rows()) {
			Row row = new Row();
			row.studentNo = candidate.studentNo();
			if (candidate.entered() != null) {
				row.votesFor = String.valueOf(candidate.entered().votesFor());
				row.votesAgainst = String.valueOf(candidate.entered().votesAgainst());
				row.votesAbstain = String.valueOf(candidate.entered().votesAbstain());
			}
			form.rows.add(row);
		}
		return form;
	}

	/**
	 * @return the votes typed, by student number: a row with nothing typed has none; in a
	 * row with some counts typed, a blank count is 0
	 */
	Map<String, Tally> votes() {
		Map<String, Tally> votes = new LinkedHashMap<>();
		for (Row row : this.rows) {
			if (row == null || row.studentNo == null || row.blank()) {
				continue;
			}
			votes.put(row.studentNo, new Tally(count(row.votesFor, row.studentNo),
					count(row.votesAgainst, row.studentNo), count(row.votesAbstain, row.studentNo)));
		}
		return votes;
	}

	int membersPresentNumber() {
		return number(this.membersPresent, -1);
	}

	private static int count(String typed, String studentNo) {
		if (typed == null || typed.isBlank()) {
			return 0;
		}
		int count = number(typed, Integer.MIN_VALUE);
		if (count == Integer.MIN_VALUE) {
			throw new BusinessRuleException("degree.meeting.error.votesNumber", studentNo);
		}
		return count;
	}

	/**
	 * @return the whole number typed, or {@code fallback} when it is not one
	 */
	static int number(String typed, int fallback) {
		try {
			return (typed == null) ? fallback : Integer.parseInt(typed.trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getMembersPresent() {
		return this.membersPresent;
	}

	public void setMembersPresent(String membersPresent) {
		this.membersPresent = membersPresent;
	}

	public String getResolution() {
		return this.resolution;
	}

	public void setResolution(String resolution) {
		this.resolution = resolution;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/**
	 * One candidate's counts.
	 */
	public static class Row {

		private String studentNo;

		private String votesFor;

		private String votesAgainst;

		private String votesAbstain;

		boolean blank() {
			return isBlank(this.votesFor) && isBlank(this.votesAgainst) && isBlank(this.votesAbstain);
		}

		private static boolean isBlank(String typed) {
			return typed == null || typed.isBlank();
		}

		public String getStudentNo() {
			return this.studentNo;
		}

		public void setStudentNo(String studentNo) {
			this.studentNo = studentNo;
		}

		public String getVotesFor() {
			return this.votesFor;
		}

		public void setVotesFor(String votesFor) {
			this.votesFor = votesFor;
		}

		public String getVotesAgainst() {
			return this.votesAgainst;
		}

		public void setVotesAgainst(String votesAgainst) {
			this.votesAgainst = votesAgainst;
		}

		public String getVotesAbstain() {
			return this.votesAbstain;
		}

		public void setVotesAbstain(String votesAbstain) {
			this.votesAbstain = votesAbstain;
		}

	}

}
