package com.clinigrad.rotations;

import java.util.EnumSet;
import java.util.Set;

/**
 * The assessments of clinical training (DOMAIN §4) and the core competencies each one
 * evidences, so that the postdoc program can read them by competency.
 */
public enum AssessmentKind {

	/** 出科考核: theory and skills, one retake. */
	EXIT_EXAM(EnumSet.of(Competency.KNOWLEDGE_SKILLS, Competency.PATIENT_CARE)),
	/** Mini-CEX: formative, ratings of the observed encounter. */
	MINI_CEX(EnumSet.of(Competency.PATIENT_CARE, Competency.COMMUNICATION, Competency.PROFESSIONALISM)),
	/** DOPS: formative, a directly observed procedure. */
	DOPS(EnumSet.of(Competency.KNOWLEDGE_SKILLS, Competency.PATIENT_CARE)),
	/** 病历书写: the quality of medical-record writing, scored. */
	MEDICAL_RECORD(EnumSet.of(Competency.KNOWLEDGE_SKILLS, Competency.PROFESSIONALISM)),
	/** 年度考核: the annual assessment, one retake. */
	ANNUAL(EnumSet.allOf(Competency.class));

	private final Set<Competency> competencies;

	AssessmentKind(Set<Competency> competencies) {
		this.competencies = competencies;
	}

	public Set<Competency> competencies() {
		return this.competencies;
	}

	public String messageKey() {
		return "assessment.kind." + name();
	}

}
