package com.clinigrad.awards;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Students' service as peer mentors (高带低), answered by the module that runs the peer
 * mentoring (which depends on this one, not the other way round). The comprehensive
 * evaluation reads it in its social practice and service component; when no module
 * answers, the component has no mentoring lines.
 */
public interface PeerMentoringRecords {

	/**
	 * @return per student id, the pairings in which the student was the mentor (none =
	 * missing)
	 */
	Map<Long, List<MentorService>> mentorServiceOf(Collection<Long> studentIds);

	/**
	 * One pairing in which a student mentored.
	 *
	 * @param termCode the term of the pairing ({@code 2025-1})
	 * @param meetings the meetings the mentor logged
	 * @param mentees the mentees of the pairing
	 */
	record MentorService(long studentId, String termCode, int meetings, int mentees) {
	}

}
