package com.clinigrad.supervisors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual application and review of supervisor qualifications (导师资格遴选): the graduate
 * school sets each year's window; within it a supervisor applies for a new qualification
 * or a re-review; the product checks the conditions of the year's rule set against their
 * records (title, degree, grants, publications of the achievement register); the graduate
 * school forwards the application to the degree committee (new supervisors only with the
 * pre-service training exam passed) or rejects it; the committee's vote, once recorded,
 * grants the qualification.
 */
@Service
@Transactional(readOnly = true)
public class QualificationReview {

	private final QualificationApplicationRepository applications;

	private final SupervisorRepository supervisors;

	private final SupervisorDirectory directory;

	private final QualificationRegister register;

	private final CurrentUsers currentUsers;

	private final JdbcClient jdbc;

	private final Organization organization;

	private final ObjectProvider<SupervisorPublications> publications;

	private final ApplicationEventPublisher events;

	QualificationReview(QualificationApplicationRepository applications, SupervisorRepository supervisors,
			SupervisorDirectory directory, QualificationRegister register, CurrentUsers currentUsers, JdbcClient jdbc,
			Organization organization, ObjectProvider<SupervisorPublications> publications,
			ApplicationEventPublisher events) {
		this.applications = applications;
		this.supervisors = supervisors;
		this.directory = directory;
		this.register = register;
		this.currentUsers = currentUsers;
		this.jdbc = jdbc;
		this.organization = organization;
		this.publications = publications;
		this.events = events;
	}

	// ---- windows

	/**
	 * @return every year's window, the latest first
	 */
	public List<WindowView> windows() {
		return this.jdbc
			.sql("select id, year, opens_on, closes_on, version from qualification_window order by year desc")
			.query((rs, n) -> new WindowView(rs.getLong("id"), rs.getInt("year"),
					rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
					rs.getLong("version")))
			.list();
	}

	/**
	 * @return the window open on the day, if any
	 */
	public Optional<WindowView> openOn(LocalDate day) {
		return windows().stream().filter((w) -> w.openOn(day)).findFirst();
	}

	/**
	 * Sets a year's window; graduate-school staff only.
	 * @param version the window's version as shown, {@code null} for a new year
	 */
	@Transactional
	public void setWindow(int year, LocalDate opensOn, LocalDate closesOn, Long version) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		setWindowAs(year, opensOn, closesOn, version, user.username());
	}

	/**
	 * Sets a year's window for trusted code (the demo data); no caller check.
	 */
	@Transactional
	public void setWindowAs(int year, LocalDate opensOn, LocalDate closesOn, Long version, String by) {
		if (year < 2000 || year > 2100) {
			throw new BusinessRuleException("qualification.error.windowYear");
		}
		if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
			throw new BusinessRuleException("qualification.error.windowDates");
		}
		if (opensOn.getYear() != year) {
			throw new BusinessRuleException("qualification.error.windowYear");
		}
		Optional<WindowView> existing = windows().stream().filter((w) -> w.year() == year).findFirst();
		if (existing.isEmpty()) {
			this.jdbc
				.sql("insert into qualification_window (year, opens_on, closes_on, set_by) values (:y, :o, :c, :w)")
				.param("y", year)
				.param("o", opensOn)
				.param("c", closesOn)
				.param("w", by)
				.update();
			return;
		}
		if (version == null) {
			throw new BusinessRuleException("qualification.error.windowExists", year);
		}
		if (version != existing.get().version()) {
			throw new ObjectOptimisticLockingFailureException("qualification_window", year);
		}
		this.jdbc.sql("""
				update qualification_window set opens_on = :o, closes_on = :c, set_by = :w, set_at = now(),
				    version = version + 1
				where year = :y and version = :v
				""")
			.param("y", year)
			.param("o", opensOn)
			.param("c", closesOn)
			.param("w", by)
			.param("v", version)
			.update();
	}

	// ---- applications

	/**
	 * The calling supervisor applies, within the open window.
	 * @return the application's id
	 */
	@Transactional
	public long apply(ApplicationCommand command) {
		CurrentUser user = this.currentUsers.require(Role.SUPERVISOR);
		if (user.staffNo() == null) {
			throw new AccessDeniedException("No supervisor record");
		}
		return applyAs(user.staffNo(), command, user.username());
	}

	/**
	 * Applies for a supervisor, for trusted code (the demo data); no caller check, the
	 * same rules.
	 */
	@Transactional
	public long applyAs(String staffNo, ApplicationCommand command, String by) {
		Supervisor supervisor = this.supervisors.findByStaffNo(staffNo)
			.orElseThrow(() -> new SupervisorNotFoundException(staffNo));
		LocalDate today = SchoolTime.today();
		WindowView window = openOn(today)
			.orElseThrow(() -> new BusinessRuleException("qualification.error.windowClosed"));
		if (command.kind() == null || command.type() == null || command.category() == null
				|| command.highestDegree() == null) {
			throw new BusinessRuleException("qualification.error.incomplete");
		}
		if ((command.teaching() != null && command.teaching().length() > 2000)
				|| (command.statement() != null && command.statement().length() > 2000)) {
			throw new BusinessRuleException("qualification.error.tooLong", 2000);
		}
		List<QualificationRecord> records = this.register.recordsOf(supervisor.getId());
		boolean holds = records.stream().anyMatch((r) -> r.kind() == command.kind() && r.validOn(today));
		boolean held = records.stream().anyMatch((r) -> r.kind() == command.kind());
		if (command.type() == ApplicationType.NEW && holds) {
			throw new BusinessRuleException("qualification.error.alreadyHolds");
		}
		if (command.type() == ApplicationType.REREVIEW && !held) {
			throw new BusinessRuleException("qualification.error.nothingToReview");
		}
		boolean pending = this.applications.findBySupervisorIdOrderByIdDesc(supervisor.getId())
			.stream()
			.anyMatch((a) -> a.getWindowId() == window.id() && a.getKind() == command.kind() && !a.getState().closed());
		if (pending) {
			throw new BusinessRuleException("qualification.error.duplicate");
		}
		return this.applications.save(new QualificationApplication(supervisor.getId(), window.id(), command, by))
			.getId();
	}

	/**
	 * The applicant withdraws an application the graduate school has not checked yet.
	 */
	@Transactional
	public void withdraw(long id, long version) {
		CurrentUser user = this.currentUsers.require(Role.SUPERVISOR);
		QualificationApplication application = load(id, version);
		if (!user.supervises(staffNo(application), null)) {
			throw new AccessDeniedException("Only one's own application");
		}
		application.withdraw();
	}

	/**
	 * The graduate school forwards an application to the degree committee: every
	 * condition must be met and, for a new supervisor, the training exam passed.
	 */
	@Transactional
	public void forward(long id, long version, String note) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		QualificationApplication application = load(id, version);
		ApplicationDetail detail = detail(application);
		long unmet = detail.conditions().stream().filter((c) -> !c.met()).count();
		if (unmet > 0) {
			throw new BusinessRuleException("qualification.error.conditionsUnmet", unmet);
		}
		if (detail.trainingRequired() && !detail.trainingPassed()) {
			throw new BusinessRuleException("qualification.error.trainingRequired");
		}
		application.forward(user.username(), note);
	}

	/**
	 * The graduate school rejects an application, with the reason.
	 */
	@Transactional
	public void reject(long id, long version, String note) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		load(id, version).reject(user.username(), note);
	}

	/**
	 * Records the degree committee's vote; a vote that carries grants the qualification.
	 * @return whether it carried
	 */
	@Transactional
	public boolean vote(long id, long version, VoteCommand vote) {
		CurrentUser user = this.currentUsers.require(Role.DEGREE_COMMITTEE);
		QualificationApplication application = load(id, version);
		if (vote.decidedOn() != null && vote.decidedOn().isAfter(SchoolTime.today())) {
			throw new BusinessRuleException("qualification.error.decisionDate");
		}
		boolean carried = application.recordVote(vote, user.username());
		if (carried) {
			Supervisor supervisor = this.supervisors.findById(application.getSupervisorId()).orElseThrow();
			long qualification = this.register.grant(supervisor.getId(), application.getKind(),
					application.getCategory(), vote.decidedOn(), vote.decisionNo().trim(),
					supervisor.toRef().titleLevel(), application.getHighestDegree(), application.getId(),
					user.username());
			application.granted(qualification);
			supervisor.qualify(application.getKind());
			LocalDate validUntil = this.register.recordsOf(supervisor.getId())
				.stream()
				.filter((r) -> r.id() == qualification)
				.findFirst()
				.map(QualificationRecord::validUntil)
				.orElse(null);
			this.events.publishEvent(new QualificationGranted(supervisor.getId(), supervisor.getStaffNo(),
					application.getKind(), vote.decidedOn(), validUntil, vote.decisionNo().trim()));
		}
		return carried;
	}

	/**
	 * An application with the conditions checked, the evidence and the training, for the
	 * applicant, the graduate school, the degree committee and the office of the
	 * applicant's hospital.
	 */
	public ApplicationDetail detail(long id) {
		CurrentUser user = this.currentUsers.require(Role.SUPERVISOR, Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE,
				Role.HOSPITAL_OFFICE);
		QualificationApplication application = this.applications.findById(id)
			.orElseThrow(() -> new ApplicationNotFoundException(id));
		Supervisor supervisor = this.supervisors.findById(application.getSupervisorId()).orElseThrow();
		if (!mayRead(user, supervisor)) {
			throw new ApplicationNotFoundException(id);
		}
		return detail(application);
	}

	/**
	 * The applications the caller may list: all for the graduate school and the degree
	 * committee, those of its hospital's supervisors for a hospital office.
	 */
	public List<ApplicationView> list() {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE);
		List<QualificationApplication> found;
		if (user.universityWide()) {
			found = this.applications.findAll();
		}
		else {
			Long hospitalId = this.organization.hospitalByCode(user.hospitalCode()).map(HospitalRef::id).orElse(-1L);
			List<Long> ids = this.jdbc.sql("select id from supervisor where hospital_id = :h")
				.param("h", hospitalId)
				.query(Long.class)
				.list();
			found = ids.isEmpty() ? List.of() : this.applications.findBySupervisorIdIn(ids);
		}
		return views(found);
	}

	/**
	 * The calling supervisor's own applications, the latest first.
	 */
	public List<ApplicationView> mine() {
		CurrentUser user = this.currentUsers.require(Role.SUPERVISOR);
		Supervisor supervisor = this.supervisors.findByStaffNo(String.valueOf(user.staffNo()))
			.orElseThrow(() -> new AccessDeniedException("No supervisor record"));
		return views(this.applications.findBySupervisorIdOrderByIdDesc(supervisor.getId()));
	}

	/**
	 * @return whether the caller is the applicant
	 */
	public boolean isOwn(ApplicationDetail detail) {
		return this.currentUsers.current().supervises(detail.supervisor().staffNo(), null);
	}

	/**
	 * @return the calling supervisor's staff number
	 */
	public String myStaffNo() {
		CurrentUser user = this.currentUsers.require(Role.SUPERVISOR);
		if (user.staffNo() == null) {
			throw new AccessDeniedException("No supervisor record");
		}
		return user.staffNo();
	}

	private List<ApplicationView> views(Collection<QualificationApplication> found) {
		Map<Long, SupervisorRef> people = this.directory
			.byIds(found.stream().map(QualificationApplication::getSupervisorId).distinct().toList());
		Map<Long, Integer> years = windows().stream().collect(Collectors.toMap(WindowView::id, WindowView::year));
		return found.stream().sorted((a, b) -> Long.compare(b.getId(), a.getId())).map((a) -> {
			SupervisorRef s = people.get(a.getSupervisorId());
			return a.toView(s.staffNo(), s.name(), years.getOrDefault(a.getWindowId(), 0));
		}).toList();
	}

	private ApplicationDetail detail(QualificationApplication application) {
		Supervisor supervisor = this.supervisors.findById(application.getSupervisorId()).orElseThrow();
		SupervisorRef ref = supervisor.toRef();
		WindowView window = windows().stream()
			.filter((w) -> w.id() == application.getWindowId())
			.findFirst()
			.orElseThrow();
		LocalDate asOf = (application.getSubmittedAt() != null)
				? LocalDate.ofInstant(application.getSubmittedAt(), SchoolTime.ZONE) : SchoolTime.today();
		SupervisorPublications source = this.publications.getIfAvailable();
		List<SupervisorPublications.Publication> evidence = (source != null) ? source.of(supervisor.getId())
				: List.of();
		ApplicantRecord applicant = new ApplicantRecord(ref.titleLevel(), application.getHighestDegree(),
				this.register.grantsOf(supervisor.getId()), evidence, asOf);
		QualificationRules rules = this.register.rules(window.year());
		List<ConditionResult> conditions = rules.check(application.getKind(), applicant);
		List<TrainingView> trainings = this.register.trainingsOf(supervisor.getId());
		boolean trainingRequired = application.getApplicationType() == ApplicationType.NEW;
		boolean trainingPassed = trainings.stream().anyMatch(TrainingView::passed);
		HospitalRef hospital = (ref.hospitalId() != null) ? this.organization.hospitalsById().get(ref.hospitalId())
				: null;
		return new ApplicationDetail(application.toView(ref.staffNo(), ref.name(), window.year()), ref, hospital,
				applicant, conditions, rules.year(), trainings, trainingRequired, trainingPassed,
				this.register.recordsOf(supervisor.getId()));
	}

	private QualificationApplication load(long id, long version) {
		QualificationApplication application = this.applications.findById(id)
			.orElseThrow(() -> new ApplicationNotFoundException(id));
		Supervisor supervisor = this.supervisors.findById(application.getSupervisorId()).orElseThrow();
		if (!mayRead(this.currentUsers.current(), supervisor)) {
			throw new ApplicationNotFoundException(id);
		}
		if (application.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(QualificationApplication.class, id);
		}
		return application;
	}

	private String staffNo(QualificationApplication application) {
		return this.supervisors.findById(application.getSupervisorId()).map(Supervisor::getStaffNo).orElseThrow();
	}

	private boolean mayRead(CurrentUser user, Supervisor supervisor) {
		if (!user.hasAny(Role.SUPERVISOR, Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE)) {
			return false;
		}
		return this.directory.mayRead(user, supervisor);
	}

	/**
	 * An application with its applicant, the conditions of the year's rules checked
	 * against their record (as of the day it was submitted), the training and the
	 * qualifications held.
	 *
	 * @param rulesYear the year of the rule set that applied
	 * @param trainingRequired whether the application needs the training exam passed (a
	 * new qualification)
	 */
	public record ApplicationDetail(ApplicationView application, SupervisorRef supervisor, HospitalRef hospital,
			ApplicantRecord applicant, List<ConditionResult> conditions, int rulesYear, List<TrainingView> trainings,
			boolean trainingRequired, boolean trainingPassed, List<QualificationRecord> records) {

		public List<ConditionResult> unmet() {
			return this.conditions.stream().filter((c) -> !c.met()).toList();
		}

		public Instant submittedAt() {
			return this.application.submittedAt();
		}

	}

}
