package com.clinigrad.shared.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter bar as the list pattern writes it: each field in its column with its label,
 * what was typed kept and escaped, the chosen option selected.
 */
class ListHtmlTests {

	static final ListQuery.Definition LIST = ListQuery.define("cohort", "supervisor");

	final ListHtml html = new ListHtml(new MockServletContext());

	@Test
	void theFilterBarKeepsWhatWasTypedEscapedAndSelectsTheChosenOption() {
		ListQuery query = LIST.read(Map.of("q", "<a\"&", "cohort", "2024"));
		List<ListFilter.Option> cohorts = List.of(new ListFilter.Option("2025", "2025 级"),
				new ListFilter.Option("2024", "2024 级"));

		String bar = this.html.filters(List.of(ListFilter.search(query, "姓名或学号", "输入姓名"),
				ListFilter.choice(query, "cohort", "年级", cohorts), ListFilter.text(query, "supervisor", "导师工号", null)),
				"全部");

		assertThat(bar)
			.contains("<div class=\"col-12 col-lg-3\"><label class=\"form-label\" for=\"filter-q\">姓名或学号</label>"
					+ "<input class=\"form-control form-control-sm\" type=\"search\" id=\"filter-q\" name=\"q\" "
					+ "value=\"&lt;a&quot;&amp;\" placeholder=\"输入姓名\"></div>");
		assertThat(bar).contains("<select class=\"form-select form-select-sm\" id=\"filter-cohort\" name=\"cohort\" "
				+ "data-autosubmit><option value=\"\">全部</option><option value=\"2025\">2025 级</option>"
				+ "<option value=\"2024\" selected=\"selected\">2024 级</option></select>");
		// nothing typed: an empty value and no placeholder
		assertThat(bar).contains("<div class=\"col-6 col-md-4 col-lg\"><label class=\"form-label\" "
				+ "for=\"filter-supervisor\">导师工号</label><input class=\"form-control form-control-sm\" type=\"text\" "
				+ "id=\"filter-supervisor\" name=\"supervisor\" value=\"\"></div>");
	}

	@Test
	void aSettingOffersNoAllOption() {
		String bar = this.html.filters(
				List.of(ListFilter.setting("year", "年度",
						List.of(new ListFilter.Option("2026", "2026"), new ListFilter.Option("2025", "2025")), "2025")),
				"全部");

		assertThat(bar).doesNotContain("全部")
			.contains("<option value=\"2026\">2026</option><option value=\"2025\" selected=\"selected\">2025</option>");
	}

}
