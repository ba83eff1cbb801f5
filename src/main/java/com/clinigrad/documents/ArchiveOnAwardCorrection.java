package com.clinigrad.documents;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.theses.DegreeAwardCorrected;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Adds the record of a corrected award date or certificate number to the degree's frozen
 * archive, on behalf of the person who corrected it, so that the archive tells what was
 * recorded, what it was corrected to and why, beside the files frozen before.
 */
@Component
class ArchiveOnAwardCorrection {

	private final DegreeArchives archives;

	private final CurrentUsers currentUsers;

	ArchiveOnAwardCorrection(DegreeArchives archives, CurrentUsers currentUsers) {
		this.archives = archives;
		this.currentUsers = currentUsers;
	}

	@ApplicationModuleListener
	void on(DegreeAwardCorrected corrected) {
		this.currentUsers.actingAs(corrected.correctedBy(), () -> this.archives.appendAwardCorrection(corrected));
	}

}
