package com.clinigrad.support;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Lets a test hand a page the flash attributes of a refused form
 * ({@code get(page).flashAttrs(result.getFlashMap())}) although sessions live in the
 * database: MockMvc puts them into its own container session, which the application
 * (behind Spring Session's filter) never reads, so they are moved to where the dispatcher
 * looks for the flash attributes of the request.
 */
@AutoConfiguration
@ConditionalOnClass(MockMvc.class)
class FlashAttributesOverSessions {

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	/**
	 * Runs first: a test configuration that sets its own default request (such as
	 * {@link SentFromAPage}) adds {@link #processor()} to it.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	MockMvcBuilderCustomizer flashAttributesOverSessions() {
		return (builder) -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(processor()));
	}

	static RequestPostProcessor processor() {
		return (request) -> {
			HttpSession session = request.getSession(false);
			if (session != null && session.getAttribute(FLASH_MAPS) instanceof List<?> maps && !maps.isEmpty()
					&& maps.get(0) instanceof FlashMap flash) {
				session.removeAttribute(FLASH_MAPS);
				request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Collections.unmodifiableMap(flash));
			}
			return request;
		};
	}

}
