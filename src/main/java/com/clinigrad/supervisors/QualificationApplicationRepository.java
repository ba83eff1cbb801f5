package com.clinigrad.supervisors;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface QualificationApplicationRepository extends JpaRepository<QualificationApplication, Long> {

	List<QualificationApplication> findBySupervisorIdOrderByIdDesc(long supervisorId);

	List<QualificationApplication> findBySupervisorIdIn(java.util.Collection<Long> supervisorIds);

}
