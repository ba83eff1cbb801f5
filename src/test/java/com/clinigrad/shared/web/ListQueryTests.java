package com.clinigrad.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list pattern's query: everything in the URL, links that keep the filters, defaults
 * for what is missing or wrong; the language switch keeps the query; the CSV export as
 * Excel opens it.
 */
class ListQueryTests {

	static final ListQuery.Definition LIST = ListQuery.define("cohort", "status").sortable("studentNo", "name");

	@Test
	void readsFiltersSortPageAndSizeAndFallsBackToTheDefaults() {
		ListQuery query = LIST.read(Map.of("q", " 王 ", "cohort", "2022", "sort", "name", "dir", "desc", "page", "2",
				"size", "50", "other", "x"));
		assertThat(query.search()).isEqualTo("王");
		assertThat(query.number("cohort")).isEqualTo(2022);
		assertThat(query.text("other")).isNull();
		assertThat(query.sort()).isEqualTo("name");
		assertThat(query.descending()).isTrue();
		assertThat(query.page()).isEqualTo(2);
		assertThat(query.size()).isEqualTo(50);

		ListQuery wrong = LIST
			.read(Map.of("cohort", "x", "sort", "password", "dir", "sideways", "page", "-3", "size", "100000"));
		assertThat(wrong.number("cohort")).isNull();
		assertThat(wrong.sort()).isEqualTo("studentNo");
		assertThat(wrong.descending()).isFalse();
		assertThat(wrong.page()).isZero();
		assertThat(wrong.size()).isEqualTo(20);
	}

	@Test
	void linksKeepTheFiltersAndStartAgainOnTheFirstPage() {
		ListQuery query = LIST.read(Map.of("cohort", "2022", "q", "张", "page", "3", "size", "50"));
		assertThat(query.sortUrl("name")).isEqualTo("?q=%E5%BC%A0&cohort=2022&sort=name&dir=asc&size=50");
		assertThat(LIST.read(Map.of("sort", "name", "dir", "asc")).sortUrl("name")).isEqualTo("?sort=name&dir=desc");
		assertThat(query.pageUrl(4)).isEqualTo("?q=%E5%BC%A0&cohort=2022&size=50&page=4");
		assertThat(query.sizeUrl(100)).isEqualTo("?q=%E5%BC%A0&cohort=2022&size=100");
		assertThat(query.exportUrl("xlsx")).isEqualTo("?q=%E5%BC%A0&cohort=2022&export=xlsx");
		assertThat(query.resetUrl()).isEqualTo("?size=50");
		assertThat(query.kept()).containsExactly(Map.entry("size", "50"));
		assertThat(LIST.read(Map.of("q", "a+b")).pageUrl(1)).isEqualTo("?q=a%2Bb&page=1");
	}

	@Test
	void sortsAndPagesRowsHeldInMemory() {
		List<String> rows = List.of("b", "a", "d", "c", "e");
		ListQuery query = ListQuery.define().sortable("text").read(Map.of("dir", "desc", "size", "20"));
		List<String> sorted = query.sorted(rows, Map.of("text", Comparator.<String>naturalOrder()));
		assertThat(sorted).containsExactly("e", "d", "c", "b", "a");
		Page<String> beyond = ListQuery.define().sortable("text").read(Map.of("page", "9")).page(sorted);
		assertThat(beyond.getNumber()).as("a page beyond the last shows the last").isZero();
		assertThat(beyond.getContent()).hasSize(5);
		assertThat(beyond.getTotalElements()).isEqualTo(5);
	}

	@Test
	void theLanguageSwitchKeepsTheQueryAndReplacesOnlyTheLanguage() {
		assertThat(LanguageModel.languageSwitch("cohort=2022", "en")).isEqualTo("?cohort=2022&lang=en");
		assertThat(LanguageModel.languageSwitch("lang=en&q=%E7%8E%8B&sort=name&page=2", "zh_CN"))
			.isEqualTo("?q=%E7%8E%8B&sort=name&page=2&lang=zh_CN");
		assertThat(LanguageModel.languageSwitch(null, "en")).isEqualTo("?lang=en");
	}

	@Test
	void theCsvStartsWithTheByteOrderMarkQuotesWhatNeedsItAndDefusesFormulas() {
		String csv = new String(
				ListExport.csv(List.of("姓名", "备注"), List.of(List.of("王小明", "甲, 乙"), List.of("=1+1", "说 \"好\""))),
				StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFF姓名,备注\r\n王小明,\"甲, 乙\"\r\n'=1+1,\"说 \"\"好\"\"\"\r\n");
	}

	@Test
	void aCountStoppedAtItsLimitSaysMoreThanAndStillLeadsToTheNextPages() {
		ListQuery first = LIST.read(Map.of());
		long limit = ListCount.limit(first.pageable(), ListCount.EXACT_UP_TO);
		assertThat(limit).isEqualTo(1001);
		List<String> twenty = java.util.stream.IntStream.range(0, 20).mapToObj(String::valueOf).toList();
		ListTable<String> table = new ListTable<String>().column("row", Cell::text);

		ListView more = table.view(ListCount.page(twenty, first.pageable(), 1001, limit), first);
		assertThat(more.exact()).isFalse();
		assertThat(more.total()).isEqualTo(1000);
		assertThat(more.page().hasNext()).isTrue();
		assertThat(more.page().isLast()).isFalse();
		assertThat(more.pageNumbers()).startsWith(0, 1, 2, -1, 49).endsWith(49, -1);

		ListView exact = table.view(ListCount.page(twenty, first.pageable(), 61, limit), first);
		assertThat(exact.exact()).isTrue();
		assertThat(exact.total()).isEqualTo(61);
		assertThat(exact.pageNumbers()).containsExactly(0, 1, 2, 3);

		// past the thousand, the count reaches the end of the page asked for and one more
		ListQuery far = LIST.read(Map.of("page", "60"));
		long farLimit = ListCount.limit(far.pageable(), ListCount.EXACT_UP_TO);
		assertThat(farLimit).isEqualTo(1221);
		ListView beyond = table.view(ListCount.page(twenty, far.pageable(), farLimit, farLimit), far);
		assertThat(beyond.from()).isEqualTo(1201);
		assertThat(beyond.to()).isEqualTo(1220);
		assertThat(beyond.total()).isEqualTo(1220);
		assertThat(beyond.pageNumbers()).endsWith(58, 59, 60, -1);
		ListView last = table.view(ListCount.page(twenty.subList(0, 5), far.pageable(), 1205, farLimit), far);
		assertThat(last.exact()).isTrue();
		assertThat(last.page().isLast()).isTrue();
		assertThat(last.total()).isEqualTo(1205);
	}

}
