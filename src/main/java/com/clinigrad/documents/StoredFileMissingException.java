package com.clinigrad.documents;

import com.clinigrad.shared.NotFoundException;

/**
 * A file the records name is not in the file store.
 */
public class StoredFileMissingException extends NotFoundException {

	public StoredFileMissingException(String key) {
		super("Stored file " + key);
	}

}
