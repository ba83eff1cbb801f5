package com.clinigrad.notifications;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import com.clinigrad.accounts.Role;
import com.clinigrad.notifications.NotificationKind.Channel;

/**
 * How people hear of a kind of notification until they choose, by role: experts by mail
 * of a review assigned, students by mail of what happens to their own record, offices in
 * the daily digest of grades and timetables (they are told of many students). A person
 * with several roles hears in the most direct way any of them has (e-mail before the
 * digest before the inbox); a kind a role does not name falls back to the kind's own
 * default ({@link NotificationKind#defaultChannel()}).
 */
final class RoleDefaults {

	private static final Map<NotificationKind, Map<Role, Channel>> DEFAULTS = new EnumMap<>(NotificationKind.class);

	static {
		set(NotificationKind.REVIEW_ASSIGNED, Role.EXPERT, Channel.EMAIL);
		set(NotificationKind.WARNING_RAISED, Role.STUDENT, Channel.EMAIL);
		set(NotificationKind.WARNING_RAISED, Role.HOSPITAL_OFFICE, Channel.DAILY_DIGEST);
		set(NotificationKind.CASE_OPENED, Role.STUDENT, Channel.EMAIL);
		set(NotificationKind.CASE_OPENED, Role.SUPERVISOR, Channel.EMAIL);
		set(NotificationKind.CASE_OPENED, Role.HOSPITAL_OFFICE, Channel.DAILY_DIGEST);
		set(NotificationKind.GRADES_RECORDED, Role.STUDENT, Channel.INBOX);
		set(NotificationKind.GRADES_RECORDED, Role.HOSPITAL_OFFICE, Channel.DAILY_DIGEST);
		set(NotificationKind.ROTATION_PLAN_CHANGED, Role.STUDENT, Channel.EMAIL);
		set(NotificationKind.ROTATION_PLAN_CHANGED, Role.HOSPITAL_OFFICE, Channel.DAILY_DIGEST);
		set(NotificationKind.MILESTONE_SCHEDULED, Role.STUDENT, Channel.EMAIL);
		set(NotificationKind.MILESTONE_SCHEDULED, Role.SUPERVISOR, Channel.EMAIL);
		set(NotificationKind.MILESTONE_SCHEDULED, Role.HOSPITAL_OFFICE, Channel.DAILY_DIGEST);
	}

	private RoleDefaults() {
	}

	private static void set(NotificationKind kind, Role role, Channel channel) {
		DEFAULTS.computeIfAbsent(kind, (k) -> new EnumMap<>(Role.class)).put(role, channel);
	}

	/**
	 * @return how a person with these roles hears of the kind unless they chose
	 */
	static Channel of(NotificationKind kind, Collection<Role> roles) {
		Map<Role, Channel> byRole = DEFAULTS.getOrDefault(kind, Map.of());
		Channel found = null;
		for (Role role : roles) {
			Channel channel = byRole.get(role);
			if (channel != null && (found == null || rank(channel) > rank(found))) {
				found = channel;
			}
		}
		return (found != null) ? found : kind.defaultChannel();
	}

	private static int rank(Channel channel) {
		return switch (channel) {
			case EMAIL -> 2;
			case DAILY_DIGEST -> 1;
			default -> 0;
		};
	}

}
