package com.clinigrad.competency;

import com.clinigrad.shared.NotFoundException;

/**
 * A trainee, plan or period the caller may not see or that does not exist (404).
 */
public class TrainingPlanNotFoundException extends NotFoundException {

	public TrainingPlanNotFoundException(String what) {
		super(what);
	}

}
