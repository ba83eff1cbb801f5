package com.clinigrad.awards;

import com.clinigrad.shared.NotFoundException;

/**
 * A scheme, award type or ethics entry that does not exist or that the caller may not see
 * (404).
 */
public class AwardNotFoundException extends NotFoundException {

	public AwardNotFoundException(String what) {
		super(what);
	}

}
