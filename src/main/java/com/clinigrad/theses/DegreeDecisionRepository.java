package com.clinigrad.theses;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DegreeDecisionRepository extends JpaRepository<DegreeDecision, Long> {

	Optional<DegreeDecision> findByStudentId(long studentId);

	boolean existsByStudentId(long studentId);

}
