package com.clinigrad.imports;

import java.io.Serializable;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome of an import, as the API returns it, in the exchange format's shape:
 * {@code {"dataset":"students","applied":N,"errors":[…]}}. Either every row was applied
 * and {@code errors} is empty, or nothing was written and {@code applied} is 0. A file
 * with more than {@link #MAX_ERRORS} problems reports the first ones in row order, and
 * only then one field more, how many there are in all ({@code "totalErrors":T}).
 *
 * @param dataset the dataset's name
 * @param applied the number of data rows applied (all of them, changed or not)
 * @param errors the problems found, by row; at most {@link #MAX_ERRORS}
 * @param totalErrors how many problems were found in all (beyond the contract's shape)
 */
public record ImportReport(String dataset, int applied, List<ImportError> errors,
		@JsonIgnore int totalErrors) implements Serializable {

	/** The most problems a report lists. */
	public static final int MAX_ERRORS = 1000;

	public ImportReport {
		errors = List.copyOf(errors);
		totalErrors = Math.max(totalErrors, errors.size());
	}

	/**
	 * A report listing every problem found.
	 */
	public ImportReport(String dataset, int applied, List<ImportError> errors) {
		this(dataset, applied, errors, errors.size());
	}

	/**
	 * @return whether the file was accepted (nothing to correct)
	 */
	public boolean succeeded() {
		return this.errors.isEmpty();
	}

	/**
	 * @return how many problems were found in all, for the API's answer only when the
	 * report lists fewer ({@code null} otherwise, so that the answer keeps the contract's
	 * three fields)
	 */
	@JsonProperty("totalErrors")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	Integer totalErrorsWhenTruncated() {
		return truncated() ? this.totalErrors : null;
	}

	/**
	 * @return whether there are more problems than {@link #errors()} lists
	 */
	public boolean truncated() {
		return this.totalErrors > this.errors.size();
	}

}
