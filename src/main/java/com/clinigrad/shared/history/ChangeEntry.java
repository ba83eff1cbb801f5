package com.clinigrad.shared.history;

import java.time.Instant;

/**
 * One field changed in one revision: who, when, old → new. {@code field} is {@code null}
 * for the revision that created the record.
 */
public record ChangeEntry(Instant when, String who, String field, String oldValue, String newValue) {

	/**
	 * @return whether the change was made by the system (an import, a job), not a person
	 */
	public boolean bySystem() {
		return Actors.system(this.who);
	}

	/**
	 * @return the same change naming who made it as given (a display name for a page)
	 */
	public ChangeEntry byName(String name) {
		return new ChangeEntry(this.when, name, this.field, this.oldValue, this.newValue);
	}

	public boolean creation() {
		return this.field == null;
	}

}
