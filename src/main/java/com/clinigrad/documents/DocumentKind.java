package com.clinigrad.documents;

import java.util.EnumSet;
import java.util.Set;

import com.clinigrad.students.StudentStatus;

/**
 * The documents one may ask for, who asks, whether the office approves them first, and
 * for which student statuses they may be issued at all.
 */
public enum DocumentKind {

	/** 在读证明 — issued at once, only while the student is in training. */
	ENROLLMENT_CERTIFICATE(Holder.STUDENT, false, StudentStatus.IN_TRAINING),
	/** 成绩单 — issued at once, in Chinese or English. */
	TRANSCRIPT(Holder.STUDENT, false, EnumSet.allOf(StudentStatus.class)),
	/** 预计毕业证明 — after approval, while in training. */
	EXPECTED_GRADUATION(Holder.STUDENT, true, StudentStatus.IN_TRAINING),
	/** 学位及毕业证明 — after approval, once the degree is awarded. */
	DEGREE_GRADUATION(Holder.STUDENT, true, EnumSet.of(StudentStatus.GRADUATED)),
	/** 轮转记录摘要 — after approval. */
	ROTATION_SUMMARY(Holder.STUDENT, true, EnumSet.allOf(StudentStatus.class)),
	/** 导师指导证明 — a supervisor's proof of the students supervised, after approval. */
	SUPERVISION_PROOF(Holder.SUPERVISOR, true, EnumSet.allOf(StudentStatus.class));

	/**
	 * Who a document speaks of and asks for it.
	 */
	public enum Holder {

		STUDENT, SUPERVISOR

	}

	private final Holder holder;

	private final boolean approval;

	private final Set<StudentStatus> statuses;

	DocumentKind(Holder holder, boolean approval, Set<StudentStatus> statuses) {
		this.holder = holder;
		this.approval = approval;
		this.statuses = statuses;
	}

	public Holder holder() {
		return this.holder;
	}

	/**
	 * @return whether the office approves a request before the document is issued
	 */
	public boolean needsApproval() {
		return this.approval;
	}

	/**
	 * @return whether a student of this status may have the document
	 */
	public boolean allows(StudentStatus status) {
		return this.statuses.contains(status);
	}

	public String messageKey() {
		return "documents.kind." + name();
	}

}
