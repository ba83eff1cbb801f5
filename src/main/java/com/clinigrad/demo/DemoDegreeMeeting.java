package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.theses.DegreeMeetings;
import com.clinigrad.theses.MilestoneResult;
import com.clinigrad.theses.MilestoneType;

import org.springframework.stereotype.Component;

/**
 * This term's degree committee meeting of the demo university, ready for the committee's
 * secretary: every student in training who passed the defense is on its agenda (most meet
 * every check of the degree audit, a few do not and show why), with a committee of 21.
 */
@Component
class DemoDegreeMeeting {

	static final int MEMBERS = 21;

	private final DegreeMeetings meetings;

	DemoDegreeMeeting(DegreeMeetings meetings) {
		this.meetings = meetings;
	}

	/**
	 * @param milestones the demo's milestone records
	 * @return the meeting's id, or {@code null} when no student waits for the committee
	 */
	Long load(University university, List<Map<String, String>> milestones, LocalDate heldOn) {
		Set<String> inTraining = university.students()
			.stream()
			.filter((row) -> StudentStatus.valueOf(row.get("status")).active())
			.map((row) -> row.get("student_no"))
			.collect(Collectors.toSet());
		List<String> defended = milestones.stream()
			.filter((row) -> MilestoneType.DEFENSE.name().equals(row.get("type"))
					&& MilestoneResult.PASS.name().equals(row.get("result")))
			.map((row) -> row.get("student_no"))
			.filter(inTraining::contains)
			.distinct()
			.sorted()
			.toList();
		if (defended.isEmpty()) {
			return null;
		}
		return this.meetings.openAs(heldOn, MEMBERS, defended, "研究生院学位办");
	}

}
