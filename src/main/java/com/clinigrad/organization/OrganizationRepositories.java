package com.clinigrad.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HospitalRepository extends JpaRepository<Hospital, Long> {

	Optional<Hospital> findByCode(String code);

	List<Hospital> findAllByOrderByCodeAsc();

}

interface DepartmentRepository extends JpaRepository<Department, Long> {

	Optional<Department> findByHospitalIdAndCode(long hospitalId, String code);

	List<Department> findByHospitalIdOrderByCodeAsc(long hospitalId);

	List<Department> findAllByOrderByHospitalIdAscCodeAsc();

}

interface DisciplineRepository extends JpaRepository<Discipline, String> {

	List<Discipline> findAllByOrderByCodeAsc();

}

interface SubspecialtyRepository extends JpaRepository<Subspecialty, Long> {

	List<Subspecialty> findAllByOrderByDisciplineCodeAscIdAsc();

}

interface AcademicTermRepository extends JpaRepository<AcademicTerm, String> {

	List<AcademicTerm> findAllByOrderByCodeAsc();

}

interface ProgramRepository extends JpaRepository<Program, String> {

	List<Program> findAllByOrderByCodeAsc();

}
