package com.clinigrad.rotations;

import java.util.EnumSet;
import java.util.Set;

/**
 * The assessments of clinical training (DOMAIN §4) and the core competencies each one
 * evidences, so that the postdoc program can read them by competency.
 */
public enum AssessmentKind {

	/** 出科考核: theory and skills, one retake. */
	EXIT_EXAM(EnumSet.of(Competency.KNOWLEDGE_SKILLS, Competency.PATIENT_CARE), true),
	/** Mini-CEX: formative, ratings of the observed encounter. */
	MINI_CEX(EnumSet.of(Competency.PATIENT_CARE, Competency.COMMUNICATION, Competency.PROFESSIONALISM), false),
	/** DOPS: formative, a directly observed procedure. */
	DOPS(EnumSet.of(Competency.KNOWLEDGE_SKILLS, Competency.PATIENT_CARE), false),
	/** 病历书写: the quality of medical-record writing, scored. */
	MEDICAL_RECORD(EnumSet.of(Competency.KNOWLEDGE_SKILLS, Competency.PROFESSIONALISM), true),
	/** 年度考核: the annual assessment, one retake. */
	ANNUAL(EnumSet.allOf(Competency.class), true);

	private final Set<Competency> competencies;

	private final boolean summative;

	AssessmentKind(Set<Competency> competencies, boolean summative) {
		this.competencies = competencies;
		this.summative = summative;
	}

	public Set<Competency> competencies() {
		return this.competencies;
	}

	/**
	 * @return whether it passes or fails (Mini-CEX and DOPS are formative feedback)
	 */
	public boolean summative() {
		return this.summative;
	}

	public String messageKey() {
		return "assessment.kind." + name();
	}

}
