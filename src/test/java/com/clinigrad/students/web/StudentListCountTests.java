package com.clinigrad.students.web;

import java.util.List;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.ListPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The student list counts its rows only as far as its pages need (here exactly up to 10
 * rows, instead of a thousand, {@code clinigrad.lists.exact-count-up-to} lowered for this
 * test): beyond that the page says "more than" in words, the pager still leads to the
 * next pages, and the export still holds every row of the filter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StudentListCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void beyondTheExactCountThePageSaysMoreThanAndPagingAndTheExportStillReachEveryRow() throws Exception {
		Object search = AopTestUtils.getUltimateTargetObject(this.context.getBean("studentSearch"));
		Object exactUpTo = ReflectionTestUtils.getField(search, "exactUpTo");
		ReflectionTestUtils.setField(search, "exactUpTo", 10);
		try {
			beyondTheExactCount();
		}
		finally {
			ReflectionTestUtils.setField(search, "exactUpTo", exactUpTo);
		}
	}

	private void beyondTheExactCount() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		for (int i = 0; i < 45; i++) {
			fixtures.student(hospital, supervisor);
		}
		RequestPostProcessor school = user(fixtures.login(fixtures.account(Role.GRAD_SCHOOL)));
		ListPages pages = ListPages.as(this.mvc, school);
		String list = "/students?hospital=" + hospital;

		// the first page counts 21 rows at most: more than 20, in words, with a next page
		String first = pages.page(list);
		assertThat(count(first)).isEqualTo("第 1–20 条，共 20 条以上");
		assertThat(first).contains("共 20 名以上学生");
		assertThat(first).contains("page=1").doesNotContain("page=2\"");
		String english = pages.page(list + "&lang=en");
		assertThat(count(english)).isEqualTo("1–20 of more than 20");
		assertThat(english).contains("More than 20 students");
		// the second page counts up to its end and one more: still more than 40
		assertThat(count(pages.page(list + "&page=1"))).isEqualTo("第 21–40 条，共 40 条以上");
		// the last page is exact again
		String last = pages.page(list + "&page=2");
		assertThat(count(last)).isEqualTo("第 41–45 条，共 45 条");
		assertThat(last).contains("共 45 名学生");
		assertThat(ListPages.rows(last, "student-table", "、")).hasSize(5);
		// fifty a page: all of them, exactly
		assertThat(count(pages.page(list + "&size=50"))).isEqualTo("第 1–45 条，共 45 条");
		// a small filter is counted exactly on its first page
		assertThat(count(pages.page(list + "&q=" + fixtures.unique("nobody")))).isEqualTo("没有符合条件的记录");

		List<List<String>> exported = pages.assertExportsEqualPages(list + "&sort=name&dir=desc", "student-table", "、");
		assertThat(exported).hasSize(45);
	}

	private static String count(String html) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("<span class=\"small text-muted cg-list-count\"\\s*>([^<]*)</span>")
			.matcher(html);
		assertThat(matcher.find()).as("the list's count").isTrue();
		return org.unbescape.html.HtmlEscape.unescapeHtml(matcher.group(1)).strip();
	}

}
