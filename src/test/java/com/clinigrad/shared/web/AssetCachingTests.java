package com.clinigrad.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' assets (styles, scripts, fonts, the icon) are linked by addresses that carry
 * a hash of their content and are answered with a year's caching, so that a page view
 * loads only the page; the pages themselves are never stored. One filter writes those
 * links, ours, which looks at no other link.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AssetCachingTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:static|webjars)/[^\"]+)\"");

	private static final Pattern CSS_URL = Pattern.compile("url\\(\"?([^\")]+\\.woff2[^\")]*)\"?\\)");

	private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+(\\?.*)?");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void assetsAreLinkedByTheirContentAndKeptForAYearWhilePagesAreNotStored() throws Exception {
		HttpResponse<String> page = get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("no-store"));
		List<String> assets = matches(ASSET, page.body());
		assertThat(assets).as("styles, scripts and the icon of the layout")
			.hasSizeGreaterThanOrEqualTo(6)
			.allSatisfy((asset) -> assertThat(asset).matches(HASHED));
		for (String asset : assets) {
			HttpResponse<String> answer = get(asset);
			assertThat(answer.statusCode()).as(asset).isEqualTo(200);
			assertThat(answer.headers().firstValue("Cache-Control")).as(asset)
				.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000", "public")
					.doesNotContain("no-store")
					.doesNotContain("no-cache"));
		}
		String icons = assets.stream().filter((asset) -> asset.contains("bootstrap-icons")).findFirst().orElseThrow();
		List<String> fonts = matches(CSS_URL, get(icons).body());
		assertThat(fonts).as("the icon font, linked from its style sheet by its content").isNotEmpty();
		for (String font : fonts) {
			URI address = URI.create(icons).resolve(font);
			assertThat(address.getPath()).matches(HASHED);
			HttpResponse<String> answer = get(address.toString());
			assertThat(answer.statusCode()).as(font).isEqualTo(200);
			assertThat(answer.headers().firstValue("Cache-Control"))
				.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000"));
		}
	}

	@Test
	void theAssetLinksAreWrittenByOneFilterThatLooksOnlyAtThem() {
		List<Object> filters = this.context.getBeansOfType(FilterRegistrationBean.class)
			.values()
			.stream()
			.map(FilterRegistrationBean::getFilter)
			.filter(ResourceUrlEncodingFilter.class::isInstance)
			.map(Object.class::cast)
			.toList();
		assertThat(filters).singleElement().isInstanceOf(AssetUrlEncodingFilter.class);
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
