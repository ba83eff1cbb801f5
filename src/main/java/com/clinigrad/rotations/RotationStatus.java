package com.clinigrad.rotations;

import com.clinigrad.shared.BusinessRuleException;

/**
 * Where a rotation in the timetable stands (排班状态): scheduled — it holds a place in the
 * department, and once ended with its exam it counts for the audit — or cancelled by the
 * office before it started, kept on record with the reason but out of the timetable, the
 * department's capacity and the audit. Whether a scheduled rotation is done, current or
 * still planned follows from its dates ({@link ScheduledRotation#state}).
 */
public enum RotationStatus {

	/** 已排班. */
	SCHEDULED,
	/** 已取消. */
	CANCELLED;

	/**
	 * The allowed transitions, all of them: a scheduled rotation that has not started is
	 * cancelled; a cancelled one that has not started is restored; a scheduled one,
	 * started or not, is ended early or extended (it stays scheduled, with another last
	 * day). Everything else is refused with the reason.
	 * @param started whether the rotation's first day has come
	 * @throws BusinessRuleException when the change is not allowed
	 */
	public RotationStatus next(Transition transition, boolean started) {
		if (transition == Transition.SHORTEN || transition == Transition.EXTEND) {
			if (this != SCHEDULED) {
				throw new BusinessRuleException("rotation.error.shortenCancelled");
			}
			return SCHEDULED;
		}
		RotationStatus target = switch (transition) {
			case CANCEL -> CANCELLED;
			case RESTORE, SHORTEN, EXTEND -> SCHEDULED;
		};
		if (this == target) {
			throw new BusinessRuleException(
					(target == CANCELLED) ? "rotation.error.alreadyCancelled" : "rotation.error.notCancelled");
		}
		if (started) {
			throw new BusinessRuleException((transition == Transition.CANCEL) ? "rotation.error.alreadyStarted"
					: "rotation.error.restoreStarted");
		}
		return target;
	}

	public boolean cancelled() {
		return this == CANCELLED;
	}

	public String messageKey() {
		return "rotation.status." + name();
	}

	/**
	 * A change of a rotation's status the office asks for, always with a reason.
	 */
	public enum Transition {

		/** 取消轮转. */
		CANCEL,
		/** 恢复轮转. */
		RESTORE,
		/** 提前结束轮转. */
		SHORTEN,
		/** 延长轮转. */
		EXTEND;

		public String messageKey() {
			return "rotation.transition." + name();
		}

	}

}
