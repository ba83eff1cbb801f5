package com.clinigrad.courses;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeApplicationRepository extends JpaRepository<PracticeApplication, Long> {

	boolean existsByStudentId(long studentId);

	boolean existsByStudentIdAndStatusIn(long studentId, Collection<PracticeStatus> statuses);

}
