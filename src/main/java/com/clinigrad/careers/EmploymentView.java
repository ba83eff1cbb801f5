package com.clinigrad.careers;

import java.time.LocalDate;

/**
 * A graduate's recorded destination, with who recorded it and the version an edit names.
 */
public record EmploymentView(long id, String studentNo, String studentName, String programCode, LocalDate graduatedOn,
		DestinationKind destinationKind, String employer, String region, String recordedBy, long version) {

	/**
	 * @return the region in the page's language ({@link Regions#displayName})
	 */
	public String regionName(boolean english) {
		return Regions.displayName(this.region, english);
	}

	public EmploymentCommand toCommand() {
		return new EmploymentCommand(this.studentNo, this.graduatedOn, this.destinationKind, this.employer,
				this.region);
	}

}
