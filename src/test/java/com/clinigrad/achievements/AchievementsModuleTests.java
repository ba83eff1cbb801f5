package com.clinigrad.achievements;

import java.time.LocalDate;

import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The achievements module on its own tells the others when a student's certificates or
 * publications changed.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AchievementsModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AchievementRecords records;

	@Test
	void aRecordedCertificateIsPublishedForItsStudent(Scenario scenario) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		long student = fixtures.studentId(fixtures.student(hospital, fixtures.supervisor(hospital)));

		scenario.stimulate(() -> this.records.upsertCertificate(student, "MEDICAL_LICENSE", LocalDate.of(2024, 12, 1)))
			.andWaitForEventOfType(AchievementsRecorded.class)
			.toArriveAndVerify((event) -> assertThat(event.studentIds()).containsExactly(student));
	}

}
