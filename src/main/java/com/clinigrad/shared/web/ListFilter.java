package com.clinigrad.shared.web;

import java.util.List;

/**
 * One field of a list's filter bar: the search box, a short text (a staff number) or a
 * choice among options, each labelled in the page's language.
 *
 * @param name the URL parameter
 * @param hint the text field's placeholder, or {@code null}
 * @param value the value in the URL, or {@code null}
 * @param offersAll whether a choice offers "all" (no filter)
 */
public record ListFilter(String name, String label, Kind kind, String hint, List<Option> options, String value,
		boolean offersAll) {

	public ListFilter {
		options = List.copyOf(options);
	}

	/**
	 * @return the search box ({@code q})
	 */
	public static ListFilter search(ListQuery query, String label, String hint) {
		return new ListFilter(ListQuery.SEARCH, label, Kind.SEARCH, hint, List.of(), query.text(ListQuery.SEARCH),
				false);
	}

	/**
	 * @return a short text field
	 */
	public static ListFilter text(ListQuery query, String name, String label, String hint) {
		return new ListFilter(name, label, Kind.TEXT, hint, List.of(), query.text(name), false);
	}

	/**
	 * @return a choice, showing the value in the URL as chosen
	 */
	public static ListFilter choice(ListQuery query, String name, String label, List<Option> options) {
		return new ListFilter(name, label, Kind.CHOICE, null, options, query.text(name), true);
	}

	/**
	 * @param value the value chosen (the URL's, or the default)
	 * @return a choice that always holds one of the options (no "all")
	 */
	public static ListFilter setting(String name, String label, List<Option> options, String value) {
		return new ListFilter(name, label, Kind.CHOICE, null, options, value, false);
	}

	public boolean isSearch() {
		return this.kind == Kind.SEARCH;
	}

	public boolean isChoice() {
		return this.kind == Kind.CHOICE;
	}

	/**
	 * @return whether the option is the one in the URL
	 */
	public boolean chosen(Option option) {
		return option.value().equals(this.value);
	}

	/**
	 * What kind of field.
	 */
	public enum Kind {

		SEARCH, TEXT, CHOICE

	}

	/**
	 * One option of a choice.
	 *
	 * @param value what the URL holds
	 * @param label what the page shows
	 */
	public record Option(String value, String label) {

	}

}
