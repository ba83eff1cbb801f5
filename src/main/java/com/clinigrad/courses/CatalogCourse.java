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

}
