package com.clinigrad.selection;

import java.time.Instant;
import java.util.List;

/**
 * A suspension with its reason, where it came from, the records or note behind it and its
 * appeal, if any.
 *
 * @param appeal the appeal, or {@code null}
 */
public record SuspensionView(long id, long supervisorId, SuspensionReason reason, SuspensionSource source, String note,
		List<Line> evidence, String recordedBy, Instant recordedAt, AppealView appeal) {

	/**
	 * @return whether the suspension stands (not lifted on appeal)
	 */
	public boolean effective() {
		return this.appeal == null || this.appeal.state() != AppealState.LIFTED;
	}

	public boolean appealable() {
		return this.appeal == null;
	}

}
