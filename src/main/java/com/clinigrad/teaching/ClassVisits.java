package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.courses.TaughtOffering;
import com.clinigrad.courses.TaughtOfferings;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class visits (督导听课): a teaching supervisor sits in on a course offering's class or a
 * rotation department's teaching session and rates it on the form. The graduate school
 * sees every visit, a teaching supervisor the visits they recorded, an instructor the
 * visits of their own teaching; students never see a visit.
 */
@Service
public class ClassVisits {

	/** The form new visits are recorded on. */
	static final String FORM = "CLASS-VISIT";

	/** The form item that holds the overall rating. */
	static final String OVERALL = "OVERALL";

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final TeachingInspectors inspectors;

	private final SupervisorDirectory supervisors;

	private final TaughtOfferings offerings;

	private final Organization organization;

	ClassVisits(JdbcClient jdbc, CurrentUsers currentUsers, TeachingInspectors inspectors,
			SupervisorDirectory supervisors, TaughtOfferings offerings, Organization organization) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.inspectors = inspectors;
		this.supervisors = supervisors;
		this.offerings = offerings;
		this.organization = organization;
	}

	/**
	 * @return the rating form of new visits with its items
	 */
	@Transactional(readOnly = true)
	public VisitForm form() {
		return form(FORM);
	}

	/**
	 * @return whether the caller may record a visit (the graduate school, an active
	 * teaching supervisor)
	 */
	@Transactional(readOnly = true)
	public boolean mayRecord() {
		CurrentUser user = this.currentUsers.current();
		return user.has(Role.GRAD_SCHOOL) || this.inspectors.callerAsInspector().isPresent();
	}

	/**
	 * @return the offerings with an instructor, to choose the visited class from
	 */
	@Transactional(readOnly = true)
	public List<TaughtOffering> offeringsToVisit() {
		requireRecorder();
		return this.offerings.all();
	}

	/**
	 * @return the departments, to choose a teaching session's department from
	 */
	@Transactional(readOnly = true)
	public List<DepartmentView> departmentsToVisit() {
		requireRecorder();
		return this.organization.allDepartments();
	}

	/**
	 * Records a visit; the graduate school (naming the teaching supervisor) or an active
	 * teaching supervisor (themself).
	 * @return the visit's id
	 */
	@Transactional
	public long record(VisitCommand command) {
		CurrentUser user = this.currentUsers.current();
		SupervisorRef inspector;
		if (user.has(Role.GRAD_SCHOOL) && command.inspectorStaffNo() != null && !command.inspectorStaffNo().isBlank()) {
			inspector = this.supervisors.byStaffNo(command.inspectorStaffNo().strip())
				.filter((s) -> this.inspectors.isActive(s.id()))
				.orElseThrow(
						() -> new BusinessRuleException("teaching.error.notInspector", command.inspectorStaffNo()));
		}
		else {
			inspector = this.inspectors.callerAsInspector()
				.orElseThrow(() -> new AccessDeniedException("Not a teaching supervisor"));
		}
		return store(command, inspector, user.username());
	}

	/**
	 * Records a visit with the checks {@link #record} makes but no caller check: for
	 * loaders that run without a logged-in user (the demo university).
	 */
	@Transactional
	public long recordAs(VisitCommand command, String inspectorStaffNo, String by) {
		SupervisorRef inspector = this.supervisors.byStaffNo(inspectorStaffNo)
			.filter((s) -> this.inspectors.isActive(s.id()))
			.orElseThrow(() -> new BusinessRuleException("teaching.error.notInspector", inspectorStaffNo));
		return store(command, inspector, by);
	}

	private long store(VisitCommand command, SupervisorRef inspector, String by) {
		VisitForm form = form();
		LocalDate on = command.visitedOn();
		if (on == null) {
			throw new BusinessRuleException("teaching.error.dateRequired");
		}
		if (on.isAfter(SchoolTime.today())) {
			throw new BusinessRuleException("teaching.error.future");
		}
		Long offeringId = null;
		Long departmentId = null;
		String sessionTitle = null;
		SupervisorRef instructor;
		if (command.offeringId() != null) {
			TaughtOffering offering = this.offerings.byId(command.offeringId())
				.orElseThrow(() -> new BusinessRuleException("teaching.error.unknownOffering"));
			offeringId = offering.offeringId();
			instructor = blank(command.instructorStaffNo())
					? this.supervisors.byId(offering.instructorId()).orElseThrow() : instructor(command);
		}
		else {
			DepartmentView department = (blank(command.hospitalCode()) || blank(command.departmentCode())) ? null
					: this.organization.department(command.hospitalCode(), command.departmentCode()).orElse(null);
			if (department == null) {
				throw new BusinessRuleException("teaching.error.subjectRequired");
			}
			if (blank(command.sessionTitle())) {
				throw new BusinessRuleException("teaching.error.sessionTitle");
			}
			if (blank(command.instructorStaffNo())) {
				throw new BusinessRuleException("teaching.error.instructorRequired");
			}
			departmentId = department.id();
			sessionTitle = command.sessionTitle().strip();
			instructor = instructor(command);
		}
		if (instructor.id() == inspector.id()) {
			throw new BusinessRuleException("teaching.error.ownClass");
		}
		Map<Long, Integer> scores = new LinkedHashMap<>();
		Map<Long, String> texts = new LinkedHashMap<>();
		for (VisitFormItem item : form.items()) {
			if (item.scored()) {
				Integer score = command.scores().get(item.code());
				if (score == null || score < 1 || score > item.maxScore()) {
					throw new BusinessRuleException("teaching.error.score", item.label(),
							String.valueOf(item.maxScore()));
				}
				scores.put(item.id(), score);
			}
			else {
				String text = command.texts().get(item.code());
				if (text != null && !text.isBlank()) {
					texts.put(item.id(), text.strip());
				}
			}
		}
		long id = this.jdbc.sql("""
				insert into class_visit (form_id, offering_id, department_id, session_title, visited_on, instructor_id,
				    inspector_id, recorded_by)
				values (:f, :o, :d, :t, :on, :i, :x, :by) returning id
				""")
			.param("f", form.id())
			.param("o", offeringId)
			.param("d", departmentId)
			.param("t", sessionTitle)
			.param("on", on)
			.param("i", instructor.id())
			.param("x", inspector.id())
			.param("by", by)
			.query(Long.class)
			.single();
		scores.forEach((item, score) -> this.jdbc
			.sql("insert into class_visit_answer (visit_id, item_id, score) values (:v, :i, :s)")
			.param("v", id)
			.param("i", item)
			.param("s", score)
			.update());
		texts.forEach((item, text) -> this.jdbc
			.sql("insert into class_visit_answer (visit_id, item_id, text) values (:v, :i, :t)")
			.param("v", id)
			.param("i", item)
			.param("t", text)
			.update());
		return id;
	}

	/**
	 * The visits the caller may see, newest first: all for the graduate school; those
	 * they recorded or received for a teacher; none for anyone else.
	 */
	@Transactional(readOnly = true)
	public List<VisitView> list() {
		CurrentUser user = requireReader();
		if (user.has(Role.GRAD_SCHOOL)) {
			return visitsWhere("true", Map.of());
		}
		Long me = callerSupervisorId().orElse(-1L);
		return visitsWhere("(v.inspector_id = :me or v.instructor_id = :me)", Map.of("me", me));
	}

	/**
	 * One visit; the graduate school, its teaching supervisor and its instructor only.
	 */
	@Transactional(readOnly = true)
	public VisitView visit(long id) {
		CurrentUser user = requireReader();
		VisitView visit = visitsWhere("v.id = :id", Map.of("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> new TeachingNotFoundException("visit " + id));
		if (!user.has(Role.GRAD_SCHOOL) && !user.staffNo().equals(visit.inspectorStaffNo())
				&& !user.staffNo().equals(visit.instructorStaffNo())) {
			throw new TeachingNotFoundException("visit " + id);
		}
		return visit;
	}

	/**
	 * The visits of an instructor's classes of some offerings, for the quality report
	 * (which checks its caller).
	 */
	List<VisitView> ofOfferings(long instructorId, List<Long> offeringIds) {
		if (offeringIds.isEmpty()) {
			return List.of();
		}
		return visitsWhere("v.instructor_id = :i and v.offering_id in (:o)",
				Map.of("i", instructorId, "o", offeringIds));
	}

	/**
	 * The visits of an instructor's department teaching sessions, for the quality report.
	 */
	List<VisitView> sessionsOf(long instructorId) {
		return visitsWhere("v.instructor_id = :i and v.department_id is not null", Map.of("i", instructorId));
	}

	/**
	 * Every visit of course offerings, for the graduate school's list of reports.
	 */
	List<VisitView> ofAllOfferings() {
		return visitsWhere("v.offering_id is not null", Map.of());
	}

	private CurrentUser requireReader() {
		CurrentUser user = this.currentUsers.current();
		if (user.has(Role.STUDENT) && !user.has(Role.GRAD_SCHOOL)) {
			throw new AccessDeniedException("Students see no visits");
		}
		if (!user.has(Role.GRAD_SCHOOL) && user.staffNo() == null) {
			throw new AccessDeniedException("No teaching record");
		}
		return user;
	}

	private void requireRecorder() {
		if (!mayRecord()) {
			throw new AccessDeniedException("Not a teaching supervisor");
		}
	}

	private Optional<Long> callerSupervisorId() {
		String staffNo = this.currentUsers.current().staffNo();
		return (staffNo == null) ? Optional.empty() : this.supervisors.byStaffNo(staffNo).map(SupervisorRef::id);
	}

	private SupervisorRef instructor(VisitCommand command) {
		return this.supervisors.byStaffNo(command.instructorStaffNo().strip())
			.orElseThrow(() -> new BusinessRuleException("teaching.error.unknownStaff", command.instructorStaffNo()));
	}

	private VisitForm form(String code) {
		List<Object[]> forms = this.jdbc.sql("select id, title, title_en from visit_form where code = :c")
			.param("c", code)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) })
			.list();
		Object[] f = forms.get(0);
		return new VisitForm((Long) f[0], code, (String) f[1], (String) f[2], items((Long) f[0]));
	}

	private List<VisitFormItem> items(long formId) {
		return this.jdbc.sql("""
				select id, position, code, label, label_en, kind, max_score from visit_form_item
				where form_id = :f order by position
				""")
			.param("f", formId)
			.query((rs, n) -> new VisitFormItem(rs.getLong("id"), rs.getInt("position"), rs.getString("code"),
					rs.getString("label"), rs.getString("label_en"), VisitItemKind.valueOf(rs.getString("kind")),
					(Integer) rs.getObject("max_score")))
			.list();
	}

	private List<VisitView> visitsWhere(String condition, Map<String, Object> params) {
		List<Object[]> rows = this.jdbc.sql("""
				select v.id, v.form_id, v.visited_on, v.offering_id, v.department_id, v.session_title, v.instructor_id,
				    v.inspector_id, v.recorded_by
				from class_visit v
				where""" + " " + condition + " order by v.visited_on desc, v.id desc")
			.params(params)
			.query((rs,
					n) -> new Object[] { rs.getLong("id"), rs.getLong("form_id"),
							rs.getObject("visited_on", LocalDate.class), rs.getObject("offering_id", Long.class),
							rs.getObject("department_id", Long.class), rs.getString("session_title"),
							rs.getLong("instructor_id"), rs.getLong("inspector_id"), rs.getString("recorded_by") })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map((r) -> (Long) r[0]).toList();
		Map<Long, List<Object[]>> answers = new HashMap<>();
		this.jdbc.sql("select visit_id, item_id, score, text from class_visit_answer where visit_id in (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				answers.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new Object[] { rs.getLong(2), rs.getObject(3, Integer.class), rs.getString(4) });
			});
		Map<Long, List<VisitFormItem>> formItems = new HashMap<>();
		List<Long> people = new ArrayList<>();
		rows.forEach((r) -> {
			people.add((Long) r[6]);
			people.add((Long) r[7]);
		});
		Map<Long, SupervisorRef> staff = this.supervisors.byIds(people.stream().distinct().toList());
		Map<Long, TaughtOffering> offered = this.offerings
			.byIds(rows.stream().map((r) -> (Long) r[3]).filter((o) -> o != null).distinct().toList());
		Map<Long, DepartmentView> departments = new HashMap<>();
		if (rows.stream().anyMatch((r) -> r[4] != null)) {
			this.organization.allDepartments().forEach((d) -> departments.put(d.id(), d));
		}
		List<VisitView> visits = new ArrayList<>();
		for (Object[] r : rows) {
			List<VisitFormItem> items = formItems.computeIfAbsent((Long) r[1], this::items);
			Map<Long, Object[]> given = new HashMap<>();
			answers.getOrDefault((Long) r[0], List.of()).forEach((a) -> given.put((Long) a[0], a));
			List<VisitView.Answer> list = new ArrayList<>();
			BigDecimal sum = BigDecimal.ZERO;
			int scored = 0;
			Integer overall = null;
			for (VisitFormItem item : items) {
				Object[] a = given.get(item.id());
				Integer score = (a != null) ? (Integer) a[1] : null;
				String text = (a != null) ? (String) a[2] : null;
				list.add(new VisitView.Answer(item, score, text));
				if (item.scored() && score != null) {
					sum = sum.add(BigDecimal.valueOf(score * 5L)
						.divide(BigDecimal.valueOf(item.maxScore()), 4, RoundingMode.HALF_UP));
					scored++;
					if (OVERALL.equals(item.code())) {
						overall = score;
					}
				}
			}
			BigDecimal average = (scored == 0) ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
			SupervisorRef instructor = staff.get((Long) r[6]);
			SupervisorRef inspector = staff.get((Long) r[7]);
			TaughtOffering offering = (r[3] != null) ? offered.get((Long) r[3]) : null;
			DepartmentView department = (r[4] != null) ? departments.get((Long) r[4]) : null;
			visits.add(new VisitView((Long) r[0], (LocalDate) r[2], (Long) r[3],
					(offering != null) ? offering.courseCode() : null,
					(offering != null) ? offering.courseName() : null,
					(offering != null) ? offering.courseNameEn() : null, (offering != null) ? offering.term() : null,
					(department != null) ? department.hospitalCode() : null,
					(department != null) ? department.name() : null, (String) r[5], instructor.staffNo(),
					instructor.name(), inspector.staffNo(), inspector.name(), average, overall, list, (String) r[8]));
		}
		return visits;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
