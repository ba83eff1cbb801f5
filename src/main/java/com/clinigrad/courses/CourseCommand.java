package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * A catalog course as staff enter it.
 */
public record CourseCommand(String code, String name, String nameEn, CourseCategory category, BigDecimal credits,
		Integer hours, String language, String instructor, String department) {
}
