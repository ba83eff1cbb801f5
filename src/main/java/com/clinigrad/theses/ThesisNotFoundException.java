package com.clinigrad.theses;

import com.clinigrad.shared.NotFoundException;

/**
 * No such thesis, file, round or review, or one the caller may not see.
 */
public class ThesisNotFoundException extends NotFoundException {

	ThesisNotFoundException(Object what) {
		super("No thesis item " + what);
	}

}
