package com.clinigrad.notifications;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.clinigrad.awards.AwardListFinalised;
import com.clinigrad.awards.AwardListPublished;
import com.clinigrad.notifications.Notifications.Audience;
import com.clinigrad.notifications.Notifications.StudentItem;
import com.clinigrad.students.StudentContacts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the students of a selection round's population that its award list was published
 * for objections (公示, with the last day) or made final; each student hears of it once, in
 * one statement however many.
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

	private List<StudentItem> items(Set<Long> studentIds, long roundId) {
		return this.contacts.of(studentIds)
			.stream()
			.map((c) -> new StudentItem(c.studentNo(), c.name(), c.hospitalCode(), c.supervisorStaffNo(),
					c.coSupervisorStaffNo(), null, "/awards/rounds/" + roundId))
			.toList();
	}

}
