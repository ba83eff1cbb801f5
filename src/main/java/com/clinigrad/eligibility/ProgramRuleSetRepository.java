package com.clinigrad.eligibility;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramRuleSetRepository extends JpaRepository<ProgramRuleSet, Long> {

	@EntityGraph(attributePaths = "checks")
	List<ProgramRuleSet> findByProgramCode(String programCode);

	@EntityGraph(attributePaths = "checks")
	List<ProgramRuleSet> findAllByOrderByProgramCodeAscFromCohortAsc();

}
