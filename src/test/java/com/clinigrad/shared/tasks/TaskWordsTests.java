package com.clinigrad.shared.tasks;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home's to-dos count in English as a reader would: one student is delayed, two
 * students are; Chinese needs no plural.
 */
class TaskWordsTests {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void oneAndManyReadAsEnglish() {
		assertThat(english("task.students.delayed", 1)).startsWith("1 student is delayed:");
		assertThat(english("task.students.delayed", 2)).startsWith("2 students are delayed:");
		assertThat(english("task.reviews", 1)).isEqualTo("1 thesis blind review waits for you.");
		assertThat(english("task.reviews", 1200)).isEqualTo("1,200 thesis blind reviews wait for you.");
		assertThat(english("task.meetings", 1)).contains("meeting waits for its votes");
		assertThat(this.messages.getMessage("task.reviews", new Object[] { 1L }, Locale.SIMPLIFIED_CHINESE))
			.contains("1");
	}

	private String english(String key, long count) {
		return this.messages.getMessage(key, new Object[] { count }, Locale.ENGLISH);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
