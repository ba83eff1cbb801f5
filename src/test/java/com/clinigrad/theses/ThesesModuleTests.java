package com.clinigrad.theses;

import java.time.LocalDate;

import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theses module on its own tells the others when a student's thesis record
 * (milestones, thesis, reviews) changed.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ThesesModuleTests {

	/** Answered by the eligibility module in the application; not part of this test. */
	@MockitoBean
	ThesisRequirements requirements;

	@Autowired
	ApplicationContext context;

	@Autowired
	ThesisRecords records;

	@Test
	void aRecordedMilestoneIsPublishedForItsStudent(Scenario scenario) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		long student = fixtures.studentId(fixtures.student(hospital, fixtures.supervisor(hospital)));

		scenario
			.stimulate(() -> this.records.upsertMilestone(student,
					new MilestoneView(MilestoneType.PROPOSAL.name(), LocalDate.of(2024, 6, 1), MilestoneResult.PASS)))
			.andWaitForEventOfType(ThesesRecorded.class)
			.toArriveAndVerify((event) -> assertThat(event.studentIds()).containsExactly(student));
	}

}
