package com.clinigrad.accounts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.ParserContext;
import org.springframework.core.GenericTypeResolver;
import org.springframework.security.access.expression.AbstractSecurityExpressionHandler;
import org.springframework.security.access.expression.SecurityExpressionHandler;
import org.springframework.security.web.FilterInvocation;

/**
 * Parses each {@code sec:authorize} expression of the pages once: the Thymeleaf security
 * dialect asks the web expression handler's parser for every element of every page (the
 * navigation alone holds fourteen), and parsing cost more than the check. The parsed
 * expressions are the same, evaluated each time against the caller, so what a page shows
 * does not change.
 */
final class PageAuthorizeExpressions implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractSecurityExpressionHandler<?> handler
				&& FilterInvocation.class
					.equals(GenericTypeResolver.resolveTypeArgument(bean.getClass(), SecurityExpressionHandler.class))
				&& !(handler.getExpressionParser() instanceof CachingParser)) {
			handler.setExpressionParser(new CachingParser(handler.getExpressionParser()));
		}
		return bean;
	}

	/**
	 * A parser that keeps what it parsed (the pages hold a few dozen distinct
	 * expressions).
	 */
	private static final class CachingParser implements ExpressionParser {

		private static final int LIMIT = 1_000;

		private final ExpressionParser parser;

		private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

		CachingParser(ExpressionParser parser) {
			this.parser = parser;
		}

		@Override
		public Expression parseExpression(String expressionString) throws ParseException {
			Expression expression = this.parsed.get(expressionString);
			if (expression == null) {
				expression = this.parser.parseExpression(expressionString);
				if (this.parsed.size() < LIMIT) {
					this.parsed.put(expressionString, expression);
				}
			}
			return expression;
		}

		@Override
		public Expression parseExpression(String expressionString, ParserContext context) throws ParseException {
			return this.parser.parseExpression(expressionString, context);
		}

	}

}
