package com.clinigrad.imports;

/**
 * A file that cannot be read at all (not UTF-8, broken quoting, not a workbook).
 */
class ImportFileException extends RuntimeException {

	private final int row;

	private final String messageKey;

	private final transient Object[] arguments;

	ImportFileException(int row, String messageKey, Object... arguments) {
		super(messageKey);
		this.row = row;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	int row() {
		return this.row;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
