package com.clinigrad.supervisors;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The students a supervisor supervises, answered by the students module (which depends on
 * this one, not the other way round).
 */
public interface SupervisedStudents {

	/**
	 * @param supervisorId the supervisor
	 * @return the students, as main supervisor or co-supervisor, that the caller may see
	 * (a hospital office sees only its hospital's, an administrator none)
	 */
	List<SupervisedStudent> of(long supervisorId);

	/**
	 * @param groupId a supervisor group
	 * @return the students of the group that the caller may see
	 */
	List<SupervisedStudent> ofGroup(long groupId);

	/**
	 * @param supervisorIds the supervisors
	 * @return how many students in progress each supervises (missing = none)
	 */
	Map<Long, Integer> activeCounts(Collection<Long> supervisorIds);

	/**
	 * @param programCode a program's code
	 * @return the supervisors and co-supervisors of that program's students, whatever the
	 * students' status and whoever asks (the figures of the annual report narrowed to a
	 * program)
	 */
	Set<Long> supervisorsOfProgram(String programCode);

	/**
	 * @param programCode a program's code, or {@code null} for every program
	 * @return how many students are in training (enrolled or delayed) in it
	 */
	long inTrainingCount(String programCode);

	/**
	 * One supervised student.
	 *
	 * @param coSupervised whether the supervisor is the co-supervisor
	 */
	record SupervisedStudent(String studentNo, String name, String programCode, int cohortYear, String status,
			boolean coSupervised) {
	}

}
