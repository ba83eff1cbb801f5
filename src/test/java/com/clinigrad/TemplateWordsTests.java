package com.clinigrad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template shows a word that is not in the page's language: a string literal with
 * Latin letters in a displayed attribute ({@code th:text}, {@code th:title},
 * {@code th:placeholder} …) is English on a Chinese page. Words come from the message
 * bundles; literals may only build message keys, be compared with, or be passed to a
 * function (a date pattern).
 */
class TemplateWordsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern DISPLAYED = Pattern
		.compile("th:(text|utext|placeholder|title|alt|aria-label|label)=\"([^\"]*)\"");

	private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

	private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

	private static final Pattern CODE_COMPARED = Pattern.compile("[!=]=\\s*'[A-Z][A-Z_]{2,}'");

	/** Units written the same in both languages. */
	private static final Set<String> UNITS = Set.of("KB", "MB");

	@Test
	void noDisplayedValueIsALiteralWord() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					Matcher attribute = DISPLAYED.matcher(lines.get(i));
					while (attribute.find()) {
						for (String literal : displayedLiterals(attribute.group(2))) {
							found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + " '" + literal + "'");
						}
					}
				}
			}
		}
		assertThat(found).as("literal words shown on pages (use a message key)").isEmpty();
	}

	@Test
	void theScanFindsALiteralWordAndLetsKeysComparisonsAndPatternsPass() {
		assertThat(displayedLiterals("${x.done} ? 'recorded' : #{common.none}")).containsExactly("recorded");
		assertThat(displayedLiterals("'none'")).containsExactly("none");
		assertThat(displayedLiterals("#{'rule.' + ${c} + '.name'}")).isEmpty();
		assertThat(displayedLiterals("${x.result == 'PASS'} ? #{grades.pass} : #{grades.fail}")).isEmpty();
		assertThat(displayedLiterals("${#temporals.format(d, 'yyyy-MM-dd')}")).isEmpty();
		assertThat(displayedLiterals("${size} + ' KB'")).isEmpty();
	}

	/**
	 * A state, result or kind is an enum: pages ask it ({@code c.status.tone()},
	 * {@code r.state(today).planned()}), they do not compare it with its code.
	 */
	@Test
	void noTemplateComparesAValueWithACode() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					Matcher comparison = CODE_COMPARED.matcher(lines.get(i));
					while (comparison.find()) {
						found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + " " + comparison.group());
					}
				}
			}
		}
		assertThat(found).as("comparisons with a code (ask the enum instead)").isEmpty();
	}

	@Test
	void theComparisonScanFindsACodeAndLetsOtherLiteralsPass() {
		assertThat(CODE_COMPARED.matcher("${c.status == 'PASS'} ? 'a' : 'b'").find()).isTrue();
		assertThat(CODE_COMPARED.matcher("${k.name() != 'NOT_APPLICABLE'}").find()).isTrue();
		assertThat(CODE_COMPARED.matcher("${active == 'students'}").find()).isFalse();
		assertThat(CODE_COMPARED.matcher("${c.status.tone()}").find()).isFalse();
	}

	static List<String> displayedLiterals(String expression) {
		List<String> words = new ArrayList<>();
		Matcher literal = LITERAL.matcher(expression);
		while (literal.find()) {
			String text = literal.group(1);
			String before = expression.substring(0, literal.start()).stripTrailing();
			boolean argument = before.endsWith("(") || before.endsWith(",");
			boolean compared = before.endsWith("==") || before.endsWith("!=");
			boolean keyPart = !text.contains(" ") && (text.startsWith(".") || text.endsWith("."));
			if (!argument && !compared && !keyPart && WORD.matcher(text).find()
					&& !UNITS.contains(text.replaceAll("[^A-Za-z]", ""))) {
				words.add(text);
			}
		}
		return words;
	}

}
