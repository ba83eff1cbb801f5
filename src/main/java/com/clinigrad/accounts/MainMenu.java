package com.clinigrad.accounts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import static com.clinigrad.accounts.Role.ADMIN;
import static com.clinigrad.accounts.Role.DEGREE_COMMITTEE;
import static com.clinigrad.accounts.Role.DEPT_COORDINATOR;
import static com.clinigrad.accounts.Role.EXPERT;
import static com.clinigrad.accounts.Role.FINANCE;
import static com.clinigrad.accounts.Role.GRAD_SCHOOL;
import static com.clinigrad.accounts.Role.HOSPITAL_OFFICE;
import static com.clinigrad.accounts.Role.STUDENT;
import static com.clinigrad.accounts.Role.SUPERVISOR;

/**
 * The main menu of every page: which entries each role sees, in one place, grouped by the
 * office's areas of work. A person with few entries (a student, an expert) sees them side
 * by side; a person with many sees the groups as drop-down menus, so that the bar holds
 * on one line.
 * <p>
 * The menu's markup ({@code fragments/menu.html}) depends only on the caller's roles, the
 * language, the page's menu entry and whether practice credits concern the caller: it is
 * rendered once for each such combination and kept, instead of checking some thirty role
 * expressions on every page.
 */
@Component("mainMenu")
public class MainMenu {

	/** Up to this many entries the menu shows them side by side, without groups. */
	static final int FLAT_LIMIT = 10;

	private static final int CACHE_LIMIT = 10_000;

	private static final Set<Role> OFFICES = EnumSet.of(GRAD_SCHOOL, DEGREE_COMMITTEE, HOSPITAL_OFFICE);

	private static final List<Group> GROUPS = List.of(
			new Group("home", null, List.of(entry("home", "nav.home", "/", null).anyone())),
			new Group("students", "nav.group.students", List.of(
					entry("students", "nav.students", "/students", null).forAny(GRAD_SCHOOL, DEGREE_COMMITTEE,
							HOSPITAL_OFFICE, SUPERVISOR),
					entry("me", "nav.myRecord", "/me", null).forAny(STUDENT),
					entry("audit", "nav.audit", "/audit/batch", null).forAny(OFFICES),
					entry("audit", "nav.audit", "/audit/cases", null).forAny(SUPERVISOR).unless(OFFICES),
					entry("atRisk", "nav.atRisk", "/audit/at-risk", "nav-at-risk").forAny(GRAD_SCHOOL, HOSPITAL_OFFICE,
							SUPERVISOR),
					entry("practice", "nav.practice", "/practice", null).forAny(GRAD_SCHOOL, HOSPITAL_OFFICE, STUDENT)
						.whenPracticeCredits(),
					entry("awards", "nav.awards", "/awards/schemes", "nav-awards").forAny(GRAD_SCHOOL, HOSPITAL_OFFICE),
					entry("awards", "award.roll.nav", "/awards/rolls", "nav-rolls").forAny(FINANCE),
					entry("hardship", "hardship.nav", "/awards/hardship", "nav-hardship").forAny(GRAD_SCHOOL,
							HOSPITAL_OFFICE),
					entry("mentoring", "mentoring.nav", "/mentoring", "nav-mentoring").forAny(GRAD_SCHOOL,
							HOSPITAL_OFFICE),
					entry("mentoring", "mentoring.nav.mine", "/mentoring/mine", "nav-my-mentoring").forAny(STUDENT)
						.unless(GRAD_SCHOOL, HOSPITAL_OFFICE),
					entry("documents", "documents.nav", "/documents", "nav-documents").forAny(GRAD_SCHOOL),
					entry("documents", "documents.nav", "/documents/mine", "nav-documents").forAny(STUDENT, SUPERVISOR)
						.unless(GRAD_SCHOOL))),
			new Group("training", "nav.group.training", List.of(
					entry("courses", "nav.courses", "/courses/offerings", null).forAny(GRAD_SCHOOL, DEGREE_COMMITTEE,
							HOSPITAL_OFFICE, DEPT_COORDINATOR, SUPERVISOR, STUDENT),
					entry("rotations", "nav.rotations", "/rotations", null).forAny(GRAD_SCHOOL, HOSPITAL_OFFICE,
							DEPT_COORDINATOR),
					entry("osce", "cbt.nav.osce", "/osce", "nav-osce").forAny(GRAD_SCHOOL, HOSPITAL_OFFICE),
					entry("osce", "cbt.nav.examiner", "/osce/stations", "nav-osce-stations").forAny(SUPERVISOR)
						.unless(GRAD_SCHOOL, HOSPITAL_OFFICE),
					entry("exams", "exams.nav", "/exams/sittings", "nav-exams").forAny(GRAD_SCHOOL, HOSPITAL_OFFICE),
					entry("exams", "exams.nav", "/exams/mine", "nav-exams").forAny(STUDENT)
						.unless(GRAD_SCHOOL, HOSPITAL_OFFICE),
					entry("exams", "exams.nav", "/exams/marking", "nav-exams")
						.forAny(DEPT_COORDINATOR, SUPERVISOR, EXPERT)
						.unless(GRAD_SCHOOL, HOSPITAL_OFFICE, STUDENT),
					entry("teaching", "teaching.nav.quality", "/teaching/quality", "nav-teaching").forAny(GRAD_SCHOOL,
							SUPERVISOR),
					entry("workload", "workload.nav", "/teaching/workload", "nav-workload").forAny(GRAD_SCHOOL,
							HOSPITAL_OFFICE, SUPERVISOR),
					entry("calendar", "nav.calendar", "/calendar", "nav-calendar").forAny(GRAD_SCHOOL, DEGREE_COMMITTEE,
							HOSPITAL_OFFICE, DEPT_COORDINATOR, SUPERVISOR, EXPERT, STUDENT))),
			new Group("degrees", "nav.group.degrees",
					List.of(entry("degrees", "nav.degrees", "/degrees", null).forAny(GRAD_SCHOOL, DEGREE_COMMITTEE),
							entry("reviews", "nav.reviews", "/reviews", null).forAny(EXPERT))),
			new Group("supervisors", "nav.group.supervisors", List.of(
					entry("supervisors", "nav.supervisors", "/supervisors", null).forAny(OFFICES),
					entry("supervisorGroups", "nav.supervisorGroups", "/supervisor-groups", "nav-supervisor-groups")
						.forAny(GRAD_SCHOOL, DEGREE_COMMITTEE, HOSPITAL_OFFICE, SUPERVISOR),
					entry("absences", "nav.absences", "/supervisor-absences", "nav-absences").forAny(SUPERVISOR)
						.unless(OFFICES),
					entry("qualifications", "nav.qualifications", "/qualifications/applications", null).forAny(OFFICES),
					entry("qualifications", "nav.myQualifications", "/qualifications/mine", null).forAny(SUPERVISOR)
						.unless(OFFICES),
					entry("selection", "nav.selection", "/selection", "nav-selection").forAny(OFFICES),
					entry("selection", "nav.mySelection", "/selection/mine", "nav-my-selection").forAny(SUPERVISOR)
						.unless(OFFICES))),
			new Group("outcomes", "nav.group.outcomes", List.of(
					entry("reports", "nav.reports", "/reports/annual", null).forAny(GRAD_SCHOOL, HOSPITAL_OFFICE),
					entry("admissions", "nav.admissions", "/admissions", null).forAny(GRAD_SCHOOL),
					entry("employment", "nav.employment", "/employment", null).forAny(GRAD_SCHOOL),
					entry("surveys", "nav.surveys", "/surveys", null).forAny(GRAD_SCHOOL),
					entry("surveys", "nav.mySurveys", "/surveys/mine", null).forAny(STUDENT).unless(GRAD_SCHOOL),
					entry("employment", "nav.myEmployment", "/employment/mine", null).forAny(STUDENT)
						.unless(GRAD_SCHOOL))),
			new Group("system", "nav.group.system",
					List.of(entry("organization", "nav.organization", "/organization/hospitals", null)
						.forAny(GRAD_SCHOOL, HOSPITAL_OFFICE, DEPT_COORDINATOR, ADMIN),
							entry("imports", "nav.imports", "/imports", null).forAny(GRAD_SCHOOL),
							entry("admin", "nav.accounts", "/admin/accounts", null).forAny(ADMIN))));

	private final SpringTemplateEngine templates;

	private final String contextPath;

	private final Map<Key, String> rendered = new ConcurrentHashMap<>();

	MainMenu(SpringTemplateEngine templates, ServletContext servletContext) {
		this.templates = templates;
		this.contextPath = servletContext.getContextPath();
	}

	/**
	 * @param active the page's menu entry (its {@code active} name), may be {@code null}
	 * @param practiceCredits whether practice credits concern the caller (the page
	 * model's {@code practiceMenu})
	 * @return the menu's markup for the caller in the page's language
	 */
	public String html(String active, Boolean practiceCredits) {
		Key key = new Key(callerRoles(), LocaleContextHolder.getLocale(), (active != null) ? active : "",
				Boolean.TRUE.equals(practiceCredits));
		String html = this.rendered.get(key);
		if (html == null) {
			html = render(key);
			if (this.rendered.size() >= CACHE_LIMIT) {
				this.rendered.clear();
			}
			this.rendered.put(key, html);
		}
		return html;
	}

	/**
	 * @return the groups of entries these roles see, empty groups left out
	 */
	static List<VisibleGroup> visibleTo(Set<Role> roles, boolean practiceCredits) {
		List<VisibleGroup> groups = new ArrayList<>();
		for (Group group : GROUPS) {
			List<Entry> entries = group.entries()
				.stream()
				.filter((entry) -> entry.shownTo(roles, practiceCredits))
				.toList();
			if (!entries.isEmpty()) {
				groups.add(new VisibleGroup(group.name(), group.messageKey(), entries));
			}
		}
		return groups;
	}

	private String render(Key key) {
		List<VisibleGroup> groups = visibleTo(key.roles(), key.practiceCredits());
		int count = groups.stream().mapToInt((group) -> group.entries().size()).sum();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("groups", groups);
		variables.put("grouped", count > FLAT_LIMIT);
		variables.put("active", key.active());
		variables.put("base", this.contextPath);
		return this.templates.process("fragments/menu", Set.of("menu"), new Context(key.locale(), variables)).strip();
	}

	private static Set<Role> callerRoles() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return roles;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	private static Entry entry(String name, String messageKey, String path, String id) {
		return new Entry(name, messageKey, path, id, Set.of(), Set.of(), false, false);
	}

	private record Key(Set<Role> roles, Locale locale, String active, boolean practiceCredits) {
	}

	private record Group(String name, String messageKey, List<Entry> entries) {
	}

	/**
	 * A group of entries as one person sees it.
	 *
	 * @param name the group's name (its entries' {@code active} names make it active)
	 * @param messageKey the group's label, {@code null} for the home entry
	 * @param entries the entries this person sees
	 */
	public record VisibleGroup(String name, String messageKey, List<Entry> entries) {

		/**
		 * @param active the page's menu entry
		 * @return whether the page belongs to this group
		 */
		public boolean holds(String active) {
			return this.entries.stream().anyMatch((entry) -> entry.name().equals(active));
		}

	}

	/**
	 * One menu entry.
	 *
	 * @param name the {@code active} name of the pages it leads to
	 * @param messageKey its label
	 * @param path where it leads, within the application
	 * @param id the element id pages and tests find it by, may be {@code null}
	 * @param anyOf roles of which one shows it (empty: anyone logged in)
	 * @param noneOf roles that hide it (a person who has a wider entry for the same
	 * pages)
	 * @param everyone shown to anyone logged in
	 * @param practiceOnly shown only where practice credits concern the person
	 */
	public record Entry(String name, String messageKey, String path, String id, Set<Role> anyOf, Set<Role> noneOf,
			boolean everyone, boolean practiceOnly) {

		Entry anyone() {
			return new Entry(this.name, this.messageKey, this.path, this.id, this.anyOf, this.noneOf, true,
					this.practiceOnly);
		}

		Entry forAny(Role... roles) {
			return forAny(EnumSet.copyOf(List.of(roles)));
		}

		Entry forAny(Set<Role> roles) {
			return new Entry(this.name, this.messageKey, this.path, this.id, Set.copyOf(roles), this.noneOf,
					this.everyone, this.practiceOnly);
		}

		Entry unless(Role... roles) {
			return unless(EnumSet.copyOf(List.of(roles)));
		}

		Entry unless(Set<Role> roles) {
			return new Entry(this.name, this.messageKey, this.path, this.id, this.anyOf, Set.copyOf(roles),
					this.everyone, this.practiceOnly);
		}

		Entry whenPracticeCredits() {
			return new Entry(this.name, this.messageKey, this.path, this.id, this.anyOf, this.noneOf, this.everyone,
					true);
		}

		boolean shownTo(Set<Role> roles, boolean practiceCredits) {
			if (roles.isEmpty() || (this.practiceOnly && !practiceCredits)) {
				return false;
			}
			if (roles.stream().anyMatch(this.noneOf::contains)) {
				return false;
			}
			return this.everyone || roles.stream().anyMatch(this.anyOf::contains);
		}

	}

}
