package com.clinigrad.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of DOMAIN §1. A person may hold several.
 */
public enum Role {

	/** 研究生院 — training, degree and admissions offices; the whole university. */
	GRAD_SCHOOL,
	/** 医院教育处 — the students of one hospital. */
	HOSPITAL_OFFICE,
	/** 科室教学秘书 — trainees rotating through one department. */
	DEPT_COORDINATOR,
	/** 导师 — their own students. */
	SUPERVISOR,
	/** 评审专家 — the reviews assigned to them. */
	EXPERT,
	/** 学位评定委员会 — degree candidates. */
	DEGREE_COMMITTEE,
	/** 研究生 / 临床博士后 — themself. */
	STUDENT,
	/** 系统管理员 — accounts and role grants. */
	ADMIN,
	/** 财务处 — the payment rolls, with the students' bank accounts in full. */
	FINANCE;

	/** Roles whose scope is the whole university's student records. */
	public static final Set<Role> UNIVERSITY_WIDE = EnumSet.of(GRAD_SCHOOL, DEGREE_COMMITTEE);

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * @return the message key of the role's display name
	 */
	public String messageKey() {
		return "role." + name();
	}

}
