package com.clinigrad.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import com.clinigrad.shared.SchoolTime;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * {@code #school.time(t)} and {@code #school.date(t)} in templates: a moment (an
 * {@link Instant}, or an {@link OffsetDateTime} as the database returns it, in UTC) shown
 * in Beijing time, whatever zone the server runs in.
 */
@Component
class SchoolTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "school";

	SchoolTimeDialect() {
		super("clinigrad-school-time");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? new SchoolTimes() : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

	/**
	 * The formatting the templates call.
	 */
	public static final class SchoolTimes {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

		/**
		 * @return {@code yyyy-MM-dd HH:mm} in Beijing time, or an empty text for
		 * {@code null}
		 */
		public String time(Object moment) {
			ZonedDateTime local = local(moment);
			return (local != null) ? TIME.format(local) : "";
		}

		/**
		 * @return the Beijing date of a moment ({@code yyyy-MM-dd}); a date stays as it
		 * is
		 */
		public String date(Object moment) {
			if (moment instanceof LocalDate date) {
				return DATE.format(date);
			}
			ZonedDateTime local = local(moment);
			return (local != null) ? DATE.format(local) : "";
		}

		static ZonedDateTime local(Object moment) {
			if (moment instanceof Instant instant) {
				return instant.atZone(SchoolTime.ZONE);
			}
			if (moment instanceof OffsetDateTime offset) {
				return offset.atZoneSameInstant(SchoolTime.ZONE);
			}
			if (moment instanceof ZonedDateTime zoned) {
				return zoned.withZoneSameInstant(SchoolTime.ZONE);
			}
			if (moment instanceof LocalDateTime local) {
				return local.atZone(SchoolTime.ZONE);
			}
			if (moment == null) {
				return null;
			}
			throw new IllegalArgumentException("Not a moment: " + moment.getClass().getName());
		}

	}

}
