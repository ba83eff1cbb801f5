package com.clinigrad.eligibility;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface WaiverRepository extends JpaRepository<Waiver, Long> {

	@EntityGraph(attributePaths = "steps")
	List<Waiver> findByStudentIdOrderByRequestedAtDescIdDesc(long studentId);

	@EntityGraph(attributePaths = "steps")
	List<Waiver> findByStatusInOrderByRequestedAtDescIdDesc(Collection<WaiverStatus> statuses);

	List<Waiver> findByStudentIdAndRuleCodeAndStatusIn(long studentId, String ruleCode,
			Collection<WaiverStatus> statuses);

}
