package com.clinigrad.supervisors;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisorGroupRepository extends JpaRepository<SupervisorGroup, Long> {

	Optional<SupervisorGroup> findByCode(String code);

	/**
	 * A group with its members read at once, for callers outside a transaction (a page
	 * deciding whether to link to the group).
	 */
	@EntityGraph(attributePaths = "memberIds")
	Optional<SupervisorGroup> findWithMembersById(long id);

}
