package com.clinigrad.eligibility.rules;

/**
 * The page of a student's records that holds the evidence a rule reads, so that an audit
 * row can link to it.
 */
public enum RecordPage {

	COURSES("courses"), ROTATIONS("rotations"), ACHIEVEMENTS("achievements"), MILESTONES("milestones"),
	THESIS("thesis"), TRAINING("postdoc");

	private final String path;

	RecordPage(String path) {
		this.path = path;
	}

	/**
	 * @return the page's path relative to the student
	 */
	public String path() {
		return this.path;
	}

}
