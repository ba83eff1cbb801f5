package com.clinigrad.documents;

import com.clinigrad.shared.NotFoundException;

/**
 * No such document, or one the caller may not see.
 */
public class DocumentNotFoundException extends NotFoundException {

	public DocumentNotFoundException(String what) {
		super("Document " + what);
	}

}
