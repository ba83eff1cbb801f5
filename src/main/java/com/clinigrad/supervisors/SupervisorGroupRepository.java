package com.clinigrad.supervisors;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisorGroupRepository extends JpaRepository<SupervisorGroup, Long> {

	Optional<SupervisorGroup> findByCode(String code);

}
