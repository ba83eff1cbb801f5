package com.clinigrad.competency;

import java.util.List;

/**
 * A part of this module that records assessments read into competency profiles (the OSCE,
 * the 360° evaluation).
 */
interface ProfileEvidence {

	/**
	 * @return the trainee's readings, each already a level
	 */
	List<Evidence> of(long studentId, List<SourceView> sources);

}
