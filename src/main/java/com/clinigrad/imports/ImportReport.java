package com.clinigrad.imports;

import java.util.List;

/**
 * The outcome of an import, as the API returns it:
 * {@code {"dataset":"students","applied":N,"errors":[…]}}. Either every row was applied
 * and {@code errors} is empty, or nothing was written and {@code applied} is 0.
 *
 * @param dataset the dataset's name
 * @param applied the number of data rows applied (all of them, changed or not)
 * @param errors the problems found, by row
 */
public record ImportReport(String dataset, int applied, List<ImportError> errors) {

	public ImportReport {
		errors = List.copyOf(errors);
	}

	/**
	 * @return whether the file was accepted (nothing to correct)
	 */
	public boolean succeeded() {
		return this.errors.isEmpty();
	}

}
