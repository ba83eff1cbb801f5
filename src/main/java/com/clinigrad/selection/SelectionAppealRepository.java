package com.clinigrad.selection;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelectionAppealRepository extends JpaRepository<SelectionAppeal, Long> {

	List<SelectionAppeal> findBySuspensionIdIn(Collection<Long> suspensionIds);

}
