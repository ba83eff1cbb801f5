package com.clinigrad.accounts;

import java.util.ArrayList;
import java.util.List;

import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a module runs after a person's request on their behalf
 * ({@link CurrentUsers#actingAs}) carries that person's current roles and nothing more,
 * leaves the thread as it found it, and never runs for a disabled or unknown account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActingAsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWorkRunsWithThePersonsCurrentRolesOnlyAndTheThreadIsRestored() {
		Fixtures fixtures = Fixtures.in(this.context);
		String office = fixtures.account(Role.GRAD_SCHOOL);
		List<CurrentUser> seen = new ArrayList<>();
		this.currentUsers.actingAs(office, () -> seen.add(this.currentUsers.current()));
		assertThat(seen).singleElement().satisfies((user) -> {
			assertThat(user.username()).isEqualTo(office);
			assertThat(user.has(Role.GRAD_SCHOOL)).isTrue();
			assertThat(user.has(Role.ADMIN)).isFalse();
		});
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
		// someone from finance acting has finance's role only
		String finance = fixtures.account(Role.FINANCE);
		this.currentUsers.actingAs(finance, () -> seen.add(this.currentUsers.current()));
		assertThat(seen.get(1).roles()).containsExactly(Role.FINANCE);
	}

	@Test
	void aDisabledOrUnknownAccountRunsNothing() {
		Fixtures fixtures = Fixtures.in(this.context);
		String office = fixtures.account(Role.GRAD_SCHOOL);
		this.jdbc.sql("update user_account set enabled = false where username = :u").param("u", office).update();
		List<String> ran = new ArrayList<>();
		assertThatThrownBy(() -> this.currentUsers.actingAs(office, () -> ran.add("ran")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.currentUsers.actingAs("nobody-" + office, () -> ran.add("ran")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(ran).isEmpty();
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

}
