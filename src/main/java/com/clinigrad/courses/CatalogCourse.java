package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * A catalog course with everything the catalog page shows and edits.
 */
public record CatalogCourse(long id, String code, String name, String nameEn, CourseCategory category,
		BigDecimal credits, Integer hours, String language, String instructor, String department, long version) {

	public boolean required() {
		return this.category != CourseCategory.ELECTIVE;
	}

	/**
	 * @return the message key of the language of instruction when it is one the course
	 * form offers (中文, 英文, 中英双语), so that a page in another language names it in words of
	 * its own; {@code null} for a language typed otherwise, shown as typed
	 */
	public String languageKey() {
		if (this.language == null) {
			return null;
		}
		return switch (this.language.strip()) {
			case "中文" -> "course.language.zh";
			case "英文" -> "course.language.en";
			case "中英双语" -> "course.language.bilingual";
			default -> null;
		};
	}

}
