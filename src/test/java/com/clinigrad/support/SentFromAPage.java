package com.clinigrad.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Makes every MockMvc request carry a {@code Referer}, as a browser's form post does, so
 * that a refused form goes back to a page (with the reason as a flash message) instead of
 * the 409 page meant for requests that come from no page. A test that sets its own header
 * wins.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SentFromAPage {

	public static final String PAGE = "/";

	@Bean
	MockMvcBuilderCustomizer sentFromAPage() {
		return (builder) -> builder.defaultRequest(
				get(PAGE).header("Referer", "http://localhost" + PAGE).with(FlashAttributesOverSessions.processor()));
	}

}
