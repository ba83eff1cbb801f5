package com.clinigrad.rotations;

/**
 * The six core competencies of residents (住院医师核心胜任力, DOMAIN §3.4).
 */
public enum Competency {

	/** 职业素养 */
	PROFESSIONALISM("professionalism"),
	/** 知识技能 */
	KNOWLEDGE_SKILLS("knowledge_skills"),
	/** 病人照护 */
	PATIENT_CARE("patient_care"),
	/** 沟通合作 */
	COMMUNICATION("communication"),
	/** 教学能力 */
	TEACHING("teaching"),
	/** 终生学习 */
	LIFELONG_LEARNING("lifelong_learning");

	private final String column;

	Competency(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

	public String messageKey() {
		return "competency." + name();
	}

}
