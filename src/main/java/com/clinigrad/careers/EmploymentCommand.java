package com.clinigrad.careers;

import java.time.LocalDate;

/**
 * A graduate's destination as entered or imported; keyed by the student number.
 *
 * @param employer {@code null} when not given
 * @param region the province, e.g. {@code 北京}; {@code null} when not given
 */
public record EmploymentCommand(String studentNo, LocalDate graduatedOn, DestinationKind destinationKind,
		String employer, String region) {
}
