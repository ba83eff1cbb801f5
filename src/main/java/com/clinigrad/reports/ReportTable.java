package com.clinigrad.reports;

import java.util.List;

/**
 * One table of the annual report, in words of the reader's language: what the page shows
 * (with a chart drawn from it), the xlsx holds as a sheet and the PDF prints.
 *
 * @param id the table's id on the page and the figures' prefix
 * @param title the table's title
 * @param chart how the chart draws it ({@code bar}, {@code stacked}, {@code doughnut}),
 * or {@code null} for no chart
 * @param columns the column heads, the first over the row labels
 * @param rows the rows
 * @param note a line under the table, or {@code null}
 */
public record ReportTable(String id, String title, Chart chart, List<Column> columns, List<Row> rows, String note) {

	/** The most columns a table shows beside another one on a wide screen. */
	static final int HALF_WIDTH_COLUMNS = 5;

	public ReportTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/**
	 * @return whether the page gives the table its whole width: with more than
	 * {@value #HALF_WIDTH_COLUMNS} columns (the enrolment plan's, the supervisors by age)
	 * half of a 1400 px window would hide some or wrap the row labels over many lines
	 */
	public boolean wide() {
		return this.columns.size() > HALF_WIDTH_COLUMNS;
	}

	/**
	 * How a table's chart draws its rows: bars side by side, stacked, or a doughnut.
	 */
	public enum Chart {

		BAR, STACKED, DOUGHNUT;

		/**
		 * @return the page's {@code data-chart} value
		 * ({@code static/js/figure-charts.js})
		 */
		public String attribute() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public boolean stacked() {
			return this == STACKED;
		}

	}

	/**
	 * @param text the head
	 * @param charted whether the chart draws this column
	 */
	public record Column(String text, boolean charted) {
	}

	/**
	 * @param label the row's label
	 * @param series whether the chart draws this row (totals are not drawn)
	 * @param cells one per column but the first
	 */
	public record Row(String label, boolean series, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

	/**
	 * @param text what the cell shows
	 * @param value the number a chart draws, or {@code null}
	 * @param figure the figure whose students the cell links down to, or {@code null}
	 */
	public record Cell(String text, Number value, String figure) {

		public static Cell count(long n, String figure) {
			return new Cell(String.valueOf(n), n, figure);
		}

		public static Cell number(Number n) {
			return new Cell(String.valueOf(n), n, null);
		}

		public static Cell text(String text) {
			return new Cell(text, null, null);
		}

		/**
		 * @return an amount of money in yuan as the other pages write it: thousands
		 * grouped, no trailing zeros of the fen (40,000 and 1,234.5); the spreadsheet
		 * export keeps the number
		 */
		public static Cell amount(java.math.BigDecimal yuan) {
			return new Cell(amountText(yuan), yuan, null);
		}

		/**
		 * @return the amount as {@link #amount} writes it
		 */
		public static String amountText(java.math.BigDecimal yuan) {
			java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##",
					java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
			return format.format(yuan);
		}

		public boolean linked() {
			return this.figure != null;
		}

		/**
		 * @return whether the cell links down to students: a figure with some
		 */
		public boolean drillable() {
			return this.figure != null && this.value != null && this.value.longValue() > 0;
		}

	}

}
