package com.clinigrad.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.clinigrad.shared.web.ApiLanguage;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The JSON answer of the API's security filters, in the shape of the API's other errors
 * ({@code {"status":…,"error":…,"message":…}}), in the caller's language: Chinese unless
 * the client asks for English.
 */
final class ApiRefusal {

	private ApiRefusal() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, MessageSource messages, int status,
			String error, String messageKey) throws IOException {
		Locale language = (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? ApiLanguage.of(request)
				: Locale.SIMPLIFIED_CHINESE;
		String message = messages.getMessage(messageKey, null, language);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + json(message) + "\"}");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
