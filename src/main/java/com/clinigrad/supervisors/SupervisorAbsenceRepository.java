package com.clinigrad.supervisors;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisorAbsenceRepository extends JpaRepository<SupervisorAbsence, Long> {

}
