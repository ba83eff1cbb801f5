package com.clinigrad.eligibility;

import org.springframework.data.jpa.repository.JpaRepository;

interface DiversionCaseRepository extends JpaRepository<DiversionCase, Long> {

}
