package com.clinigrad.selection;

import com.clinigrad.shared.NotFoundException;

/**
 * No selection round of that year, or nothing of it the caller may see.
 */
public class SelectionNotFoundException extends NotFoundException {

	public SelectionNotFoundException(String what) {
		super(what);
	}

}
