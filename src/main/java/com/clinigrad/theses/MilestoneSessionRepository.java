package com.clinigrad.theses;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneSessionRepository extends JpaRepository<MilestoneSession, Long> {

	List<MilestoneSession> findByStudentIdAndType(long studentId, MilestoneType type);

}
