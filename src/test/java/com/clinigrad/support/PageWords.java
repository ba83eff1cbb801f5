package com.clinigrad.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.eligibility.rules.RuleSet;
import org.assertj.core.api.SoftAssertions;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The words check every page of a role's walk passes: the visible text shows no rule code
 * of the rule catalogue ({@link RuleSet#CODES}), no constant of the app's own enums
 * (statuses, results, kinds) and no message key left untranslated; on a Chinese page also
 * no English status word in lower case (none, recorded, system, import, ...); and no
 * same-origin link on the page answers 403, 404 or a server error to the logged-in user.
 * <p>
 * One instance per browser: links already checked for the logged-in user are not fetched
 * again. What a page shows wrong is collected, so that one walk reports every page that
 * fails; {@link #assertNothingFound()} ends a walk (and forgets the links checked, as the
 * next user may be answered differently).
 */
public final class PageWords {

	/**
	 * Words a page shows that look like codes but are data or a genuine abbreviation,
	 * never a status.
	 */
	private static final Set<String> DATA = Set.of(
			// "SCI" names a journal index (SCI 收录) in both languages, an import value too
			"SCI",
			// "DOPS" is the name Chinese rotation forms use for the observed-procedure
			// assessment, beside its Chinese name (操作技能直接观察评估（DOPS）)
			"DOPS");

	/** Lower-case words that are a status or a source in English. */
	private static final Set<String> ENGLISH_STATUS_WORDS = Set.of("none", "recorded", "system", "import", "true",
			"false", "null", "pass", "fail", "passed", "failed", "pending", "open", "closed", "submitted", "approved",
			"rejected", "waived", "yes", "no", "demo");

	private static final Pattern UPPER_WORD = Pattern.compile("(?<![A-Za-z0-9_-])[A-Z][A-Z_]*[A-Z](?![A-Za-z0-9_-])");

	private static final Pattern LOWER_WORD = Pattern
		.compile("(?<![A-Za-z0-9_.@/-])[A-Za-z][a-z]+(?![A-Za-z0-9_.@/-])");

	private static final Pattern MESSAGE_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

	private static final Set<String> CODES = codes();

	private final Browser browser;

	private final Map<String, Integer> checked = new HashMap<>();

	private SoftAssertions found = new SoftAssertions();

	private PageWords(Browser browser) {
		this.browser = browser;
	}

	public static PageWords of(Browser browser) {
		return new PageWords(browser);
	}

	/**
	 * @return every rule code and every enum constant of {@code com.clinigrad}
	 */
	public static Set<String> codes() {
		Set<String> codes = new TreeSet<>(RuleSet.CODES);
		try {
			ClassLoader loader = PageWords.class.getClassLoader();
			for (Resource resource : new PathMatchingResourcePatternResolver(loader)
				.getResources("classpath*:com/clinigrad/**/*.class")) {
				String url = resource.getURL().toString();
				if (url.contains("/test-classes/")) {
					continue;
				}
				String name = url.substring(url.lastIndexOf("com/clinigrad/"), url.length() - ".class".length())
					.replace('/', '.');
				Class<?> type;
				try {
					type = Class.forName(name, false, loader);
				}
				catch (ClassNotFoundException | LinkageError ex) {
					continue;
				}
				if (type.isEnum()) {
					for (Object constant : type.getEnumConstants()) {
						codes.add(((Enum<?>) constant).name());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		codes.removeAll(DATA);
		return codes;
	}

	/**
	 * Checks the current page, which is in Chinese.
	 */
	public PageWords chinese(String name) {
		return check(name, true);
	}

	/**
	 * Checks the current page, which is in English.
	 */
	public PageWords english(String name) {
		return check(name, false);
	}

	/**
	 * Fails with everything the pages checked since the last call showed wrong, and
	 * forgets the links checked so far.
	 */
	public void assertNothingFound() {
		SoftAssertions walk = this.found;
		this.found = new SoftAssertions();
		this.checked.clear();
		walk.assertAll();
	}

	private PageWords check(String name, boolean chinese) {
		this.browser.screenshot("words-" + name);
		String text = this.browser.text();
		String where = name + " (" + this.browser.currentPath() + ")";
		this.found.assertThat(codesIn(text)).as("codes or enum constants on %s", where).isEmpty();
		Matcher key = MESSAGE_KEY.matcher(text);
		this.found.assertThat(key.find() ? key.group() : null).as("an untranslated message key on %s", where).isNull();
		if (chinese) {
			this.found.assertThat(englishStatusWordsIn(text))
				.as("English status words on the Chinese page %s", where)
				.isEmpty();
		}
		this.found.assertThat(refusedLinks())
			.as("links (or the page itself) that answer 403, 404 or a server error on %s", where)
			.isEmpty();
		return this;
	}

	static List<String> codesIn(String text) {
		List<String> found = new ArrayList<>();
		Matcher word = UPPER_WORD.matcher(text);
		while (word.find()) {
			if (CODES.contains(word.group())) {
				found.add(word.group());
			}
		}
		return found;
	}

	static List<String> englishStatusWordsIn(String text) {
		List<String> found = new ArrayList<>();
		Matcher word = LOWER_WORD.matcher(text);
		while (word.find()) {
			String lower = word.group().toLowerCase(Locale.ROOT);
			if (ENGLISH_STATUS_WORDS.contains(lower) || CODES.contains(lower.toUpperCase(Locale.ROOT))) {
				found.add(lower);
			}
		}
		return found;
	}

	/**
	 * @return the same-origin links of the page (GET, no log-out, no language switch,
	 * which would change the session's language) that answer 403, 404 or 5xx, with their
	 * status
	 */
	@SuppressWarnings("unchecked")
	private List<String> refusedLinks() {
		List<String> links = (List<String>) ((JavascriptExecutor) this.browser.driver()).executeScript("""
				var seen = {};
				document.querySelectorAll('a[href]').forEach(function (a) {
				  var url = new URL(a.getAttribute('href'), document.baseURI);
				  if (url.origin !== location.origin || url.protocol.indexOf('http') !== 0) { return; }
				  if (url.pathname === '/logout' || url.searchParams.has('lang')) { return; }
				  url.hash = '';
				  seen[url.pathname + url.search] = true;
				});
				var here = new URL(location.href);
				here.searchParams.delete('lang');
				seen[here.pathname + here.search] = true;
				return Object.keys(seen);
				""");
		List<String> fresh = links.stream().filter((link) -> !this.checked.containsKey(link)).toList();
		if (!fresh.isEmpty()) {
			Map<String, Object> statuses = (Map<String, Object>) ((JavascriptExecutor) this.browser.driver())
				.executeAsyncScript("""
						var links = arguments[0], done = arguments[arguments.length - 1], result = {};
						Promise.all(links.map(function (link) {
						  return fetch(link, { credentials: 'same-origin', redirect: 'follow' })
						    .then(function (response) { result[link] = response.status; })
						    .catch(function () { result[link] = -1; });
						})).then(function () { done(result); });
						""", fresh);
			statuses.forEach((link, status) -> this.checked.put(link, ((Number) status).intValue()));
		}
		List<String> refused = new ArrayList<>();
		for (String link : links) {
			int status = this.checked.get(link);
			if (status == 403 || status == 404 || status >= 500 || status < 0) {
				refused.add(link + " " + status);
			}
		}
		return refused;
	}

}
