package com.clinigrad.courses;

import java.util.Map;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A grade grid refused as a whole because some cells are invalid; nothing was saved.
 *
 * @see #cellErrors() the message key of each invalid cell, by student number
 */
public class GradeSheetErrors extends BusinessRuleException {

	private final transient Map<String, String> cellErrors;

	GradeSheetErrors(Map<String, String> cellErrors) {
		super("grades.error.cells", String.valueOf(cellErrors.size()));
		this.cellErrors = Map.copyOf(cellErrors);
	}

	public Map<String, String> cellErrors() {
		return this.cellErrors;
	}

}
