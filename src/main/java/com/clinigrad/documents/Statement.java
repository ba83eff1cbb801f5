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
	 *
	 * @param label the label as printed, in the document's language
	 * @param labelKey the message key of the label, so that a page in another language
	 * can name the fact in its own words; {@code null} when not known
	 */
	public record Line(String label, String value, String labelKey) {

		public Line(String label, String value) {
			this(label, value, null);
		}

	}

	/**
	 * @return the statement as stored: one line per fact, label, value and (when known)
	 * the label's key separated by tabs
	 */
	String stored() {
		StringBuilder text = new StringBuilder();
		for (Line line : this.lines) {
			text.append(clean(line.label())).append('\t').append(clean(line.value()));
			if (line.labelKey() != null) {
				text.append('\t').append(clean(line.labelKey()));
			}
			text.append('\n');
		}
		return text.toString();
	}

	/**
	 * Reads a stored statement, also one stored before the labels' keys were kept.
	 */
	static Statement parse(String stored) {
		List<Line> lines = new ArrayList<>();
		for (String row : stored.split("\n")) {
			String[] parts = row.split("\t", 3);
			if (parts.length >= 2 && !parts[0].isEmpty()) {
				lines.add(new Line(parts[0], parts[1], (parts.length == 3) ? parts[2] : null));
			}
		}
		return new Statement(lines);
	}

	private static String clean(String text) {
		return (text == null) ? "" : text.replace('\t', ' ').replace('\n', ' ');
	}

}
