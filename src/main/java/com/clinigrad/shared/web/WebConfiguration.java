package com.clinigrad.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Chinese by default, English on request ({@code ?lang=en}), remembered in a cookie;
 * control characters refused in page parameters; {@code /error} not a page of its own;
 * request mappings looked up by their first path segment; the assets' links with the hash
 * of their content.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final List<PageModel> pageModels;

	WebConfiguration(List<PageModel> pageModels) {
		this.pageModels = pageModels;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver("clinigrad-lang");
		resolver.setDefaultLocale(CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new InputCharactersInterceptor()).excludePathPatterns("/api/**");
		registry.addInterceptor(new PageModelInterceptor(this.pageModels)).excludePathPatterns("/api/**");
	}

	/**
	 * A path with a variable is matched against the mappings that start like it, not
	 * against all of them ({@link FirstSegmentHandlerMapping}).
	 */
	@Bean
	WebMvcRegistrations firstSegmentHandlerMapping() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new FirstSegmentHandlerMapping();
			}
		};
	}

	/**
	 * The assets' links with the hash of their content, looked up for those links only
	 * ({@link AssetUrlEncodingFilter}, in place of Spring Boot's).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(
			@Qualifier("mvcResourceUrlProvider") ResourceUrlProvider assets) {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new AssetUrlEncodingFilter(assets));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	FilterRegistrationBean<DirectErrorRequestFilter> directErrorRequestFilter() {
		FilterRegistrationBean<DirectErrorRequestFilter> registration = new FilterRegistrationBean<>(
				new DirectErrorRequestFilter());
		registration.addUrlPatterns("/error");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Only the two languages the bundles hold: anything else falls back to Chinese.
	 */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
		}

		@Override
		public void setLocale(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, normalize(locale));
		}

		@Override
		public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
			return normalize(super.resolveLocale(request));
		}

		static Locale normalize(Locale locale) {
			if (locale != null && "en".equals(locale.getLanguage())) {
				return Locale.ENGLISH;
			}
			return CHINESE;
		}

	}

}
