package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.competency.OsceExaminingWork;
import com.clinigrad.courses.TaughtOffering;
import com.clinigrad.courses.TaughtOfferings;
import com.clinigrad.exams.MarkingWork;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.Supervision;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.theses.ThesisExaminingWork;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's workload (教学工作量) per calendar year, counted from the records of the other
 * modules, never typed in: the hours of the offerings taught (a term counts in the year
 * it begins), the students supervised or co-supervised at some time of the year, the
 * blind reviews with a verdict, the panel seats of milestone sessions held, the answer
 * sheets marked by hand and the OSCE stations examined; each multiplied by the weight in
 * force for the year. The graduate school sees everyone, a hospital's education office
 * the teachers of its hospital, a teacher their own year.
 */
@Service
public class TeacherWorkload {

	private final CurrentUsers currentUsers;

	private final SupervisorDirectory supervisors;

	private final Organization organization;

	private final TaughtOfferings offerings;

	private final StudentRegistry students;

	private final ThesisExaminingWork theses;

	private final MarkingWork marking;

	private final OsceExaminingWork osce;

	private final AccountDirectory accounts;

	private final WorkloadWeights weights;

	TeacherWorkload(CurrentUsers currentUsers, SupervisorDirectory supervisors, Organization organization,
			TaughtOfferings offerings, StudentRegistry students, ThesisExaminingWork theses, MarkingWork marking,
			OsceExaminingWork osce, AccountDirectory accounts, WorkloadWeights weights) {
		this.currentUsers = currentUsers;
		this.supervisors = supervisors;
		this.organization = organization;
		this.offerings = offerings;
		this.students = students;
		this.theses = theses;
		this.marking = marking;
		this.osce = osce;
		this.accounts = accounts;
		this.weights = weights;
	}

	/**
	 * @return whether the caller may see the department table (graduate school, hospital
	 * education office)
	 */
	public boolean mayListAll() {
		return this.currentUsers.current().hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
	}

	/**
	 * The year's workload of every teacher in the caller's scope; the graduate school and
	 * hospital education offices only.
	 * @param hospitalCode only the teachers of this hospital, or {@code null}
	 */
	@Transactional(readOnly = true)
	public List<WorkloadRow> table(int year, String hospitalCode) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		Long ownHospital = user.has(Role.GRAD_SCHOOL) ? null : hospitalId(user.hospitalCode());
		if (!user.has(Role.GRAD_SCHOOL) && ownHospital == null) {
			throw new AccessDeniedException("No hospital");
		}
		Long chosen = (hospitalCode == null || hospitalCode.isBlank()) ? null : hospitalId(hospitalCode);
		Map<WorkloadActivity, WorkloadWeight> weightsInForce = this.weights.inForce(year);
		Map<Long, List<WorkloadItem>> items = gather(year);
		List<WorkloadRow> rows = new ArrayList<>();
		for (SupervisorRef person : this.supervisors.all()) {
			if (ownHospital != null && !ownHospital.equals(person.hospitalId())) {
				continue;
			}
			if (hospitalCode != null && !hospitalCode.isBlank()
					&& (chosen == null || !chosen.equals(person.hospitalId()))) {
				continue;
			}
			rows.add(row(person, items.getOrDefault(person.id(), List.of()), weightsInForce));
		}
		return rows;
	}

	/**
	 * One person's year explained down to the records; the graduate school, the education
	 * office of the person's hospital and the person themself only.
	 */
	@Transactional(readOnly = true)
	public WorkloadDetail person(String staffNo, int year) {
		CurrentUser user = this.currentUsers.current();
		SupervisorRef person = this.supervisors.byStaffNo(staffNo)
			.orElseThrow(() -> new TeachingNotFoundException("teacher " + staffNo));
		if (!mayRead(user, person)) {
			throw new AccessDeniedException("Not the workload of " + staffNo);
		}
		Map<WorkloadActivity, WorkloadWeight> weightsInForce = this.weights.inForce(year);
		List<WorkloadItem> items = gather(year).getOrDefault(person.id(), List.of());
		List<WorkloadDetail.Line> lines = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (WorkloadActivity activity : WorkloadActivity.values()) {
			List<WorkloadItem> mine = items.stream().filter((i) -> i.activity() == activity).toList();
			BigDecimal quantity = mine.stream().map(WorkloadItem::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
			WorkloadWeight weight = weightsInForce.get(activity);
			BigDecimal points = points(quantity, weight);
			total = total.add(points);
			lines.add(new WorkloadDetail.Line(activity, quantity, weight, points, mine));
		}
		return new WorkloadDetail(person, year, lines, total);
	}

	/**
	 * @return the caller's staff number when they have a teacher's record, else
	 * {@code null}
	 */
	public String callerStaffNo() {
		return this.currentUsers.current().staffNo();
	}

	/**
	 * @return the hospitals the caller may choose in the table
	 */
	public List<HospitalRef> hospitals() {
		CurrentUser user = this.currentUsers.current();
		return this.organization.hospitals()
			.stream()
			.filter((h) -> user.has(Role.GRAD_SCHOOL) || h.code().equals(user.hospitalCode()))
			.toList();
	}

	public Map<Long, HospitalRef> hospitalsById() {
		return this.organization.hospitalsById();
	}

	private boolean mayRead(CurrentUser user, SupervisorRef person) {
		if (user.has(Role.GRAD_SCHOOL)) {
			return true;
		}
		if (user.has(Role.HOSPITAL_OFFICE) && person.hospitalId() != null
				&& person.hospitalId().equals(hospitalId(user.hospitalCode()))) {
			return true;
		}
		return user.hasAny(Role.SUPERVISOR, Role.EXPERT, Role.DEPT_COORDINATOR)
				&& person.staffNo().equals(user.staffNo());
	}

	private Long hospitalId(String code) {
		if (code == null) {
			return null;
		}
		return this.organization.hospitalByCode(code).map(HospitalRef::id).orElse(null);
	}

	private static WorkloadRow row(SupervisorRef person, List<WorkloadItem> items,
			Map<WorkloadActivity, WorkloadWeight> weights) {
		Map<WorkloadActivity, BigDecimal> quantities = new EnumMap<>(WorkloadActivity.class);
		for (WorkloadItem item : items) {
			quantities.merge(item.activity(), item.quantity(), BigDecimal::add);
		}
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<WorkloadActivity, BigDecimal> entry : quantities.entrySet()) {
			total = total.add(points(entry.getValue(), weights.get(entry.getKey())));
		}
		return new WorkloadRow(person, quantities, total);
	}

	static BigDecimal points(BigDecimal quantity, WorkloadWeight weight) {
		if (weight == null) {
			return BigDecimal.ZERO;
		}
		return quantity.multiply(weight.weight()).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * @return every counted record of the year, by the teacher's supervisor id
	 */
	private Map<Long, List<WorkloadItem>> gather(int year) {
		Map<Long, List<WorkloadItem>> items = new HashMap<>();
		for (TaughtOffering offering : this.offerings.in(year)) {
			add(items, offering.instructorId(),
					new WorkloadItem(WorkloadActivity.HOURS_TAUGHT, null, offering.courseName(false),
							offering.courseName(true), null, offering.courseCode() + " · " + offering.term(),
							"/courses/offerings/" + offering.offeringId(), BigDecimal.valueOf(offering.hours())));
		}
		for (Supervision supervision : this.students.supervisions()) {
			if (!supervisedIn(supervision, year)) {
				continue;
			}
			for (Long supervisorId : supervisorsOf(supervision)) {
				add(items, supervisorId,
						new WorkloadItem(WorkloadActivity.STUDENTS_SUPERVISED, null, null, null,
								supervision.status().messageKey(), supervision.studentNo(),
								"/students/" + supervision.studentNo(), BigDecimal.ONE));
			}
		}
		for (ThesisExaminingWork.ReviewDone review : this.theses.reviewsDoneIn(year)) {
			add(items, review.reviewerId(), new WorkloadItem(WorkloadActivity.BLIND_REVIEWS, review.doneOn(), null,
					null, "workload.item.review", review.code(), null, BigDecimal.ONE));
		}
		for (ThesisExaminingWork.PanelSeat seat : this.theses.panelsSatIn(year)) {
			add(items, seat.supervisorId(), new WorkloadItem(WorkloadActivity.PANELS, seat.heldOn(), null, null,
					seat.type().messageKey(), null, null, BigDecimal.ONE));
		}
		List<MarkingWork.MarkedSheets> marked = this.marking.markedIn(year);
		Map<String, String> staffNos = this.accounts
			.staffNosByUsername(marked.stream().map(MarkingWork.MarkedSheets::markedBy).distinct().toList());
		Map<String, Long> ids = this.supervisors.idsByStaffNos(new LinkedHashSet<>(staffNos.values()));
		for (MarkingWork.MarkedSheets sheets : marked) {
			String staffNo = staffNos.get(sheets.markedBy());
			Long id = (staffNo != null) ? ids.get(staffNo) : null;
			if (id != null) {
				add(items, id,
						new WorkloadItem(WorkloadActivity.SCRIPTS_MARKED,
								sheets.closedAt().atZone(SchoolTime.ZONE).toLocalDate(), sheets.sittingTitle(),
								sheets.sittingTitle(), null, null, null, BigDecimal.valueOf(sheets.sheets())));
			}
		}
		for (OsceExaminingWork.StationExamined station : this.osce.stationsIn(year, SchoolTime.today())) {
			add(items, station.supervisorId(),
					new WorkloadItem(WorkloadActivity.OSCE_STATIONS, station.heldOn(),
							station.examTitle() + " · " + station.stationTitle(),
							station.examTitle() + " · " + station.stationTitle(), null, null, null, BigDecimal.ONE));
		}
		return items;
	}

	/**
	 * A student counts for a year when they had begun by then and had not left before it.
	 */
	static boolean supervisedIn(Supervision supervision, int year) {
		if (supervision.cohortYear() > year) {
			return false;
		}
		if (StudentStatus.IN_TRAINING.contains(supervision.status()) || supervision.statusSince() == null) {
			return true;
		}
		return supervision.statusSince().getYear() >= year;
	}

	private static Collection<Long> supervisorsOf(Supervision supervision) {
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(supervision.supervisorId());
		if (supervision.coSupervisorId() != null) {
			ids.add(supervision.coSupervisorId());
		}
		return ids;
	}

	private static void add(Map<Long, List<WorkloadItem>> items, long supervisorId, WorkloadItem item) {
		items.computeIfAbsent(supervisorId, (id) -> new ArrayList<>()).add(item);
	}

	/**
	 * @return the year the pages open on: the current one
	 */
	public static int currentYear() {
		return SchoolTime.today().getYear();
	}

}
