package com.clinigrad.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.clinigrad.theses.ReviewVerdict;

/**
 * What the selection knows of one supervisor, read from the other modules before scoring:
 * an immutable snapshot the pure rules score.
 *
 * @param firstGrantedOn the day the supervisor was first granted a qualification (the
 * start of the two-year exemption), or {@code null}
 * @param graduations the students (supervised or co-supervised) with their due day and
 * the day they graduated, if they did
 * @param satisfaction the survey's result, or {@code null}
 * @param surveys whether any survey module answers at all
 */
public record SupervisorRecord(long supervisorId, LocalDate firstGrantedOn, List<Grant> grants,
		List<Publication> publications, List<Review> reviews, List<Graduation> graduations, Satisfaction satisfaction,
		boolean surveys, List<Lapse> lapses) {

	public SupervisorRecord {
		grants = List.copyOf(grants);
		publications = List.copyOf(publications);
		reviews = List.copyOf(reviews);
		graduations = List.copyOf(graduations);
		lapses = List.copyOf(lapses);
	}

	/**
	 * A grant the supervisor holds (supervisor_grant).
	 */
	public record Grant(String title, BigDecimal amount, LocalDate startOn, LocalDate endOn) {

		boolean runningOn(LocalDate day) {
			return !this.startOn.isAfter(day) && !this.endOn.isBefore(day);
		}

	}

	/**
	 * A confirmed publication of one of the supervisor's students.
	 */
	public record Publication(String title, String journal, String indexing, LocalDate publishedOn, String studentNo) {
	}

	/**
	 * A submitted blind-review verdict on a student's thesis; neither the reviewer nor
	 * the review's code (the supervisor reads it).
	 */
	public record Review(String studentNo, int roundNo, ReviewVerdict verdict, LocalDate submittedOn) {
	}

	/**
	 * A student with the day they were due to finish (30 June of the program's last year)
	 * and the day they graduated, or {@code null}.
	 */
	public record Graduation(String studentNo, LocalDate dueOn, LocalDate graduatedOn) {

		boolean onTime() {
			return this.graduatedOn != null && !this.graduatedOn.isAfter(this.dueOn);
		}

	}

	/**
	 * The satisfaction survey's result on a 0–100 scale.
	 */
	public record Satisfaction(BigDecimal score, int answers, String roundName) {
	}

	/**
	 * An audit check of a student in training that was overdue on the selection day.
	 */
	public record Lapse(String studentNo, String ruleCode, LocalDate dueOn) {
	}

}
