package com.clinigrad.exams;

/**
 * The core competency a question tests (the six of DOMAIN §3.4, as the rotation
 * assessments rate them).
 */
public enum TestedCompetency {

	PROFESSIONALISM, KNOWLEDGE_SKILLS, PATIENT_CARE, COMMUNICATION, TEACHING, LIFELONG_LEARNING;

	public String messageKey() {
		return "competency." + name();
	}

}
