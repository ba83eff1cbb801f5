package com.clinigrad.notifications;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.clinigrad.awards.EthicsVetoRecorded;
import com.clinigrad.courses.GradeSheetSubmitted;
import com.clinigrad.courses.GradesImported;
import com.clinigrad.eligibility.DiversionCasesOpened;
import com.clinigrad.eligibility.ScanFinding;
import com.clinigrad.eligibility.WarningsRaised;
import com.clinigrad.notifications.Notifications.Audience;
import com.clinigrad.notifications.Notifications.StudentItem;
import com.clinigrad.rotations.RotationPlanChanged;
import com.clinigrad.students.StudentContacts;
import com.clinigrad.students.StudentContacts.Contact;
import com.clinigrad.theses.MilestoneScheduled;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Decides who hears of what happened to students' records:
 * <ul>
 * <li>a warning raised or a case opened: the student, the supervisors and the office of
 * the student's hospital;</li>
 * <li>grades recorded (a grade sheet submitted, an import): the student and the office
 * (supervisors hear of a failed course through its warning);</li>
 * <li>a rotation timetable changed, a milestone scheduled, an ethics veto recorded: the
 * student, the supervisors and the office, except whoever made the change.</li>
 * </ul>
 * A student hears of each of their own things; a supervisor or an office of several
 * students' things at once (an import, the scan) hears once, with how many. Everything is
 * written in one statement, however many students an event names.
 */
@Component
class StudentRecordRecipients {

	private static final Set<Audience> EVERYONE = EnumSet.allOf(Audience.class);

	private static final Set<Audience> STUDENT_AND_OFFICE = EnumSet.of(Audience.STUDENT, Audience.HOSPITAL_OFFICE);

	private final Notifications notifications;

	private final StudentContacts contacts;

	StudentRecordRecipients(Notifications notifications, StudentContacts contacts) {
		this.notifications = notifications;
		this.contacts = contacts;
	}

	@ApplicationModuleListener
	void on(WarningsRaised event) {
		findings(NotificationKind.WARNING_RAISED, event.warnings());
	}

	@ApplicationModuleListener
	void on(DiversionCasesOpened event) {
		findings(NotificationKind.CASE_OPENED, event.cases());
	}

	@ApplicationModuleListener
	void on(GradeSheetSubmitted event) {
		List<StudentItem> items = items(event.studentIds(), (c) -> event.courseCode(),
				(c) -> "/students/" + c.studentNo() + "/courses");
		this.notifications.notifyAbout(NotificationKind.GRADES_RECORDED, null, items, STUDENT_AND_OFFICE,
				List.of(Notifications.bilingual(event.courseName(), event.courseNameEn()), event.term()), "/students",
				event.submittedBy());
	}

	@ApplicationModuleListener
	void on(GradesImported event) {
		List<StudentItem> items = items(event.studentIds(), (c) -> null,
				(c) -> "/students/" + c.studentNo() + "/courses");
		this.notifications.notifyAbout(NotificationKind.GRADES_RECORDED, "imported", items, STUDENT_AND_OFFICE,
				List.of(), "/students", event.importedBy());
	}

	@ApplicationModuleListener
	void on(RotationPlanChanged event) {
		List<StudentItem> items = items(event.studentIds(), (c) -> null,
				(c) -> "/students/" + c.studentNo() + "/rotations");
		this.notifications.notifyAbout(NotificationKind.ROTATION_PLAN_CHANGED, null, items, EVERYONE, List.of(),
				"/rotations", event.changedBy());
	}

	@ApplicationModuleListener
	void on(MilestoneScheduled event) {
		List<StudentItem> items = items(Set.of(event.studentId()),
				(c) -> Notifications.KEY_ARGUMENT + event.type().messageKey(),
				(c) -> "/milestones/" + event.sessionId());
		this.notifications.notifyAbout(NotificationKind.MILESTONE_SCHEDULED, null, items, EVERYONE,
				List.of(event.on().format(DateTimeFormatter.ISO_LOCAL_DATE),
						(event.place() != null) ? event.place() : ""),
				"/milestones/" + event.sessionId(), event.scheduledBy());
	}

	@ApplicationModuleListener
	void on(EthicsVetoRecorded event) {
		List<StudentItem> items = items(Set.of(event.studentId()),
				(c) -> event.occurredOn().format(DateTimeFormatter.ISO_LOCAL_DATE),
				(c) -> "/students/" + c.studentNo() + "/awards#ethics");
		this.notifications.notifyAbout(NotificationKind.ETHICS_VETO_RECORDED, null, items, EVERYONE, List.of(),
				"/students", event.recordedBy());
	}

	private void findings(NotificationKind kind, List<ScanFinding> findings) {
		Map<Long, Contact> byId = this.contacts.of(findings.stream().map(ScanFinding::studentId).toList())
			.stream()
			.collect(Collectors.toMap(Contact::id, Function.identity()));
		List<StudentItem> items = new ArrayList<>();
		for (ScanFinding finding : findings) {
			Contact contact = byId.get(finding.studentId());
			if (contact != null) {
				items.add(item(contact, Notifications.KEY_ARGUMENT + "case.trigger." + finding.trigger().name(),
						"/audit/cases/" + finding.caseId()));
			}
		}
		this.notifications.notifyAbout(kind, null, items, EVERYONE, List.of(), "/audit/cases", null);
	}

	private List<StudentItem> items(Collection<Long> studentIds, Function<Contact, String> detail,
			Function<Contact, String> link) {
		return this.contacts.of(studentIds).stream().map((c) -> item(c, detail.apply(c), link.apply(c))).toList();
	}

	private static StudentItem item(Contact contact, String detail, String link) {
		return new StudentItem(contact.studentNo(), contact.name(), contact.hospitalCode(), contact.supervisorStaffNo(),
				contact.coSupervisorStaffNo(), detail, link);
	}

}
