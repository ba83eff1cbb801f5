package com.clinigrad.shared.web;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

/**
 * One page of a list as the template {@code fragments/list.html} shows it: the headers
 * with their sort links, the rows' cells, the page and the query for the links.
 */
public record ListView(List<Header> headers, List<Row> rows, Page<?> page, ListQuery query) {

	public ListView {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * @return the number of the first row shown (from 1), 0 when there is none
	 */
	public long from() {
		return this.page.getNumberOfElements() == 0 ? 0 : ((long) this.page.getNumber() * this.page.getSize()) + 1;
	}

	public long to() {
		return ((long) this.page.getNumber() * this.page.getSize()) + this.page.getNumberOfElements();
	}

	/**
	 * @return the number of rows, or when not {@link #exact()} the number the list has
	 * more than
	 */
	public long total() {
		return this.page.getTotalElements();
	}

	/**
	 * @return whether {@link #total()} is the number of rows, not only a number the list
	 * has more than (see {@link ListCount})
	 */
	public boolean exact() {
		return ListCount.exact(this.page);
	}

	/**
	 * @return the page numbers (from 0) the pager offers: the first, the last and those
	 * around the current one; {@code -1} stands for a gap (and, after the last page
	 * known, for the pages of a list that has more rows than it counted)
	 */
	public List<Integer> pageNumbers() {
		int last = this.page.getTotalPages() - 1;
		int current = this.page.getNumber();
		java.util.List<Integer> numbers = new java.util.ArrayList<>();
		int previous = -1;
		for (int number = 0; number <= last; number++) {
			if (number == 0 || number == last || Math.abs(number - current) <= 2) {
				if (previous >= 0 && number > previous + 1) {
					numbers.add(-1);
				}
				numbers.add(number);
				previous = number;
			}
		}
		if (!exact()) {
			numbers.add(-1);
		}
		return numbers;
	}

	/**
	 * A column's header.
	 *
	 * @param sortUrl the link sorting by it, or {@code null}
	 * @param sorted {@link #ASCENDING} or {@link #DESCENDING} when the list is sorted by
	 * it, else {@code null}
	 */
	public record Header(String text, String sortUrl, String sorted, boolean numeric, boolean nowrap) {

		/**
		 * @return the classes this column's cells add: right-aligned numbers, no wrapping
		 */
		public String cellClass() {
			return (this.numeric ? "text-end " : "") + (this.nowrap ? "text-nowrap" : "");
		}

		public static final String ASCENDING = "ascending";

		public static final String DESCENDING = "descending";

	}

	/**
	 * A row: its {@code data-*} attributes and its cells, column by column.
	 */
	public record Row(Map<String, String> data, List<Cell> cells) {

		public Row {
			data = Map.copyOf(data);
			cells = List.copyOf(cells);
		}

	}

}
