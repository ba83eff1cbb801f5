package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.surveys.OpenRoundCommand;
import com.clinigrad.surveys.SatisfactionSurveys;
import com.clinigrad.surveys.SurveyViews.Question;

import org.springframework.stereotype.Component;

/**
 * The demo's satisfaction survey: this year's supervision round, open for a month, for
 * the students in training of the four supervisors with the most students (the first is
 * the {@code supervisor} login's); all but the {@code student} login have answered, so
 * that {@code /surveys} shows results per supervisor and the student finds a survey
 * waiting.
 */
@Component
class DemoSurveys {

	private final SatisfactionSurveys surveys;

	DemoSurveys(SatisfactionSurveys surveys) {
		this.surveys = surveys;
	}

	/**
	 * @param bySupervision the supervisors by their number of students, as the loader
	 * orders them (the first is the {@code supervisor} login)
	 * @return the student number of the {@code student} login
	 */
	String load(University university, List<String> bySupervision, LocalDate today) {
		Map<String, List<String>> bySupervisor = new HashMap<>();
		for (Map<String, String> student : university.students()) {
			String status = student.get("status");
			if (StudentStatus.ENROLLED.name().equals(status) || StudentStatus.DELAYED.name().equals(status)) {
				bySupervisor.computeIfAbsent(student.get("supervisor_staff_no"), (k) -> new ArrayList<>())
					.add(student.get("student_no"));
			}
		}
		List<String> supervisors = bySupervision.stream().filter(bySupervisor::containsKey).limit(4).toList();
		List<String> invited = supervisors.stream().flatMap((s) -> bySupervisor.get(s).stream()).toList();
		long round = this.surveys.openAs(new OpenRoundCommand(today.getYear(), "SUPERVISION", today.minusDays(14),
				today.plusDays(16), invited, null), "demo");
		String demoStudent = demoStudent(university, supervisors);
		List<Question> questions = this.surveys.questions("SUPERVISION");
		int n = 0;
		for (String studentNo : invited) {
			if (studentNo.equals(demoStudent)) {
				continue;
			}
			Map<Long, Integer> scores = new HashMap<>();
			for (Question question : questions) {
				// mostly satisfied, some neutral, a few dissatisfied
				scores.put(question.id(), 5 - ((n + question.position()) % 7 == 0 ? 3 : (n + question.position()) % 3));
			}
			this.surveys.recordAnswer(round, studentNo, scores, today);
			n++;
		}
		return demoStudent;
	}

	/**
	 * The student of the {@code student} login: the first enrolled student of the
	 * {@code supervisor} login (as the loader chooses it).
	 */
	private static String demoStudent(University university, List<String> supervisors) {
		return university.students()
			.stream()
			.filter((row) -> !supervisors.isEmpty() && supervisors.get(0).equals(row.get("supervisor_staff_no"))
					&& StudentStatus.ENROLLED.name().equals(row.get("status")))
			.map((row) -> row.get("student_no"))
			.findFirst()
			.orElse("");
	}

}
