package com.clinigrad.home;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every role's home page and menu link only to what that role may open: each link and
 * each panel the page loads answers, for that person, with anything but 403 (or an
 * error).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomeLinksTests {

	private static final Pattern LINK = Pattern.compile("(href|hx-get)=\"(/[^\"#]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void noRoleIsOfferedALinkItMayNotOpen() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		Map<String, String> accounts = new java.util.LinkedHashMap<>();
		accounts.put("graduate school", fixtures.account(Role.GRAD_SCHOOL));
		accounts.put("hospital office", fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		accounts.put("coordinator", fixtures.account(Set.of(Role.DEPT_COORDINATOR), hospital, "D1", null, null));
		accounts.put("supervisor", fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		accounts.put("expert", fixtures.account(Set.of(Role.EXPERT), null, null, supervisor, null));
		accounts.put("degree committee", fixtures.account(Role.DEGREE_COMMITTEE));
		accounts.put("student", fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		accounts.put("administrator", fixtures.account(Role.ADMIN));

		for (Map.Entry<String, String> account : accounts.entrySet()) {
			UserDetails login = fixtures.login(account.getValue());
			for (String language : new String[] { "zh_CN", "en" }) {
				String home = this.mvc.perform(get("/").param("lang", language).with(user(login)))
					.andReturn()
					.getResponse()
					.getContentAsString();
				for (String link : links(home)) {
					MvcResult answer = this.mvc
						.perform(get(link.replace("&amp;", "&")).header("HX-Request", "true").with(user(login)))
						.andReturn();
					assertThat(answer.getResponse().getStatus())
						.as("%s (%s) follows %s", account.getKey(), language, link)
						.isNotEqualTo(403)
						.isLessThan(500);
				}
			}
		}
	}

	private static Set<String> links(String page) {
		Set<String> links = new LinkedHashSet<>();
		Matcher matcher = LINK.matcher(page);
		while (matcher.find()) {
			String link = matcher.group(2);
			boolean asset = link.startsWith("/webjars/") || link.startsWith("/css/") || link.startsWith("/js/")
					|| link.startsWith("/images/") || link.startsWith("/favicon");
			if (!asset && !link.startsWith("/logout") && !link.contains("lang=")) {
				links.add(link);
			}
		}
		return links;
	}

}
