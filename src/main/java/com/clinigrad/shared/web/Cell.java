package com.clinigrad.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What one row shows in one column of a list: one or more parts in words, each plain, a
 * link, a badge or a secondary line. The export writes the parts' words, joined.
 */
public record Cell(List<Part> parts) {

	public Cell {
		parts = List.copyOf(parts);
	}

	public static Cell empty() {
		return new Cell(List.of());
	}

	public static Cell text(String text) {
		return of(new Part(text, null, null, false, false));
	}

	public static Cell link(String text, String href) {
		return of(new Part(text, href, null, false, false));
	}

	/**
	 * @param tone the badge's Bootstrap colour class, e.g. {@code text-bg-danger}
	 */
	public static Cell badge(String text, String tone) {
		return of(new Part(text, null, tone, false, false));
	}

	/**
	 * @return this cell with a further badge
	 */
	public Cell andBadge(String text, String tone) {
		return and(new Part(text, null, tone, false, false));
	}

	/**
	 * @return this cell with a further line in small grey print (a co-supervisor, a date)
	 */
	public Cell andSecondary(String text) {
		return and(new Part(text, null, null, true, false));
	}

	/**
	 * @return this cell with a further line of text (a group of a list)
	 */
	public Cell andLine(String text) {
		return and(new Part(text, null, null, false, true));
	}

	/**
	 * @return this cell with a further part of plain text
	 */
	public Cell andText(String text) {
		return and(new Part(text, null, null, false, false));
	}

	/**
	 * @return the words the export writes: the parts joined as the language lists them,
	 * lines of their own by a semicolon
	 */
	public String text(Words words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < this.parts.size(); i++) {
			if (i > 0) {
				boolean lines = this.parts.get(i - 1).line() && this.parts.get(i).line();
				text.append(words.get(lines ? "list.lineSeparator" : "list.separator"));
			}
			text.append(this.parts.get(i).text());
		}
		return text.toString();
	}

	private static Cell of(Part part) {
		return new Cell((part.text() == null || part.text().isBlank()) ? List.of() : List.of(part));
	}

	private Cell and(Part part) {
		if (part.text() == null || part.text().isBlank()) {
			return this;
		}
		List<Part> parts = new ArrayList<>(this.parts);
		parts.add(part);
		return new Cell(parts);
	}

	/**
	 * One part of a cell.
	 *
	 * @param href where it links to (an application path), or {@code null}
	 * @param badge the badge's colour class, or {@code null} for text
	 * @param secondary whether it is a secondary line in small grey print
	 * @param line whether it is a line of its own
	 */
	public record Part(String text, String href, String badge, boolean secondary, boolean line) {

		/**
		 * @return how the part shows, for the list template to pick its element once
		 * instead of testing each kind: {@code secondary}, {@code line}, {@code link},
		 * {@code badge} or {@code text}
		 */
		public String kind() {
			if (this.secondary) {
				return "secondary";
			}
			if (this.line) {
				return "line";
			}
			if (this.href != null) {
				return "link";
			}
			return (this.badge != null) ? "badge" : "text";
		}

	}

}
