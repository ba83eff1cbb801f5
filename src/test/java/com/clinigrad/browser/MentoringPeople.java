package com.clinigrad.browser;

import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.mentoring.PeerMentoring;
import com.clinigrad.support.Fixtures;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people of a peer-mentoring pairing for the browser tests: a doctoral student as
 * mentor, two master's students of this term's cohort as mentees, the hospital office
 * that pairs them, and the logins of the mentor and the first mentee.
 */
record MentoringPeople(String hospital, String doctor, String a, String b, String office, String mentor,
		String mentee) {

	/**
	 * @return the two mentees
	 */
	List<String> mentees() {
		return List.of(this.a, this.b);
	}

	static MentoringPeople create(ApplicationContext context) {
		Fixtures fixtures = Fixtures.in(context);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		int cohort = Integer.parseInt(context.getBean(PeerMentoring.class).currentTerm().substring(0, 4));
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String doctor = fixtures.doctoralStudent("TMU-PRO-DOCTOR", hospital, supervisor, null);
		String a = junior(fixtures, jdbc, hospital, supervisor, cohort);
		String b = junior(fixtures, jdbc, hospital, supervisor, cohort);
		return new MentoringPeople(hospital, doctor, a, b,
				fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null),
				fixtures.account(Set.of(Role.STUDENT), null, null, null, doctor),
				fixtures.account(Set.of(Role.STUDENT), null, null, null, a));
	}

	private static String junior(Fixtures fixtures, JdbcClient jdbc, String hospital, String supervisor, int cohort) {
		String no = fixtures.student(hospital, supervisor);
		jdbc.sql("update student set cohort_year = :y where student_no = :no")
			.param("y", cohort)
			.param("no", no)
			.update();
		return no;
	}

}
