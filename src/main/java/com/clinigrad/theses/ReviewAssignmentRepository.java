package com.clinigrad.theses;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewAssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

	Optional<ReviewAssignment> findByCode(String code);

	List<ReviewAssignment> findByStudentIdAndRoundNo(long studentId, int roundNo);

}
