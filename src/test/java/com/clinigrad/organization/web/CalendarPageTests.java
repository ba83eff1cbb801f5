package com.clinigrad.organization.web;

import com.clinigrad.accounts.Role;
import com.clinigrad.organization.SchoolCalendar;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SentFromAPage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The graduate school enters holidays and worked weekend days; deadlines count them;
 * other roles read the calendar but cannot change it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class CalendarPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theGraduateSchoolEntersHolidaysAndDeadlinesCountThem() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		UserDetails office = fixtures
			.login(fixtures.account(java.util.Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		String hospital = fixtures.hospital();
		UserDetails supervisor = fixtures.login(
				fixtures.account(java.util.Set.of(Role.SUPERVISOR), null, null, fixtures.supervisor(hospital), null));
		SchoolCalendar calendar = this.context.getBean(SchoolCalendar.class);
		java.time.LocalDate friday = java.time.LocalDate.parse("2031-01-03");
		assertThat(calendar.addWorkingDays(friday, 35)).isEqualTo(friday.plusWeeks(7));

		this.mvc
			.perform(post("/organization/calendar").with(user(office))
				.with(csrf())
				.param("day", "2031-01-06")
				.param("kind", "HOLIDAY")
				.param("name", "x"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/organization/calendar").with(user(school))
				.with(csrf())
				.param("day", "2031-01-04")
				.param("kind", "HOLIDAY")
				.param("name", "周六"))
			.andExpect(flash().attribute("flashError", "calendar.error.holidayOnWeekend"));
		this.mvc
			.perform(post("/organization/calendar").with(user(school))
				.with(csrf())
				.param("day", "2031-01-06")
				.param("kind", "HOLIDAY")
				.param("name", "元旦调休"))
			.andExpect(flash().attribute("flashSuccess", "calendar.added"));
		this.mvc
			.perform(post("/organization/calendar").with(user(school))
				.with(csrf())
				.param("day", "2031-01-06")
				.param("kind", "HOLIDAY")
				.param("name", "again"))
			.andExpect(flash().attribute("flashError", "calendar.error.duplicate"));
		assertThat(calendar.addWorkingDays(friday, 35)).isEqualTo(friday.plusWeeks(7).plusDays(3));

		this.mvc.perform(get("/organization/calendar?year=2031").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-day=\"2031-01-06\"")));
		this.mvc.perform(get("/organization/calendar?year=2031").with(user(supervisor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/organization/calendar/2031-01-06/delete").with(user(office)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/organization/calendar?year=2031").with(user(school)))
			.andExpect(content().string(containsString("id=\"confirm-remove-2031-01-06\"")))
			.andExpect(content().string(containsString("不再视为节假日")));
		// removing asks once: without the confirmation the day stays
		this.mvc.perform(post("/organization/calendar/2031-01-06/delete").with(user(school)).with(csrf()))
			.andExpect(flash().attribute("flashError", "calendar.error.confirmRemove"));
		assertThat(calendar.addWorkingDays(friday, 35)).isEqualTo(friday.plusWeeks(7).plusDays(3));
		this.mvc
			.perform(post("/organization/calendar/2031-01-06/delete").with(user(school))
				.with(csrf())
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(calendar.addWorkingDays(friday, 35)).isEqualTo(friday.plusWeeks(7));
	}

}
