package com.clinigrad;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.clinigrad.support.PageWords;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text in both languages (as spring-petclinic's {@code I18nPropertiesSyncTest}):
 * the same keys in {@code messages_zh_CN.properties} and {@code messages_en.properties},
 * none empty or defined twice, the same placeholders in both, every key the templates and
 * the code name present, and no text written straight into a template.
 */
class I18nPropertiesSyncTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path CLASSES = Path.of("target/classes");

	private static Bundle chinese;

	private static Bundle english;

	@BeforeAll
	static void loadBundles() {
		chinese = Bundle.load(RESOURCES.resolve("messages_zh_CN.properties"));
		english = Bundle.load(RESOURCES.resolve("messages_en.properties"));
	}

	@Test
	void everyKeyIsInBothLanguages() {
		assertThat(missing(chinese.keys(), english.keys()))
			.as("keys in messages_zh_CN.properties but not in messages_en.properties")
			.isEmpty();
		assertThat(missing(english.keys(), chinese.keys()))
			.as("keys in messages_en.properties but not in messages_zh_CN.properties")
			.isEmpty();
	}

	@Test
	void noMessageIsEmptyOrDefinedTwice() {
		for (Bundle bundle : List.of(chinese, english)) {
			assertThat(bundle.empty()).as("empty messages in %s", bundle.file()).isEmpty();
			assertThat(bundle.duplicates()).as("keys defined twice in %s", bundle.file()).isEmpty();
		}
	}

	@Test
	void bothLanguagesUseTheSamePlaceholders() {
		List<String> different = new ArrayList<>();
		for (String key : chinese.keys()) {
			if (english.messages().containsKey(key)
					&& !placeholders(chinese.messages().get(key)).equals(placeholders(english.messages().get(key)))) {
				different.add(key);
			}
		}
		assertThat(different).as("messages whose {n} placeholders differ between the languages").isEmpty();
	}

	@Test
	void englishMessagesAreWrittenInEnglish() {
		Pattern han = Pattern.compile("\\p{IsHan}");
		List<String> mixed = new ArrayList<>();
		english.messages().forEach((key, value) -> {
			// an import column's help may quote a value the file holds in Chinese
			if (han.matcher(value).find() && !key.startsWith("imports.column.")) {
				mixed.add(key + "=" + value);
			}
		});
		assertThat(mixed).as("English messages with Chinese words").isEmpty();
	}

	@Test
	void messagesNameNoCodes() {
		Set<String> codes = PageWords.codes();
		Pattern word = Pattern.compile("(?<![A-Za-z0-9_-])[A-Z][A-Z_]*[A-Z](?![A-Za-z0-9_-])");
		List<String> found = new ArrayList<>();
		for (Bundle bundle : List.of(chinese, english)) {
			bundle.messages().forEach((key, value) -> {
				// the formats of import files and of the rule-set editor are written in
				// codes
				if (key.startsWith("imports.") || key.startsWith("exams.import.") || key.startsWith("ruleSet.")) {
					return;
				}
				Matcher code = word.matcher(value);
				while (code.find()) {
					if (codes.contains(code.group())) {
						found.add(bundle.file().getFileName() + ": " + key + " (" + code.group() + ")");
					}
				}
			});
		}
		assertThat(found).as("messages that show a code (an enum constant or a rule code) instead of words").isEmpty();
	}

	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() {
		List<String> wrong = new ArrayList<>();
		for (Bundle bundle : List.of(chinese, english)) {
			bundle.messages().forEach((key, value) -> {
				if (!placeholders(value).isEmpty() && value.replace("''", "").contains("'")) {
					wrong.add(bundle.file().getFileName() + ": " + key);
				}
			});
		}
		assertThat(wrong).as("MessageFormat drops a single ' in a message with {n}: write ''").isEmpty();
	}

	@Test
	void everyKeyNamedInTemplatesExists() throws IOException {
		Pattern literalKey = Pattern.compile("#\\{([\\w.\\-]+)(?=[}(])");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = literalKey.matcher(Files.readString(template));
			while (matcher.find()) {
				String key = matcher.group(1);
				if (!chinese.has(key) || !english.has(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from a bundle").isEmpty();
	}

	@Test
	void everyKeyNamedInTheCodeExists() throws Exception {
		Set<String> keys = new TreeSet<>();
		Pattern ruleKey = Pattern.compile("new BusinessRuleException\\(\\s*\"([^\"]+)\"");
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = ruleKey.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		int labelled = 0;
		for (Class<?> enumType : mainEnums()) {
			Method messageKey = messageKeyMethod(enumType);
			if (messageKey != null) {
				labelled++;
				for (Object constant : enumType.getEnumConstants()) {
					keys.add((String) messageKey.invoke(constant));
				}
			}
		}
		assertThat(labelled).as("enums with labels found in the compiled classes").isGreaterThan(10);
		assertThat(keys).as("found message keys in the code").isNotEmpty();
		assertThat(keys.stream().filter((key) -> !chinese.has(key) || !english.has(key)).toList())
			.as("message keys used in the code (rule exceptions, enum labels) but missing from a bundle")
			.isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			for (String text : HardCodedText.in(Files.readString(template))) {
				found.add(TEMPLATES.relativize(template) + ":" + text);
			}
		}
		assertThat(found).as("visible text written into templates: use th:text=\"#{…}\" and both bundles").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<p>Save</p>", "<p>保存</p>", "<div><span th:text=\"#{a}\">A</span> Students</div>",
			"<input placeholder=\"Search\">", "<button title=\"Delete\" th:text=\"#{b}\">B</button>",
			"<input type=\"submit\" value=\"Send\">", "<p th:remove=\"tag\">Shown</p>", "<title>Clinigrad</title>" })
	void hardCodedTextIsFound(String html) {
		assertThat(HardCodedText.in(html)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<p th:text=\"#{a}\">Save</p>", "<p data-th-utext=\"${x}\"><b>Bold</b> text</p>",
			"<div th:replace=\"~{f :: g}\">Prototype</div>", "<div th:insert=\"~{f :: g}\">Prototype</div>",
			"<span sec:authentication=\"name\">user</span>", "<p th:remove=\"all\">Example row</p>",
			"<a href=\"?lang=en\" lang=\"en\">English</a>", "<a href=\"?lang=zh_CN\">中文</a>",
			"<p>[[#{a}]] · [(${b})]</p>", "<p>&nbsp;&times; 2024 – 1/15 —</p>", "<i class=\"bi bi-x\"></i>",
			"<script>const label = 'Text';</script>", "<style>.a::after { content: 'x'; }</style>",
			"<!--/* Dev note: what this does */--><p th:text=\"#{a}\">A</p>", "<!-- a comment -->",
			"<!--/*--><p>Only in the prototype</p><!--*/-->", "<input th:placeholder=\"#{a}\" placeholder=\"Search\">",
			"<a th:attr=\"title=#{a}\" title=\"Close\"></a>", "<img th:alt-title=\"#{a}\" alt=\"Logo\" title=\"Logo\">",
			"<div th:errors=\"*{name}\">error</div>", "<input type=\"text\" value=\"x\">",
			"<html th:replace=\"~{layout :: layout(~{::section})}\"><section><h1 th:text=\"#{t}\">T</h1></section></html>" })
	void translatedOrInvisibleTextIsAccepted(String html) {
		assertThat(HardCodedText.in(html)).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).as("templates under %s", TEMPLATES).isNotEmpty();
			return templates;
		}
	}

	private static Set<String> missing(Set<String> keys, Set<String> in) {
		Set<String> missing = new TreeSet<>(keys);
		missing.removeAll(in);
		return missing;
	}

	private static Set<String> placeholders(String message) {
		Set<String> placeholders = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(message);
		while (matcher.find()) {
			placeholders.add(matcher.group(1));
		}
		return placeholders;
	}

	/**
	 * The application's enums, from its compiled classes (loaded, not initialized).
	 */
	private static List<Class<?>> mainEnums() throws IOException, ClassNotFoundException {
		List<Class<?>> enums = new ArrayList<>();
		ClassLoader loader = I18nPropertiesSyncTests.class.getClassLoader();
		try (Stream<Path> files = Files.walk(CLASSES.resolve("com/clinigrad"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
				String name = CLASSES.relativize(file).toString().replace(java.io.File.separatorChar, '.');
				name = name.substring(0, name.length() - ".class".length());
				if (name.endsWith("package-info")) {
					continue;
				}
				Class<?> type = Class.forName(name, false, loader);
				if (type.isEnum()) {
					enums.add(type);
				}
			}
		}
		return enums;
	}

	private static Method messageKeyMethod(Class<?> type) {
		try {
			Method method = type.getMethod("messageKey");
			return (method.getReturnType() == String.class) ? method : null;
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	/**
	 * One message bundle as written: its messages, and the keys it defines twice.
	 */
	private record Bundle(Path file, Map<String, String> messages, Set<String> duplicates) {

		static Bundle load(Path file) {
			Map<String, String> messages = new TreeMap<>();
			Set<String> duplicates = new TreeSet<>();
			Properties properties = new Properties() {
				@Override
				public synchronized Object put(Object key, Object value) {
					if (messages.put((String) key, (String) value) != null) {
						duplicates.add((String) key);
					}
					return super.put(key, value);
				}
			};
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			assertThat(messages).as("messages in %s", file).isNotEmpty();
			return new Bundle(file, messages, duplicates);
		}

		Set<String> keys() {
			return this.messages.keySet();
		}

		boolean has(String key) {
			return this.messages.containsKey(key);
		}

		List<String> empty() {
			return this.messages.entrySet()
				.stream()
				.filter((e) -> e.getValue().isBlank())
				.map(Map.Entry::getKey)
				.toList();
		}

	}

	/**
	 * Finds text a user would see that does not come from a message: text nodes and the
	 * visible attributes ({@code title}, {@code placeholder}, {@code alt}, a button's
	 * {@code value}) holding letters (Latin or CJK) that no Thymeleaf attribute replaces.
	 * Parses as Thymeleaf does (attoparser), so that prototype text inside
	 * {@code th:text}, {@code th:replace}, {@code th:errors}, {@code sec:authentication}
	 * and the like is not counted. The language switch names each language in its own
	 * language and is allowed. Screen-reader labels ({@code aria-label}) are not checked.
	 */
	static final class HardCodedText {

		private static final Set<String> LANGUAGE_NAMES = Set.of("中文", "English");

		/** Attributes that replace the whole element. */
		private static final Set<String> ELEMENT_REPLACING = Set.of("replace", "substituteby");

		/** Attributes that replace the element's content. */
		private static final Set<String> BODY_REPLACING = Set.of("text", "utext", "insert", "include", "errors");

		private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "alt");

		private static final Set<String> SKIPPED_ELEMENTS = Set.of("script", "style");

		private static final Pattern LETTER = Pattern.compile("\\p{L}");

		private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

		private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x\\p{XDigit}+|\\w+);");

		/**
		 * Parser-level comments, also those around markup shown only in the prototype.
		 */
		private static final Pattern PARSER_COMMENT = Pattern.compile("<!--/\\*.*?\\*/-->", Pattern.DOTALL);

		private HardCodedText() {
		}

		/**
		 * @param html a template
		 * @return each hard-coded text, as {@code line: text}
		 */
		static List<String> in(String html) {
			String markup = keepingLines(PARSER_COMMENT.matcher(html.replace("<!--/*/", "").replace("/*/-->", "")));
			try {
				List<String> found = new ArrayList<>();
				visit(new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(markup), found);
				return found.stream().map((text) -> lineOf(markup, text) + ": " + text).toList();
			}
			catch (ParseException ex) {
				throw new IllegalStateException("Template does not parse", ex);
			}
		}

		private static void visit(INestableNode parent, List<String> found) {
			for (INode node : parent.getChildren()) {
				if (node instanceof Text text) {
					if (isVisible(text.getContent()) && !LANGUAGE_NAMES.contains(text.getContent().strip())) {
						found.add(text.getContent().strip());
					}
				}
				else if (node instanceof Element element) {
					String name = element.getElementName().toLowerCase(Locale.ROOT);
					Rendering rendering = rendering(element, name);
					if (SKIPPED_ELEMENTS.contains(name) || rendering == Rendering.REPLACED) {
						continue;
					}
					checkAttributes(element, name, found);
					if (rendering == Rendering.KEPT) {
						visit(element, found);
					}
				}
			}
		}

		/**
		 * What becomes of the element when it is rendered. A page's
		 * {@code <html th:replace="~{layout :: …(~{::section})}">} hands its own parts to
		 * the layout, so they are kept.
		 */
		private static Rendering rendering(Element element, String name) {
			Rendering rendering = Rendering.KEPT;
			for (String attribute : element.getAttributeMap().keySet()) {
				String processor = thymeleafProcessor(attribute);
				if (processor == null) {
					if ("sec:authentication".equalsIgnoreCase(attribute)) {
						rendering = Rendering.CONTENT_REPLACED;
					}
				}
				else if (ELEMENT_REPLACING.contains(processor)) {
					if (!"html".equals(name)) {
						return Rendering.REPLACED;
					}
				}
				else if ("remove".equals(processor)) {
					String mode = element.getAttributeValue(attribute).strip();
					if ("all".equals(mode)) {
						return Rendering.REPLACED;
					}
					if (!"tag".equals(mode) && !"none".equals(mode)) {
						rendering = Rendering.CONTENT_REPLACED;
					}
				}
				else if (BODY_REPLACING.contains(processor)) {
					rendering = Rendering.CONTENT_REPLACED;
				}
			}
			return rendering;
		}

		private static void checkAttributes(Element element, String name, List<String> found) {
			Map<String, String> attributes = element.getAttributeMap();
			for (Map.Entry<String, String> attribute : attributes.entrySet()) {
				String attributeName = attribute.getKey().toLowerCase(Locale.ROOT);
				boolean visible = VISIBLE_ATTRIBUTES.contains(attributeName)
						|| ("value".equals(attributeName) && "input".equals(name) && Set.of("submit", "button", "reset")
							.contains(String.valueOf(element.getAttributeValue("type")).toLowerCase(Locale.ROOT)));
				if (visible && isVisible(attribute.getValue()) && !isSetByThymeleaf(attributes, attributeName)) {
					found.add(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
				}
			}
		}

		private static boolean isSetByThymeleaf(Map<String, String> attributes, String attributeName) {
			for (Map.Entry<String, String> attribute : attributes.entrySet()) {
				String processor = thymeleafProcessor(attribute.getKey());
				if (processor == null) {
					continue;
				}
				if (processor.equals(attributeName) || List.of(processor.split("-")).contains(attributeName)
						|| ("attr".equals(processor) && attribute.getValue().contains(attributeName + "="))) {
					return true;
				}
			}
			return false;
		}

		/**
		 * @return the processor name of {@code th:xxx} or {@code data-th-xxx}, else null
		 */
		private static String thymeleafProcessor(String attribute) {
			String lower = attribute.toLowerCase(Locale.ROOT);
			if (lower.startsWith("th:")) {
				return lower.substring(3);
			}
			if (lower.startsWith("data-th-")) {
				return lower.substring(8);
			}
			return null;
		}

		private static boolean isVisible(String text) {
			if (text == null) {
				return false;
			}
			String stripped = ENTITY.matcher(INLINED_EXPRESSION.matcher(text).replaceAll(" ")).replaceAll(" ");
			return LETTER.matcher(stripped).find();
		}

		/**
		 * The line of the text's first occurrence (attoparser's DOM does not keep lines).
		 */
		private static int lineOf(String markup, String text) {
			int at = markup.indexOf(text);
			return (at < 0) ? 0 : (int) markup.substring(0, at).chars().filter((c) -> c == '\n').count() + 1;
		}

		/**
		 * Removes each match but keeps its line breaks, so that line numbers stay right.
		 */
		private static String keepingLines(Matcher matcher) {
			StringBuilder result = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(result, matcher.group().replaceAll("[^\\n]", ""));
			}
			matcher.appendTail(result);
			return result.toString();
		}

		private enum Rendering {

			KEPT, CONTENT_REPLACED, REPLACED

		}

	}

}
