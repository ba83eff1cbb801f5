package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * A catalog course.
 */
public record CourseView(String code, String name, String nameEn, CourseCategory category, BigDecimal credits,
		Integer hours, String language) {
}
