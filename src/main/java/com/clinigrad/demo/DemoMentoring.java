package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.mentoring.MeetingCommand;
import com.clinigrad.mentoring.PeerMentoring;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentStatus;

import org.springframework.stereotype.Component;

/**
 * The demo's peer mentoring (高带低): in the current term the {@code student} login is a
 * mentee of a doctoral student of the same hospital (or, if the login is senior, the
 * mentor) in a group of three, with two meetings and feedback from every mentee but the
 * login, so that the office sees answers, the mentor an average and the login a meeting
 * waiting for feedback.
 */
@Component
class DemoMentoring {

	private final PeerMentoring mentoring;

	DemoMentoring(PeerMentoring mentoring) {
		this.mentoring = mentoring;
	}

	void load(University university, String demoStudent, LocalDate today) {
		String term = this.mentoring.currentTerm();
		Map<String, String> me = university.students()
			.stream()
			.filter((row) -> row.get("student_no").equals(demoStudent))
			.findFirst()
			.orElse(null);
		if (term == null || me == null) {
			return;
		}
		String hospital = me.get("hospital_code");
		List<String> doctors = new ArrayList<>();
		List<String> masters = new ArrayList<>();
		for (Map<String, String> row : university.students()) {
			if (!hospital.equals(row.get("hospital_code")) || !StudentStatus.ENROLLED.name().equals(row.get("status"))
					|| row.get("student_no").equals(demoStudent)) {
				continue;
			}
			(row.get("degree_type").endsWith("DOCTOR") ? doctors : masters).add(row.get("student_no"));
		}
		Long pairing = null;
		List<String> present = juniors(term, List.of(demoStudent), masters);
		for (String mentor : doctors) {
			pairing = tryPair(term, mentor, present);
			if (pairing != null) {
				break;
			}
		}
		if (pairing == null) {
			// the login is senior: it mentors
			present = juniors(term, List.of(), masters);
			pairing = tryPair(term, demoStudent, present);
		}
		if (pairing == null) {
			return;
		}
		long first = this.mentoring.logMeetingAs(pairing,
				new MeetingCommand(today.minusDays(21), "如何读文献与做开题准备", 90, present, "介绍 PubMed 检索与文献管理软件，布置精读一篇综述。"));
		long second = this.mentoring.logMeetingAs(pairing,
				new MeetingCommand(today.minusDays(7), "规培轮转经验与病历书写", 60, present, "交流急诊科轮转注意事项。"));
		int n = 0;
		for (String mentee : present) {
			if (mentee.equals(demoStudent)) {
				continue;
			}
			this.mentoring.giveFeedbackAs(first, mentee, 5 - (n % 2), (n % 2 == 0) ? "讲得很具体，很有帮助" : "希望多讲统计方法");
			this.mentoring.giveFeedbackAs(second, mentee, 4, null);
			n++;
		}
	}

	private List<String> juniors(String term, List<String> first, List<String> masters) {
		List<String> group = new ArrayList<>(first);
		for (String candidate : masters) {
			if (group.size() == 3) {
				break;
			}
			if (this.mentoring.isJunior(candidate, term)) {
				group.add(candidate);
			}
		}
		return group;
	}

	private Long tryPair(String term, String mentor, List<String> mentees) {
		if (mentees.isEmpty()) {
			return null;
		}
		try {
			return this.mentoring.pairAs(term, mentor, mentees, "demo");
		}
		catch (BusinessRuleException ex) {
			// not senior, or a mentee not junior: the next candidate
			return null;
		}
	}

}
