package com.clinigrad.notifications;

/**
 * What a notification is about; each kind has its words (title, body and mail subject
 * under {@code notification.<kind>.*}) and how people hear of it unless they chose.
 */
public enum NotificationKind {

	/** A blind review was assigned to the expert (names no student). */
	REVIEW_ASSIGNED(Channel.EMAIL),
	/** A waiver waits for the reader's decision. */
	WAIVER_STEP_WAITING(Channel.EMAIL),
	/** Reminder: a blind review falls due (names no student). */
	REMINDER_REVIEW_DUE(Channel.EMAIL),
	/** Reminder: a blind review is overdue (names no student). */
	REMINDER_REVIEW_OVERDUE(Channel.EMAIL),
	/** Reminder: the medical license is due by the end of semester 5. */
	REMINDER_MEDICAL_LICENSE(Channel.EMAIL),
	/** Reminder: a rotation ended without its exit exam recorded. */
	REMINDER_ROTATION_EXAM_MISSING(Channel.EMAIL),
	/** Reminder: a waiver step has waited for a decision. */
	REMINDER_WAIVER_WAITING(Channel.EMAIL),
	/** Reminder: a thesis milestone is overdue. */
	REMINDER_MILESTONE_OVERDUE(Channel.EMAIL),
	/** Reminder: a practice-credit application has waited at its step. */
	REMINDER_PRACTICE_WAITING(Channel.EMAIL),
	/** The scan raised an academic warning (学业预警) on a student. */
	WARNING_RAISED(Channel.INBOX),
	/** The scan opened a diversion case (分流/审查) for a student. */
	CASE_OPENED(Channel.EMAIL),
	/** A student's grades were recorded: a grade sheet submitted, or an import. */
	GRADES_RECORDED(Channel.INBOX),
	/**
	 * A student's rotation timetable changed (a rotation scheduled, cancelled, restored).
	 */
	ROTATION_PLAN_CHANGED(Channel.INBOX),
	/** A thesis milestone session was scheduled for a student. */
	MILESTONE_SCHEDULED(Channel.EMAIL),
	/**
	 * A one-vote veto (一票否决) was recorded in a student's medical-ethics file.
	 */
	ETHICS_VETO_RECORDED(Channel.EMAIL),

	/** Reminder: a supervisor qualification comes up for re-review. */
	REMINDER_QUALIFICATION_EXPIRY(Channel.EMAIL),
	/**
	 * A supervisor going abroad named a deputy (to the deputy and the supervisor's
	 * students).
	 */
	DEPUTY_APPOINTED(Channel.EMAIL),

	/** The year's enrollment selection result list was published (招生遴选结果公布). */
	SELECTION_PUBLISHED(Channel.EMAIL),

	/** An award list was published for objections (奖助评选公示). */
	AWARD_LIST_PUBLISHED(Channel.EMAIL),
	/** The office decided the student's objection to an award list (异议处理结果). */
	AWARD_OBJECTION_DECIDED(Channel.EMAIL),
	/** The student's hardship application was decided or corrected (家庭经济困难认定结果). */
	HARDSHIP_DECIDED(Channel.EMAIL),
	/** An award list was made final (奖助评选最终名单). */
	AWARD_LIST_FINALISED(Channel.INBOX),
	/** Reminder: the publicity period of an award list ends. */
	REMINDER_PUBLICITY_ENDING(Channel.EMAIL),
	/** Reminder: a 360° round closes and the rater has not answered. */
	REMINDER_MSF_UNANSWERED(Channel.INBOX);

	private final Channel defaultChannel;

	NotificationKind(Channel defaultChannel) {
		this.defaultChannel = defaultChannel;
	}

	/**
	 * @return how people hear of this kind unless they chose otherwise
	 */
	public Channel defaultChannel() {
		return this.defaultChannel;
	}

	public String messageKey() {
		return "notification.kind." + name();
	}

	public String titleKey() {
		return "notification." + name() + ".title";
	}

	public String bodyKey() {
		return "notification." + name() + ".body";
	}

	/**
	 * @return the title's key of one notification telling of several things at once
	 * (staff told of many students by one import or scan)
	 */
	public String manyTitleKey() {
		return "notification." + name() + ".many.title";
	}

	/**
	 * @return the key of the body that goes with a title key
	 */
	static String bodyKeyOf(String titleKey) {
		return titleKey.endsWith(".title") ? titleKey.substring(0, titleKey.length() - ".title".length()) + ".body"
				: titleKey;
	}

	/**
	 * How a person hears of a kind of notification.
	 */
	public enum Channel {

		/** Only in the inbox (the bell). */
		INBOX,
		/** In the inbox and by e-mail at once. */
		EMAIL,
		/** In the inbox, and listed in one mail a day (每日摘要). */
		DAILY_DIGEST;

		public String messageKey() {
			return "notification.channel." + name();
		}

	}

}
