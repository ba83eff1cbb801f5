package com.clinigrad.achievements;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexings are exactly those the {@code publication} table accepts, each with words
 * in both languages, and an SCI paper is recognised by its indexing.
 */
class PublicationIndexingTests {

	@Test
	void theIndexingsAreThoseThePublicationTableAccepts() throws IOException {
		String migration = resource("/db/migration/V14__academic_records.sql");
		Matcher check = Pattern.compile("indexing in \\(([^)]*)\\)").matcher(migration);
		assertThat(check.find()).isTrue();
		assertThat(Arrays.stream(check.group(1).split(",")).map((v) -> v.trim().replace("'", "")))
			.containsExactly(Arrays.stream(PublicationIndexing.values()).map(Enum::name).toArray(String[]::new));
	}

	@Test
	void everyIndexingHasWordsInBothLanguages() throws IOException {
		for (String bundle : new String[] { "/messages_zh_CN.properties", "/messages_en.properties" }) {
			Properties words = new Properties();
			try (InputStream in = getClass().getResourceAsStream(bundle)) {
				words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (PublicationIndexing indexing : PublicationIndexing.values()) {
				assertThat(words.getProperty(indexing.messageKey())).as(bundle + " " + indexing).isNotBlank();
			}
		}
	}

	@Test
	void onlyAnSciPaperCountsAsSci() {
		assertThat(paper(PublicationIndexing.SCI).sci()).isTrue();
		assertThat(paper(PublicationIndexing.CORE).sci()).isFalse();
		assertThat(paper(PublicationIndexing.OTHER).sci()).isFalse();
		assertThat(PublicationIndexing.ofStored("CORE")).isEqualTo(PublicationIndexing.CORE);
		assertThat(PublicationIndexing.ofStored(null)).isNull();
	}

	private static OutputView paper(PublicationIndexing indexing) {
		return new OutputView(AchievementKind.PUBLICATION, "t", "j", indexing, 1, BigDecimal.ONE,
				LocalDate.of(2026, 1, 1), null);
	}

	private String resource(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
