package com.clinigrad.supervisors;

import java.time.LocalDate;
import java.util.List;

/**
 * The publications of the achievement register that count for a supervisor (those of the
 * students they supervise or co-supervise), answered by the achievements module, which
 * depends on this one, not the other way round.
 */
public interface SupervisorPublications {

	/**
	 * @return the confirmed publications, whoever asks (the conditions must not depend on
	 * the caller's scope)
	 */
	List<Publication> of(long supervisorId);

	/**
	 * One publication as evidence.
	 */
	record Publication(String title, String journal, String indexing, LocalDate publishedOn, String studentNo) {
	}

}
