package com.clinigrad.imports.web;

import java.nio.charset.StandardCharsets;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The import pages show what the API reports: the same checks, the same cap on the
 * problems listed and their total.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	String staff;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
	}

	@Test
	void thePreviewListsTheFirstThousandProblemsAndSaysHowManyInAll() throws Exception {
		StringBuilder csv = new StringBuilder("code,name\n");
		for (int i = 0; i < 1500; i++) {
			csv.append(this.fixtures.unique("H")).append(",\n");
		}
		MockMultipartFile file = new MockMultipartFile("file", "hospitals.csv", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));

		MvcResult result = this.mvc
			.perform(multipart("/imports/hospitals/preview").file(file)
				.with(csrf())
				.with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(view().name("imports/preview"))
			.andReturn();

		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("发现 1,500 处问题").contains("id=\"import-errors-truncated\"");
		assertThat(page.split("<td class=\"text-break\"", -1)).hasSize(1001);
	}

	@Test
	void aPreviewWithoutAFileGoesBackToTheIndexSayingSoInThePagesLanguage() throws Exception {
		for (String[] language : new String[][] { { "zh_CN", "请先选择要上传的文件。" },
				{ "en", "Choose a file to upload first." } }) {
			MvcResult sent = this.mvc
				.perform(multipart("/imports/hospitals/preview").param("lang", language[0])
					.with(csrf())
					.with(user(this.fixtures.login(this.staff))))
				.andExpect(status().is3xxRedirection())
				.andReturn();
			String page = this.mvc
				.perform(get("/imports").param("lang", language[0])
					.flashAttrs(sent.getFlashMap())
					.with(user(this.fixtures.login(this.staff))))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains(language[1]).doesNotContain("??");
		}
	}

	@Test
	void theIndexStatesTheLimits() throws Exception {
		String page = this.mvc.perform(get("/imports").with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("30 MB").contains("1,000");
	}

	@Test
	void everyColumnOfEveryDatasetIsDescribedInBothLanguages() throws Exception {
		for (String language : new String[] { "zh_CN", "en" }) {
			String page = this.mvc
				.perform(get("/imports").param("lang", language).with(user(this.fixtures.login(this.staff))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			assertThat(page).as(language).doesNotContain("??imports.");
			assertThat(page).as(language).contains("applicant_no").contains("destination_kind").contains("valid_until");
		}
	}

}
