package com.clinigrad.rotations;

import com.clinigrad.exams.ExamResultsReleased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes the theory scores of an online exit exam (网考) onto the rotations: each
 * candidate's rotation in the sitting's department that was running (or had just ended)
 * on the day the exam opened keeps the score and the sitting it came from; the
 * coordinator then records the exit exam with that theory score.
 */
@Component
class TheoryScores {

	private final JdbcClient jdbc;

	TheoryScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ExamResultsReleased released) {
		if (released.departmentId() == null) {
			return;
		}
		for (ExamResultsReleased.Result result : released.results()) {
			this.jdbc.sql("""
					update rotation set theory_exam_score = :score, theory_exam_sitting_id = :sitting
					where id = (select id from rotation where student_id = :student and department_id = :department
					            and start_date <= :day and status = 'SCHEDULED'
					            order by end_date desc limit 1)
					""")
				.param("score", result.score())
				.param("sitting", released.sittingId())
				.param("student", result.studentId())
				.param("department", released.departmentId())
				.param("day", released.heldOn())
				.update();
		}
	}

}
