package com.clinigrad.theses;

/**
 * Where a thesis's character counts come from.
 */
public enum CountsSource {

	/** Counted from the uploaded file. */
	FILE,
	/** Set by hand by graduate-school staff, with a reason. */
	OVERRIDE,
	/** Taken from an import file. */
	IMPORT;

	public String messageKey() {
		return "thesis.source." + name();
	}

}
