package com.clinigrad.shared.history;

import java.time.Instant;

/**
 * One field changed in one revision: who, when, old → new. {@code field} is {@code null}
 * for the revision that created the record.
 */
public record ChangeEntry(Instant when, String who, String field, String oldValue, String newValue) {

	public boolean creation() {
		return this.field == null;
	}

}
