package com.clinigrad.supervisors;

import java.time.LocalDate;
import java.util.List;

import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.reminders.Audience;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.shared.reminders.DueItem;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The qualifications the reminder run is told of: those whose re-review day falls within
 * the window and that no later grant renewed, to the supervisor and the graduate school.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QualificationExpiryRemindersTests {

	@Autowired
	QualificationExpiryReminders reminders;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aQualificationExpiringWithinTheWindowIsDueUnlessRenewed() {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String expiring = fixtures.supervisor(hospital);
		String renewed = fixtures.supervisor(hospital);
		String later = fixtures.supervisor(hospital);
		LocalDate today = SchoolTime.today();
		qualification(expiring, today.minusYears(4).plusDays(30), today.plusDays(30));
		qualification(renewed, today.minusYears(4).plusDays(20), today.plusDays(20));
		qualification(renewed, today.minusDays(5), today.plusYears(4).minusDays(5));
		qualification(later, today.minusYears(3), today.plusYears(1));
		assertThat(this.jdbc.sql("select days from reminder_rule where kind = 'QUALIFICATION_EXPIRY'")
			.query(Integer.class)
			.single()).isEqualTo(90);

		List<DueItem> due = this.reminders.due(DeadlineKind.QUALIFICATION_EXPIRY, today, today.plusDays(90));

		List<DueItem> mine = due.stream().filter((d) -> d.args().contains(expiring)).toList();
		assertThat(mine).hasSize(2);
		assertThat(mine).flatExtracting(DueItem::audiences)
			.containsExactlyInAnyOrder(Audience.supervisor(expiring), Audience.gradSchool());
		assertThat(mine.get(0).args()).contains("#qualificationKind.DOCTORAL_SUPERVISOR",
				today.plusDays(30).toString());
		assertThat(due).noneMatch((d) -> d.args().contains(renewed) || d.args().contains(later));
	}

	private void qualification(String staffNo, LocalDate grantedOn, LocalDate validUntil) {
		this.jdbc.sql("""
				insert into supervisor_qualification (supervisor_id, kind, granted_on, valid_until, recorded_by)
				select id, 'DOCTORAL_SUPERVISOR', :g, :v, 'test' from supervisor where staff_no = :s""")
			.param("s", staffNo)
			.param("g", grantedOn)
			.param("v", validUntil)
			.update();
	}

}
