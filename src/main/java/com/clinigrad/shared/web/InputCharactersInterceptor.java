package com.clinigrad.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a page request whose parameters carry control characters (a NUL byte, a
 * backspace, …) before any controller binds them: no database can store a NUL, and none
 * of them belongs in a name, a reason or a code. Tabs and line breaks stay allowed.
 */
class InputCharactersInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (hasControlCharacter(parameter.getKey())) {
				throw new UnacceptableInputException("");
			}
			for (String value : parameter.getValue()) {
				if (value != null && hasControlCharacter(value)) {
					throw new UnacceptableInputException(parameter.getKey());
				}
			}
		}
		return true;
	}

	static boolean hasControlCharacter(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A parameter with a character no field accepts; answers 400 (the parameter's name
	 * goes to the log).
	 */
	static class UnacceptableInputException extends RuntimeException {

		private final String field;

		UnacceptableInputException(String field) {
			super("Control character in parameter " + field);
			this.field = field;
		}

		String getField() {
			return this.field;
		}

	}

}
