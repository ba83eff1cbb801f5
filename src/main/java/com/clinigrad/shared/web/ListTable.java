package com.clinigrad.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * The columns of a list, defined once: each column's header in the page's language, the
 * sort column it stands for (if any) and what a row shows in it. The page's table and its
 * export are both made from these columns, so that they show the same columns with the
 * same words.
 *
 * @param <T> the type of the rows
 */
public final class ListTable<T> {

	private final List<Column<T>> columns = new ArrayList<>();

	private Function<T, Map<String, String>> data = (row) -> Map.of();

	/**
	 * A column that does not sort.
	 */
	public ListTable<T> column(String header, Function<T, Cell> cell) {
		return column(header, null, cell);
	}

	/**
	 * @param sortKey the sort column it stands for, or {@code null}
	 */
	public ListTable<T> column(String header, String sortKey, Function<T, Cell> cell) {
		this.columns.add(new Column<>(header, sortKey, false, false, cell));
		return this;
	}

	/**
	 * A column of numbers: right-aligned on the page, numbers in the workbook.
	 */
	public ListTable<T> numberColumn(String header, String sortKey, Function<T, Cell> cell) {
		this.columns.add(new Column<>(header, sortKey, true, true, cell));
		return this;
	}

	/**
	 * Keeps the last column's cells on one line (numbers, dates, short codes).
	 */
	public ListTable<T> nowrap() {
		Column<T> last = this.columns.remove(this.columns.size() - 1);
		this.columns.add(new Column<>(last.header(), last.sortKey(), last.numeric(), true, last.cell()));
		return this;
	}

	/**
	 * @param data each row's {@code data-*} attributes (only {@code student},
	 * {@code trigger}, {@code level}, {@code candidate} and {@code rotation} are
	 * written), for scripts and tests
	 */
	public ListTable<T> rowData(Function<T, Map<String, String>> data) {
		this.data = data;
		return this;
	}

	public List<Column<T>> columns() {
		return List.copyOf(this.columns);
	}

	/**
	 * @return each row's cells, column by column
	 */
	public List<List<Cell>> cells(List<T> rows) {
		List<List<Cell>> cells = new ArrayList<>(rows.size());
		for (T row : rows) {
			cells.add(this.columns.stream().map((column) -> column.cell().apply(row)).toList());
		}
		return cells;
	}

	/**
	 * @return what the page's table shows of this page of rows
	 */
	public ListView view(Page<T> page, ListQuery query) {
		List<ListView.Header> headers = this.columns.stream()
			.map((column) -> new ListView.Header(column.header(),
					(column.sortKey() != null) ? query.sortUrl(column.sortKey()) : null,
					(column.sortKey() != null && query.isSortedBy(column.sortKey()))
							? (query.descending() ? ListView.Header.DESCENDING : ListView.Header.ASCENDING) : null,
					column.numeric(), column.nowrap()))
			.toList();
		List<List<Cell>> cells = cells(page.getContent());
		List<ListView.Row> rows = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			rows.add(new ListView.Row(this.data.apply(page.getContent().get(i)), cells.get(i)));
		}
		return new ListView(headers, rows, page, query);
	}

	/**
	 * One column.
	 *
	 * @param sortKey the sort column it stands for, or {@code null}
	 * @param numeric whether it holds numbers
	 * @param nowrap whether its cells stay on one line
	 */
	public record Column<T>(String header, String sortKey, boolean numeric, boolean nowrap, Function<T, Cell> cell) {

	}

}
