package com.clinigrad.competency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.shared.reminders.Audience;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.shared.reminders.DueItem;
import com.clinigrad.shared.reminders.ReminderSource;

import org.springframework.stereotype.Component;

/**
 * Reminds invited raters with an account (attendings, peers, the trainee's self rating)
 * who have not answered before a 360° round closes. Raters by link are reached by the
 * office, which sees them unanswered on the round's page.
 */
@Component
class MsfReminders implements ReminderSource {

	private final MultisourceEvaluations evaluations;

	MsfReminders(MultisourceEvaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public Set<DeadlineKind> kinds() {
		return Set.of(DeadlineKind.MSF_UNANSWERED);
	}

	@Override
	public List<DueItem> due(DeadlineKind kind, LocalDate from, LocalDate to) {
		if (kind != DeadlineKind.MSF_UNANSWERED) {
			return List.of();
		}
		List<DueItem> items = new ArrayList<>();
		for (MultisourceEvaluations.Unanswered open : this.evaluations.unanswered(from, to)) {
			Audience audience = (open.staffNo() != null) ? Audience.supervisor(open.staffNo())
					: Audience.student(open.studentNo());
			items.add(new DueItem(kind, "msf-" + open.invitationId(), open.closesOn(), List.of(audience),
					List.of(open.traineeName(), open.title(), open.closesOn().toString()),
					"/360/answer/" + open.invitationId()));
		}
		return items;
	}

}
