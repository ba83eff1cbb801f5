package com.clinigrad.competency;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingPlanRepository extends JpaRepository<TrainingPlan, Long> {

	Optional<TrainingPlan> findByStudentId(long studentId);

}
