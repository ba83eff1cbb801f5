package com.clinigrad.courses.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import com.clinigrad.courses.PracticeCredits;
import com.clinigrad.shared.web.PageModel;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells every page whether to offer the practice-credit menu entry: to the offices that
 * review applications, and to a student only when the program awards practice credits (or
 * the student has applied before), never to a student whose program counts none.
 */
@Component
class PracticeMenuModel implements PageModel {

	private static final Set<String> REVIEWERS = Set.of("ROLE_GRAD_SCHOOL", "ROLE_HOSPITAL_OFFICE");

	private final PracticeCredits practice;

	PracticeMenuModel(PracticeCredits practice) {
		this.practice = practice;
	}

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		model.put("practiceMenu", practiceMenu(SecurityContextHolder.getContext().getAuthentication()));
	}

	boolean practiceMenu(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(java.util.stream.Collectors.toSet());
		if (roles.stream().anyMatch(REVIEWERS::contains)) {
			return true;
		}
		return roles.contains("ROLE_STUDENT") && this.practice.concernCaller();
	}

}
