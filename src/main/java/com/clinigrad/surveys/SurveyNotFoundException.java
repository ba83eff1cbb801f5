package com.clinigrad.surveys;

import com.clinigrad.shared.NotFoundException;

/**
 * No survey round or template with that id, or one the caller was not asked to answer.
 */
public class SurveyNotFoundException extends NotFoundException {

	SurveyNotFoundException(String what) {
		super("No survey " + what);
	}

}
