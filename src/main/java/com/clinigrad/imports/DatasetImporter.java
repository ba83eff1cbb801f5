package com.clinigrad.imports;

import java.util.List;

/**
 * One dataset of the exchange format: its columns and key, how a row becomes a command,
 * which references it checks, and how a command is applied through the owning module. A
 * new dataset is one more implementation (a Spring bean; its {@code @Order} places it on
 * the page); {@link ImportService} does the reading, the header and duplicate-key checks,
 * the all-or-nothing transaction and the report.
 * <p>
 * Each reference is resolved once per file: what {@link #checkReferences} finds (ids,
 * keys) is handed to {@link #apply} and {@link #applyAll}, which pass ids to the owners'
 * upserts instead of looking the same numbers and codes up again per row.
 *
 * @param <C> the command one row becomes
 * @param <R> what the file's references resolved to ({@link Void} for a dataset whose
 * owner takes the codes themselves)
 */
interface DatasetImporter<C, R> {

	/**
	 * @return the dataset's name in the URL and the contract, e.g. {@code students}
	 */
	String name();

	/**
	 * @return the columns in the contract's order
	 */
	List<ImportColumn> columns();

	/**
	 * @return the key columns; a key given twice in one file is an error of the later row
	 */
	List<String> key();

	/**
	 * @return one example value per column, for the templates
	 */
	List<String> example();

	/**
	 * Reads one non-blank row's cells, reporting each problem to the reader.
	 * @return the command, or {@code null} when the row has problems
	 */
	C read(RowReader row);

	/**
	 * Checks what the rows refer to (hospitals, supervisors, programs…), looking each
	 * kind up once for the whole file, not per row.
	 * @param rows the non-blank rows
	 * @param problems where to report unknown references
	 * @return what the references resolved to, for writing the rows when there is no
	 * problem
	 */
	R checkReferences(List<ImportTable.Row> rows, ImportProblems problems);

	/**
	 * Writes one valid command; runs inside the import's single transaction, after the
	 * references of every row were found.
	 * @param references what {@link #checkReferences} returned for the file
	 * @return whether anything changed
	 */
	boolean apply(C command, R references);

	/**
	 * @return whether {@link #applyAll} writes the whole file in batches instead of
	 * {@link #apply} row by row (for datasets of hundreds of thousands of rows)
	 */
	default boolean batched() {
		return false;
	}

	/**
	 * Writes all valid commands at once; only called when {@link #batched()}.
	 * @param references what {@link #checkReferences} returned for the file
	 * @return how many rows changed anything
	 */
	default int applyAll(List<C> commands, R references) {
		throw new UnsupportedOperationException(name() + " is applied row by row");
	}

	/**
	 * @return the tables a large import of this dataset fills, whose planner statistics
	 * are refreshed afterwards; empty for the whole database
	 */
	default List<String> tables() {
		return List.of();
	}

	default ImportDataset describe() {
		return new ImportDataset(name(), columns(), key(), example());
	}

}
