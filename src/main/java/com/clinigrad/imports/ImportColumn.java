package com.clinigrad.imports;

/**
 * A column of a dataset.
 *
 * @param name the header name of the contract, e.g. {@code hospital_code}
 * @param required whether the header must be present (bold in the contract)
 * @param blankAllowed whether a required column's cells may nevertheless be empty (a
 * department's {@code subspecialty})
 */
public record ImportColumn(String name, boolean required, boolean blankAllowed) {

	static ImportColumn required(String name) {
		return new ImportColumn(name, true, false);
	}

	static ImportColumn requiredMayBeBlank(String name) {
		return new ImportColumn(name, true, true);
	}

	static ImportColumn optional(String name) {
		return new ImportColumn(name, false, true);
	}

	/**
	 * @return whether every data row must give a value
	 */
	public boolean valueRequired() {
		return this.required && !this.blankAllowed;
	}

}
