package com.clinigrad.courses;

import org.springframework.data.jpa.repository.JpaRepository;

interface GradeSheetRepository extends JpaRepository<GradeSheet, Long> {

}
