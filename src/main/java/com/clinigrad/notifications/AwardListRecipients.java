package com.clinigrad.notifications;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.clinigrad.awards.AwardListFinalised;
import com.clinigrad.awards.AwardListPublished;
import com.clinigrad.awards.AwardObjectionDecided;
import com.clinigrad.awards.HardshipDecided;
import com.clinigrad.notifications.Notifications.Audience;
import com.clinigrad.notifications.Notifications.StudentItem;
import com.clinigrad.students.StudentContacts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the students of a selection round's population that its award list was published
 * for objections (公示, with the last day) or made final, and a student who objected that
 * the office decided the objection (upheld or dismissed), and a student whose hardship
 * application was decided (only the student: the family's finances are private); each
 * student hears of it once, in one statement however many.
 */
@Component
class AwardListRecipients {

	private static final Set<Audience> STUDENTS = EnumSet.of(Audience.STUDENT);

	private final Notifications notifications;

	private final StudentContacts contacts;

	AwardListRecipients(Notifications notifications, StudentContacts contacts) {
		this.notifications = notifications;
		this.contacts = contacts;
	}

	@ApplicationModuleListener
	void on(AwardListPublished event) {
		List<StudentItem> items = items(event.studentIds(), event.roundId());
		this.notifications.notifyAbout(NotificationKind.AWARD_LIST_PUBLISHED, null, items, STUDENTS,
				List.of(Notifications.bilingual(event.schemeName(), event.schemeNameEn()),
						event.publicityEnd().format(DateTimeFormatter.ISO_LOCAL_DATE)),
				"/awards/rounds/" + event.roundId(), event.publishedBy());
	}

	@ApplicationModuleListener
	void on(AwardListFinalised event) {
		List<StudentItem> items = items(event.studentIds(), event.roundId());
		this.notifications.notifyAbout(NotificationKind.AWARD_LIST_FINALISED, null, items, STUDENTS,
				List.of(Notifications.bilingual(event.schemeName(), event.schemeNameEn())),
				"/awards/rounds/" + event.roundId(), event.finalisedBy());
	}

	@ApplicationModuleListener
	void on(AwardObjectionDecided event) {
		List<StudentItem> items = items(Set.of(event.studentId()), event.roundId()).stream()
			.map((i) -> new StudentItem(i.studentNo(), i.name(), i.hospitalCode(), i.supervisorStaffNo(),
					i.coSupervisorStaffNo(), Notifications.KEY_ARGUMENT + event.state().messageKey(), i.link()))
			.toList();
		this.notifications.notifyAbout(NotificationKind.AWARD_OBJECTION_DECIDED, null, items, STUDENTS,
				List.of(Notifications.bilingual(event.schemeName(), event.schemeNameEn())),
				"/awards/rounds/" + event.roundId(), event.decidedBy());
	}

	@ApplicationModuleListener
	void on(HardshipDecided event) {
		String link = "/students/" + event.studentNo() + "/hardship";
		String outcome = Notifications.KEY_ARGUMENT
				+ ((event.level() != null) ? event.level().messageKey() : event.state().messageKey());
		List<StudentItem> items = this.contacts.of(Set.of(event.studentId()))
			.stream()
			.map((c) -> new StudentItem(c.studentNo(), c.name(), c.hospitalCode(), c.supervisorStaffNo(),
					c.coSupervisorStaffNo(), outcome, link))
			.toList();
		this.notifications.notifyAbout(NotificationKind.HARDSHIP_DECIDED, null, items, STUDENTS,
				List.of(String.valueOf(event.year())), link, event.decidedBy());
	}

	private List<StudentItem> items(Set<Long> studentIds, long roundId) {
		return this.contacts.of(studentIds)
			.stream()
			.map((c) -> new StudentItem(c.studentNo(), c.name(), c.hospitalCode(), c.supervisorStaffNo(),
					c.coSupervisorStaffNo(), null, "/awards/rounds/" + roundId))
			.toList();
	}

}
