package com.clinigrad.documents;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A file of a frozen degree archive no longer has the SHA-256 recorded when the archive
 * was frozen: the download stops and says which file.
 */
public class ArchiveTamperedException extends BusinessRuleException {

	public ArchiveTamperedException(String fileName) {
		super("archive.error.tampered", fileName);
	}

}
