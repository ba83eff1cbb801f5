package com.clinigrad.eligibility;

import java.util.Collection;
import java.util.Set;

import com.clinigrad.achievements.AchievementsRecorded;
import com.clinigrad.courses.GradesRecorded;
import com.clinigrad.rotations.ResidencyExamRecorded;
import com.clinigrad.rotations.RotationExamRecorded;
import com.clinigrad.rotations.RotationsRecorded;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentStatusChanged;
import com.clinigrad.students.StudentsRecorded;
import com.clinigrad.theses.ThesesRecorded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears what the other modules recorded and re-checks the students concerned for warnings
 * and diversion cases at once (the nightly scan stays as a safety net). Each event is
 * stored in the event publication registry with the change that caused it, so a re-check
 * interrupted by a restart is done after it.
 */
@Component
class RecordChanges {

	private final DiversionCaseScan cases;

	RecordChanges(DiversionCaseScan cases) {
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(GradesRecorded event) {
		recheck(event.studentIds());
	}

	@ApplicationModuleListener
	void on(RotationsRecorded event) {
		recheck(event.studentIds());
	}

	@ApplicationModuleListener
	void on(RotationExamRecorded event) {
		recheck(Set.of(event.studentId()));
	}

	@ApplicationModuleListener
	void on(ResidencyExamRecorded event) {
		recheck(Set.of(event.studentId()));
	}

	@ApplicationModuleListener
	void on(AchievementsRecorded event) {
		recheck(event.studentIds());
	}

	@ApplicationModuleListener
	void on(ThesesRecorded event) {
		recheck(event.studentIds());
	}

	@ApplicationModuleListener
	void on(StudentsRecorded event) {
		recheck(event.studentIds());
	}

	@ApplicationModuleListener
	void on(StudentStatusChanged event) {
		recheck(Set.of(event.studentId()));
	}

	@ApplicationModuleListener
	void on(WaiverDecided event) {
		recheck(Set.of(event.studentId()));
	}

	private void recheck(Collection<Long> studentIds) {
		this.cases.rescan(studentIds, SchoolTime.today());
	}

}
