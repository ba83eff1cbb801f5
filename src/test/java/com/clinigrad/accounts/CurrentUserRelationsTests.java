package com.clinigrad.accounts;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one check per relation: a student's hospital office, own supervisor, a department's
 * coordinator — each needs the role and the matching record.
 */
class CurrentUserRelationsTests {

	private static CurrentUser user(Set<Role> roles, String hospital, String department, String staffNo) {
		return new CurrentUser(1, "u", "U", roles, hospital, department, staffNo, null);
	}

	@Test
	void theOfficeOfAHospitalIsItsOwnOffice() {
		assertThat(user(Set.of(Role.HOSPITAL_OFFICE), "H01", null, null).isOfficeOf("H01")).isTrue();
		assertThat(user(Set.of(Role.HOSPITAL_OFFICE), "H01", null, null).isOfficeOf("H02")).isFalse();
		assertThat(user(Set.of(Role.HOSPITAL_OFFICE), null, null, null).isOfficeOf(null)).isFalse();
		assertThat(user(Set.of(Role.DEPT_COORDINATOR), "H01", "CARD", null).isOfficeOf("H01"))
			.as("a coordinator of that hospital is not its office")
			.isFalse();
	}

	@Test
	void aSupervisorSupervisesAsMainOrCoSupervisor() {
		CurrentUser supervisor = user(Set.of(Role.SUPERVISOR), null, null, "S1");
		assertThat(supervisor.supervises("S1", null)).isTrue();
		assertThat(supervisor.supervises("S2", "S1")).isTrue();
		assertThat(supervisor.supervises("S2", "S3")).isFalse();
		assertThat(user(Set.of(Role.EXPERT), null, null, "S1").supervises("S1", null))
			.as("the staff number without the role")
			.isFalse();
		assertThat(user(Set.of(Role.SUPERVISOR), null, null, null).supervises(null, null)).isFalse();
	}

	@Test
	void aCoordinatorCoordinatesOnlyTheirDepartment() {
		CurrentUser coordinator = user(Set.of(Role.DEPT_COORDINATOR), "H01", "CARD", null);
		assertThat(coordinator.coordinates("H01", "CARD")).isTrue();
		assertThat(coordinator.coordinates("H01", "GSUR")).isFalse();
		assertThat(coordinator.coordinates("H02", "CARD")).isFalse();
		assertThat(user(Set.of(Role.HOSPITAL_OFFICE), "H01", "CARD", null).coordinates("H01", "CARD")).isFalse();
	}

}
