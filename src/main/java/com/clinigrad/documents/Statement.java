package com.clinigrad.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * What a document states, as label and value pairs in the document's language: printed on
 * the PDF and shown on the verification page, and nothing else.
 */
public record Statement(List<Line> lines) {

	public Statement {
		lines = List.copyOf(lines);
	}

	/**
	 * One stated fact.
	 */
	public record Line(String label, String value) {
	}

	/**
	 * @return the statement as stored: one line per fact, label and value separated by a
	 * tab
	 */
	String stored() {
		StringBuilder text = new StringBuilder();
		for (Line line : this.lines) {
			text.append(clean(line.label())).append('\t').append(clean(line.value())).append('\n');
		}
		return text.toString();
	}

	static Statement parse(String stored) {
		List<Line> lines = new ArrayList<>();
		for (String row : stored.split("\n")) {
			int tab = row.indexOf('\t');
			if (tab > 0) {
				lines.add(new Line(row.substring(0, tab), row.substring(tab + 1)));
			}
		}
		return new Statement(lines);
	}

	private static String clean(String text) {
		return (text == null) ? "" : text.replace('\t', ' ').replace('\n', ' ');
	}

}
