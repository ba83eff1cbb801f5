package com.clinigrad.competency;

import java.time.LocalDate;
import java.util.List;

/**
 * A postdoc's completion defense (结业答辩) sittings and exit (出站), with what the caller may
 * do.
 *
 * @param mayOrganize whether the caller schedules defenses and records results (the
 * graduate school, the office of the trainee's hospital)
 * @param mayExit whether the caller records the exit (the graduate school)
 * @param exit the exit, or {@code null}
 */
public record DefenseView(String studentNo, String studentName, boolean mayOrganize, boolean mayExit,
		List<Defense> defenses, Exit exit) {

	public record Defense(long id, LocalDate scheduledOn, String place, DefenseStatus status, String resultNote,
			String scheduledBy, String recordedBy, List<Member> panel, long version) {
	}

	public record Member(String name, String title, boolean chair) {
	}

	public record Exit(LocalDate exitedOn, String certificateNo, String recordedBy) {
	}

	/**
	 * @return the defense waiting for its result, or {@code null}
	 */
	public Defense open() {
		return this.defenses.stream().filter((d) -> d.status() == DefenseStatus.SCHEDULED).findFirst().orElse(null);
	}

	/**
	 * @return the passed defense the exit rests on, or {@code null}
	 */
	public Defense passed() {
		return this.defenses.stream().filter((d) -> d.status() == DefenseStatus.PASSED).findFirst().orElse(null);
	}

	public boolean exitPossible() {
		return this.exit == null && passed() != null;
	}

}
