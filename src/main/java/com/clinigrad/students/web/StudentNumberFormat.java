package com.clinigrad.students.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import com.clinigrad.students.StudentNumber;

/**
 * A form field holding a student number follows {@link StudentNumber}, the rule the
 * imports apply too. Empty passes (that is {@code @NotBlank}'s to say).
 */
@Documented
@Constraint(validatedBy = StudentNumberFormat.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface StudentNumberFormat {

	String message() default "{validation.code}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the value with {@link StudentNumber#check}; too long says so.
	 */
	class Validator implements ConstraintValidator<StudentNumberFormat, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			return StudentNumber.check(value.trim()).map((problem) -> {
				if (problem == StudentNumber.Problem.TOO_LONG) {
					context.disableDefaultConstraintViolation();
					context.buildConstraintViolationWithTemplate("{validation.tooLong}").addConstraintViolation();
				}
				return false;
			}).orElse(true);
		}

	}

}
