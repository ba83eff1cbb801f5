package com.clinigrad.shared.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * How a list read from the database counts its rows without counting the whole table on
 * every page: the count query stops at a limit ({@code select count(*) from (select 1 …
 * limit :limit)}); below it the count is exact, at it the page says "more than" the rows
 * it knows of, and the pager offers the known pages and the next one. The limit is
 * {@value #EXACT_UP_TO} rows, or the rows up to the page asked for when that lies beyond,
 * so that paging past it keeps working. Lists held in memory count exactly
 * ({@link ListQuery#page(List)}); an export reads every row of the filter either way.
 */
public final class ListCount {

	/** The rows counted exactly, at the least. */
	public static final int EXACT_UP_TO = 1000;

	private ListCount() {
	}

	/**
	 * @param exactUpTo the rows counted exactly at the least (usually
	 * {@link #EXACT_UP_TO})
	 * @return the limit of the count query for this page: one more row than the list
	 * shows exactly
	 */
	public static long limit(Pageable pageable, int exactUpTo) {
		if (pageable.isUnpaged()) {
			return Long.MAX_VALUE;
		}
		long through = pageable.getOffset() + pageable.getPageSize();
		return Math.max(exactUpTo, through) + 1;
	}

	/**
	 * @param counted what the count query limited to {@code limit} found
	 * @return the page, its total exact when the count stayed below the limit, else a
	 * page that knows only that there are more than {@code limit - 1} rows
	 */
	public static <T> Page<T> page(List<T> content, Pageable pageable, long counted, long limit) {
		return (counted < limit) ? new PageImpl<>(content, pageable, counted)
				: new MoreThan<>(content, pageable, limit - 1);
	}

	/**
	 * @return whether the page's total is exact (not only a lower bound)
	 */
	public static boolean exact(Page<?> page) {
		return !(page instanceof MoreThan);
	}

	/**
	 * A page of a list with more rows than its total says: there is always a next page.
	 */
	static final class MoreThan<T> extends PageImpl<T> {

		MoreThan(List<T> content, Pageable pageable, long moreThan) {
			super(content, pageable, moreThan);
		}

		@Override
		public boolean hasNext() {
			return true;
		}

		@Override
		public boolean isLast() {
			return false;
		}

	}

}
