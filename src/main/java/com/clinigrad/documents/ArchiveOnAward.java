package com.clinigrad.documents;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.theses.DegreeAwarded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Freezes the degree archive as soon as the degree is awarded, on behalf of the person
 * who recorded the award (with their role and scope), so that the archive holds the
 * documents as they stood at the award. An archive frozen already is left as it is; the
 * manual freeze stays for degrees awarded before.
 */
@Component
class ArchiveOnAward {

	private final DegreeArchives archives;

	private final CurrentUsers currentUsers;

	ArchiveOnAward(DegreeArchives archives, CurrentUsers currentUsers) {
		this.archives = archives;
		this.currentUsers = currentUsers;
	}

	@ApplicationModuleListener
	void on(DegreeAwarded awarded) {
		this.currentUsers.actingAs(awarded.awardedBy(), () -> {
			if (!this.archives.isFrozen(awarded.studentNo())) {
				this.archives.freeze(awarded.studentNo());
			}
		});
	}

}
