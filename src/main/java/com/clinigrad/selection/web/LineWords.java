package com.clinigrad.selection.web;

import java.util.List;

import com.clinigrad.selection.Line;
import com.clinigrad.shared.web.Words;

/**
 * Says an explanation's lines in the page's language; the templates call it as
 * {@code say.text(line)}.
 */
final class LineWords {

	private final Words words;

	LineWords(Words words) {
		this.words = words;
	}

	public String text(Line line) {
		Object[] args = line.args()
			.stream()
			.map((arg) -> arg.startsWith(Line.KEY) ? this.words.get(arg.substring(Line.KEY.length())) : arg)
			.toArray();
		return this.words.get(line.key(), args);
	}

	public List<String> texts(List<Line> lines) {
		return lines.stream().map(this::text).toList();
	}

}
