package com.clinigrad.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page check takes for a code or an English status word, and what it leaves as
 * data.
 */
class PageWordsTests {

	@Test
	void theCodesComeFromTheRuleCatalogueAndTheAppsEnums() {
		assertThat(PageWords.codes())
			.contains("MEDICAL_LICENSE", "SIMILARITY", "PASS", "PENDING", "SUBMITTED", "REOPENED", "NO_LICENSE",
					"PROPOSAL", "AWARD", "ENROLLED")
			.doesNotContain("SCI", "DOPS");
	}

	@Test
	void codesAndStatusWordsAreFoundAsWholeWords() {
		assertThat(PageWords.codesIn("未通过：MEDICAL_LICENSE、CREDITS_TOTAL · PASS")).containsExactly("MEDICAL_LICENSE",
				"CREDITS_TOTAL", "PASS");
		assertThat(PageWords.englishStatusWordsIn("要求 none，已 recorded · system 于 2026-01-01 办理 import"))
			.containsExactly("none", "recorded", "system", "import");
		assertThat(PageWords.englishStatusWordsIn("状态 open · Pending")).containsExactly("open", "pending");
	}

	@Test
	void dataIsLeftAlone() {
		String data = "M5IA03 学生M5IA03 PUMC-PRO-MASTER H8DQJ1 D1 u8dqj4 SCI 收录 Mini-CEX 和 DOPS 盲审版.docx "
				+ "report.pdf a.b@example.org 2026-01-31";
		assertThat(PageWords.codesIn(data)).isEmpty();
		assertThat(PageWords.englishStatusWordsIn(data)).isEmpty();
	}

}
