package com.clinigrad.eligibility;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit's amounts in words: one of a thing in the singular where the language has it.
 */
class AuditMessagesTests {

	private final AuditMessages messages = new AuditMessages(bundle());

	@Test
	void oneIsSingularInEnglishAndTheRestPlural() {
		assertThat(this.messages.value("PUBLICATION", "1", Locale.ENGLISH)).isEqualTo("1 publication");
		assertThat(this.messages.value("PUBLICATION", "2", Locale.ENGLISH)).isEqualTo("2 publications");
		assertThat(this.messages.value("CREDITS_TOTAL", "1", Locale.ENGLISH)).isEqualTo("1 credit");
		assertThat(this.messages.value("CREDITS_TOTAL", "16", Locale.ENGLISH)).isEqualTo("16 credits");
		assertThat(this.messages.value("CLINICAL_MONTHS", "1.0", Locale.ENGLISH)).isEqualTo("1.0 months");
		// a rule without a word for one keeps its amount
		assertThat(this.messages.value("SIMILARITY", "1", Locale.ENGLISH)).isEqualTo("1 %");
		assertThat(this.messages.value("PUBLICATION", "1", Locale.SIMPLIFIED_CHINESE)).isEqualTo("1 篇");
	}

	private static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
