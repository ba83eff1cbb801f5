package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rotations module on its own tells the others what it recorded: rotations (one event
 * per transaction for all the students concerned) and residency completion exams.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class RotationsModuleTests {

	/** Answered by the eligibility module in the application; not part of this test. */
	@MockitoBean
	ClinicalProgress requirements;

	/** Answered by the eligibility module in the application; not part of this test. */
	@MockitoBean
	ClinicalRequirements clinicalRequirements;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rotationsRecordedInOneTransactionArePublishedOnceNamingEveryStudent(Scenario scenario) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		long first = fixtures.studentId(fixtures.student(hospital, supervisor));
		long second = fixtures.studentId(fixtures.student(hospital, supervisor));
		long department = this.jdbc
			.sql("select d.id from department d join hospital h on h.id = d.hospital_id where h.code = :h")
			.param("h", hospital)
			.query(Long.class)
			.single();
		RotationRecords rotations = this.context.getBean(RotationRecords.class);
		TransactionTemplate transaction = new TransactionTemplate(
				this.context.getBean(PlatformTransactionManager.class));

		scenario.stimulate(() -> transaction.executeWithoutResult((status) -> {
			rotations.upsert(new RotationEntry(first, department, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
					false, ExamResult.PASS, null));
			rotations.upsert(new RotationEntry(second, department, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
					false, ExamResult.FAIL, ExamResult.FAIL));
		}))
			.andWaitForEventOfType(RotationsRecorded.class)
			.toArriveAndVerify((event) -> assertThat(event.studentIds()).containsExactlyInAnyOrder(first, second));
	}

	@Test
	void aResidencyExamSittingIsPublishedWithItsResult(Scenario scenario) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		long student = fixtures.studentId(fixtures.student(hospital, fixtures.supervisor(hospital)));
		LocalDate satOn = LocalDate.of(2026, 6, 12);

		scenario
			.stimulate(() -> this.context.getBean(ResidencyExams.class)
				.recordSitting(student, satOn, ExamResult.PASS, ExamResult.FAIL, new BigDecimal("81"),
						new BigDecimal("52"), null, "测试"))
			.andWaitForEventOfType(ResidencyExamRecorded.class)
			.toArriveAndVerify((event) -> {
				assertThat(event.studentId()).isEqualTo(student);
				assertThat(event.satOn()).isEqualTo(satOn);
				assertThat(event.passed()).isFalse();
			});
	}

}
