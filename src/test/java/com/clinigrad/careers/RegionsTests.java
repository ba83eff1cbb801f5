package com.clinigrad.careers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recorded region in the page's language: as recorded on a Chinese page, the English
 * name of a province-level region (written short or in full) and of abroad on an English
 * page, anything else as recorded.
 */
class RegionsTests {

	@Test
	void aChinesePageShowsTheRegionAsRecorded() {
		assertThat(Regions.displayName("北京", false)).isEqualTo("北京");
		assertThat(Regions.displayName("境外", false)).isEqualTo("境外");
	}

	@Test
	void anEnglishPageShowsTheEnglishName() {
		assertThat(Regions.displayName("北京", true)).isEqualTo("Beijing");
		assertThat(Regions.displayName("北京市", true)).isEqualTo("Beijing");
		assertThat(Regions.displayName("广东省", true)).isEqualTo("Guangdong");
		assertThat(Regions.displayName("新疆维吾尔自治区", true)).isEqualTo("Xinjiang");
		assertThat(Regions.displayName("香港特别行政区", true)).isEqualTo("Hong Kong");
		assertThat(Regions.displayName(" 境外 ", true)).isEqualTo("Abroad");
	}

	@Test
	void anUnknownRegionStaysAsRecorded() {
		assertThat(Regions.displayName("苏州工业园区", true)).isEqualTo("苏州工业园区");
		assertThat(Regions.displayName(null, true)).isNull();
	}

}
