package com.clinigrad.theses;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

	Optional<ReviewRound> findByStudentIdAndRoundNo(long studentId, int roundNo);

	/**
	 * The round, whose version goes up when the transaction commits even if the round
	 * itself does not change (reviewers added, the next round opened), so that a form
	 * filled in before is refused.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select r from ReviewRound r where r.studentId = ?1 and r.roundNo = ?2")
	Optional<ReviewRound> findToChange(long studentId, int roundNo);

}
