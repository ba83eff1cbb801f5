package com.clinigrad.students;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudentRepository extends JpaRepository<Student, Long> {

	Optional<Student> findByStudentNo(String studentNo);

	List<Student> findByStudentNoIn(Collection<String> studentNos);

	List<Student> findBySupervisorIdOrCoSupervisorIdOrderByCohortYearDescStudentNoAsc(Long supervisorId,
			Long coSupervisorId);

}

interface StudentStatusChangeRepository extends JpaRepository<StudentStatusChange, Long> {

}
