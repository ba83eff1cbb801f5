package com.clinigrad.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sentence of an explanation, kept as a message key with its arguments so that it is
 * shown in the reader's language; an argument starting with {@value #KEY} is itself a
 * message key (a verdict, a rule's name).
 */
public record Line(String key, List<String> args) {

	public static final String KEY = "#";

	private static final String SEPARATOR = "|";

	public Line {
		args = List.copyOf(args);
	}

	public static Line of(String key, Object... args) {
		List<String> texts = new ArrayList<>();
		for (Object arg : args) {
			texts.add((arg != null) ? String.valueOf(arg) : "");
		}
		return new Line(key, texts);
	}

	/**
	 * @return the line as stored: the key and arguments separated by {@code |}, any
	 * {@code |} or line break in an argument replaced
	 */
	public String encode() {
		StringBuilder text = new StringBuilder(this.key);
		for (String arg : this.args) {
			text.append(SEPARATOR).append(arg.replace(SEPARATOR, "/").replace('\n', ' ').replace('\r', ' '));
		}
		return text.toString();
	}

	public static Line decode(String text) {
		String[] parts = text.split("\\|", -1);
		return new Line(parts[0], Arrays.asList(parts).subList(1, parts.length));
	}

	public static String encode(List<Line> lines) {
		return String.join("\n", lines.stream().map(Line::encode).toList());
	}

	public static List<Line> decodeAll(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("\n")).map(Line::decode).toList();
	}

}
