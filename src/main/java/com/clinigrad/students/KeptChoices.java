package com.clinigrad.students;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The student list's filter choices (cohorts, programs, hospitals, disciplines) of the
 * scopes many people share, the whole university and one hospital, kept for {@link #KEPT}
 * instead of read again on every list page: the same for every member of the graduate
 * school, they cost the filtered list a tenth of its time. Forgotten as soon as students
 * are recorded on this node (a new student, a changed program, cohort or hospital:
 * {@link StudentsRecorded}, once its transaction committed); a change made on another
 * node, or a renamed program or hospital, shows within {@link #KEPT}. A supervisor's or a
 * student's own scope is read each time (few rows, and kept it would be one entry per
 * person).
 */
@Component
class KeptChoices {

	static final Duration KEPT = Duration.ofSeconds(60);

	private final Map<StudentScope, Kept> kept = new ConcurrentHashMap<>();

	/** Counts the changes seen, so that choices read before one are not kept after it. */
	private final AtomicLong changes = new AtomicLong();

	/**
	 * @param read reads the choices of a scope from the database
	 * @return the choices of the scope, as kept or as read now
	 */
	StudentChoices of(StudentScope scope, Function<StudentScope, StudentChoices> read) {
		if (scope.supervisorId() != null || scope.studentNo() != null) {
			return read.apply(scope);
		}
		long now = System.nanoTime();
		long seen = this.changes.get();
		Kept entry = this.kept.get(scope);
		if (entry != null && entry.changes() == seen && now - entry.readAt() < KEPT.toNanos()) {
			return entry.choices();
		}
		StudentChoices choices = read.apply(scope);
		this.kept.put(scope, new Kept(choices, now, seen));
		return choices;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StudentsRecorded event) {
		this.changes.incrementAndGet();
		this.kept.clear();
	}

	/**
	 * @param changes the count of changes when the choices were read: an entry read
	 * before a later change is not used
	 */
	private record Kept(StudentChoices choices, long readAt, long changes) {
	}

}
