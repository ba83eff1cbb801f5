package com.clinigrad.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * What a list page shows, all of it in the URL: the filters (each by its name, the search
 * text as {@code q}), the sort column and direction, the page and the page size. A
 * bookmark, a colleague's link or the language switch shows the same list. The page and
 * its export read the same query, so that the export holds exactly the rows of the
 * filter, in the order of the page.
 */
public final class ListQuery {

	/** The search text's parameter. */
	public static final String SEARCH = "q";

	/** The page sizes offered; the first is the default. */
	public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

	static final String SORT = "sort";

	static final String DIR = "dir";

	static final String PAGE = "page";

	static final String SIZE = "size";

	private static final String ASCENDING = "asc";

	private static final String DESCENDING = "desc";

	private final Definition definition;

	private final Map<String, String> filters;

	private final String sort;

	private final boolean descending;

	private final int page;

	private final int size;

	private ListQuery(Definition definition, Map<String, String> filters, String sort, boolean descending, int page,
			int size) {
		this.definition = definition;
		this.filters = filters;
		this.sort = sort;
		this.descending = descending;
		this.page = page;
		this.size = size;
	}

	/**
	 * @param filterNames the list's filter parameters, besides the search text
	 * @return the definition of a list with these filters, to complete with its sort
	 * columns
	 */
	public static Definition define(String... filterNames) {
		return new Definition(List.of(filterNames), List.of(), null, false);
	}

	/**
	 * @return a filter's value as given, or {@code null} when not filtered
	 */
	public String text(String name) {
		return this.filters.get(name);
	}

	/**
	 * @return a filter's whole number, or {@code null} when not filtered or not a number
	 */
	public Integer number(String name) {
		String value = this.filters.get(name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * @return a filter's choice among the constants, or {@code null} when not filtered or
	 * not one of them
	 */
	public <E extends Enum<E>> E choice(String name, Class<E> type) {
		String value = this.filters.get(name);
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.trim())) {
				return constant;
			}
		}
		return null;
	}

	/**
	 * @return the search text, trimmed, or {@code null}
	 */
	public String search() {
		String value = this.filters.get(SEARCH);
		return (value != null) ? value.trim() : null;
	}

	/**
	 * @return whether anything narrows the list (a filter or a search)
	 */
	public boolean filtered() {
		return !this.filters.isEmpty();
	}

	public String sort() {
		return this.sort;
	}

	public boolean descending() {
		return this.descending;
	}

	public boolean isSortedBy(String column) {
		return this.sort.equals(column);
	}

	public int page() {
		return this.page;
	}

	public int size() {
		return this.size;
	}

	public Pageable pageable() {
		return PageRequest.of(this.page, this.size);
	}

	public List<Integer> pageSizes() {
		return PAGE_SIZES;
	}

	/**
	 * Sorts rows held in memory by the query's column (in its direction), keeping the
	 * given order among equal rows.
	 * @param comparators each sort column's order (ascending)
	 */
	public <T> List<T> sorted(List<T> rows, Map<String, Comparator<T>> comparators) {
		Comparator<T> comparator = comparators.get(this.sort);
		List<T> sorted = new ArrayList<>(rows);
		if (comparator != null) {
			sorted.sort(this.descending ? comparator.reversed() : comparator);
		}
		return sorted;
	}

	/**
	 * @return this query's page of rows held in memory (the last page when the page asked
	 * for lies beyond it)
	 */
	public <T> Page<T> page(List<T> rows) {
		int lastPage = Math.max(0, (rows.size() - 1) / this.size);
		int number = Math.min(this.page, lastPage);
		int from = number * this.size;
		return new PageImpl<>(rows.subList(from, Math.min(rows.size(), from + this.size)),
				PageRequest.of(number, this.size), rows.size());
	}

	/**
	 * @return the link that sorts by the column: ascending, or the other way round when
	 * the list is already sorted by it; back to the first page
	 */
	public String sortUrl(String column) {
		boolean desc = isSortedBy(column) && !this.descending;
		return state(column, desc, 0, this.size).url();
	}

	public String pageUrl(int page) {
		return state(this.sort, this.descending, Math.max(0, page), this.size).url();
	}

	/**
	 * @return the link showing this many rows a page, from the first page
	 */
	public String sizeUrl(int size) {
		return state(this.sort, this.descending, 0, size).url();
	}

	/**
	 * @param format {@code xlsx} or {@code csv}
	 * @return the link that exports every row of the filter in this order
	 */
	public String exportUrl(String format) {
		return state(this.sort, this.descending, 0, this.size).without(PAGE)
			.without(SIZE)
			.with(ListExport.PARAMETER, format)
			.url();
	}

	/**
	 * @return the link to the list without filters, in the same order and page size
	 */
	public String resetUrl() {
		QueryString query = new QueryString();
		keepOrder(query, this.sort, this.descending, this.size);
		return query.url();
	}

	/**
	 * @return what a filter form sends besides its fields, so that a new filter keeps the
	 * order and the page size (and starts on the first page)
	 */
	public Map<String, String> kept() {
		Map<String, String> kept = new LinkedHashMap<>();
		if (!this.sort.equals(this.definition.defaultSort) || this.descending != this.definition.defaultDescending) {
			kept.put(SORT, this.sort);
			kept.put(DIR, this.descending ? DESCENDING : ASCENDING);
		}
		if (this.size != PAGE_SIZES.get(0)) {
			kept.put(SIZE, String.valueOf(this.size));
		}
		return kept;
	}

	private QueryString state(String sort, boolean descending, int page, int size) {
		QueryString query = new QueryString();
		this.filters.forEach(query::with);
		keepOrder(query, sort, descending, size);
		if (page > 0) {
			query.with(PAGE, page);
		}
		return query;
	}

	private void keepOrder(QueryString query, String sort, boolean descending, int size) {
		if (!sort.equals(this.definition.defaultSort) || descending != this.definition.defaultDescending) {
			query.with(SORT, sort).with(DIR, descending ? DESCENDING : ASCENDING);
		}
		if (size != PAGE_SIZES.get(0)) {
			query.with(SIZE, size);
		}
	}

	/**
	 * A list's filters and sort columns; reads the query of a request.
	 */
	public static final class Definition {

		private final List<String> filterNames;

		private final List<String> sortColumns;

		private final String defaultSort;

		private final boolean defaultDescending;

		private Definition(List<String> filterNames, List<String> sortColumns, String defaultSort,
				boolean defaultDescending) {
			this.filterNames = filterNames;
			this.sortColumns = sortColumns;
			this.defaultSort = defaultSort;
			this.defaultDescending = defaultDescending;
		}

		/**
		 * @param columns the columns the list sorts by, the first being the default
		 */
		public Definition sortable(String... columns) {
			return new Definition(this.filterNames, List.of(columns), columns[0], false);
		}

		/**
		 * @return this definition with the default order descending
		 */
		public Definition descendingByDefault() {
			return new Definition(this.filterNames, this.sortColumns, this.defaultSort, true);
		}

		/**
		 * @param params the request's parameters; unknown sort columns, directions, pages
		 * and sizes fall back to the defaults
		 */
		public ListQuery read(Map<String, String> params) {
			Map<String, String> filters = new LinkedHashMap<>();
			Set<String> names = new LinkedHashSet<>();
			names.add(SEARCH);
			names.addAll(this.filterNames);
			for (String name : names) {
				String value = params.get(name);
				if (value != null && !value.isBlank()) {
					filters.put(name, value.strip());
				}
			}
			String sort = params.get(SORT);
			if (sort == null || !this.sortColumns.contains(sort)) {
				sort = this.defaultSort;
			}
			String dir = (params.get(DIR) != null) ? params.get(DIR).strip().toLowerCase(Locale.ROOT) : null;
			boolean descending = (dir == null || !Set.of(ASCENDING, DESCENDING).contains(dir)) ? this.defaultDescending
					: DESCENDING.equals(dir);
			return new ListQuery(this, filters, sort, descending, whole(params.get(PAGE), 0),
					PAGE_SIZES.contains(whole(params.get(SIZE), 0)) ? whole(params.get(SIZE), 0) : PAGE_SIZES.get(0));
		}

		private static int whole(String value, int otherwise) {
			if (value == null) {
				return otherwise;
			}
			try {
				return Math.max(0, Integer.parseInt(value.trim()));
			}
			catch (NumberFormatException ex) {
				return otherwise;
			}
		}

	}

}
