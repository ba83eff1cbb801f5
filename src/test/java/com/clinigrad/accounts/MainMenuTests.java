package com.clinigrad.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which entry of the main menu, and when the menu groups its entries.
 */
class MainMenuTests {

	@Test
	void aStudentSeesTheirOwnPagesSideBySide() {
		List<String> paths = paths(EnumSet.of(Role.STUDENT), false);
		assertThat(paths).contains("/", "/me", "/courses/offerings", "/calendar", "/surveys/mine", "/employment/mine")
			.doesNotContain("/students", "/audit/batch", "/practice", "/admin/accounts", "/surveys");
		assertThat(count(EnumSet.of(Role.STUDENT), true)).isLessThanOrEqualTo(MainMenu.FLAT_LIMIT);
	}

	@Test
	void practiceCreditsOnlyWhereTheyConcernTheStudent() {
		assertThat(paths(EnumSet.of(Role.STUDENT), true)).contains("/practice");
		assertThat(paths(EnumSet.of(Role.GRAD_SCHOOL), true)).contains("/practice");
		assertThat(paths(EnumSet.of(Role.GRAD_SCHOOL), false)).doesNotContain("/practice");
	}

	@Test
	void aSupervisorSeesTheirOwnPagesAndTheOfficesTheWholeLists() {
		assertThat(paths(EnumSet.of(Role.SUPERVISOR), false))
			.contains("/audit/cases", "/qualifications/mine", "/selection/mine", "/osce/stations",
					"/supervisor-absences", "/teaching/quality", "/teaching/workload")
			.doesNotContain("/audit/batch", "/qualifications/applications", "/selection", "/osce");
		// a supervisor who also works in the graduate school sees the office's entries
		// only
		assertThat(paths(EnumSet.of(Role.SUPERVISOR, Role.GRAD_SCHOOL), false))
			.contains("/audit/batch", "/qualifications/applications", "/selection", "/osce", "/imports")
			.doesNotContain("/audit/cases", "/qualifications/mine", "/selection/mine", "/osce/stations");
	}

	@Test
	void anExpertSeesTheirReviewsAndAnAdministratorTheAccounts() {
		assertThat(paths(EnumSet.of(Role.EXPERT), false)).containsExactly("/", "/exams/marking", "/calendar",
				"/reviews");
		assertThat(paths(EnumSet.of(Role.ADMIN), false)).containsExactly("/", "/organization/hospitals",
				"/admin/accounts");
	}

	@Test
	void nobodyLoggedInSeesNothing() {
		assertThat(MainMenu.visibleTo(EnumSet.noneOf(Role.class), true)).isEmpty();
	}

	@Test
	void theGraduateSchoolHasMoreEntriesThanOneLineHolds() {
		assertThat(count(EnumSet.of(Role.GRAD_SCHOOL), true)).isGreaterThan(MainMenu.FLAT_LIMIT);
	}

	private static List<String> paths(Set<Role> roles, boolean practice) {
		return MainMenu.visibleTo(roles, practice)
			.stream()
			.flatMap((group) -> group.entries().stream())
			.map(MainMenu.Entry::path)
			.toList();
	}

	private static int count(Set<Role> roles, boolean practice) {
		return paths(roles, practice).size();
	}

}
