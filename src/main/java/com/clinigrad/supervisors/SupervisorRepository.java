package com.clinigrad.supervisors;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SupervisorRepository extends JpaRepository<Supervisor, Long>, JpaSpecificationExecutor<Supervisor> {

	Optional<Supervisor> findByStaffNo(String staffNo);

	List<Supervisor> findByStaffNoIn(Collection<String> staffNos);

}
