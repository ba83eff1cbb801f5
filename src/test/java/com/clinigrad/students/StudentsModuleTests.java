package com.clinigrad.students;

import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The students module on its own tells the others of new or changed records and of every
 * status change, with the status before and after.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class StudentsModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	StudentRegistry registry;

	@Test
	void aNewStudentIsPublishedAndAStatusChangeNamesBothStatuses(Scenario scenario) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String studentNo = fixtures.unique("M");
		StudentCommand command = new StudentCommand(studentNo, "学生" + studentNo, DegreeType.PRO_MASTER,
				"PUMC-PRO-MASTER", 2023, "105101", AdmissionType.EXAM, SourceSchool.OWN, hospital, supervisor, null);

		scenario.stimulate(() -> this.registry.upsert(command, StudentStatus.ENROLLED))
			.andWaitForEventOfType(StudentsRecorded.class)
			.toArriveAndVerify(
					(event) -> assertThat(event.studentIds()).containsExactly(fixtures.studentId(studentNo)));
		scenario.stimulate(() -> this.registry.upsert(command, StudentStatus.DELAYED))
			.andWaitForEventOfType(StudentStatusChanged.class)
			.toArriveAndVerify((event) -> {
				assertThat(event.studentNo()).isEqualTo(studentNo);
				assertThat(event.from()).isEqualTo(StudentStatus.ENROLLED);
				assertThat(event.to()).isEqualTo(StudentStatus.DELAYED);
			});
	}

}
