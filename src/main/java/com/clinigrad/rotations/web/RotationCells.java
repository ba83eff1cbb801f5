package com.clinigrad.rotations.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

import com.clinigrad.rotations.RotationAssessments;
import com.clinigrad.rotations.RotationBoard.RosterEntry;
import com.clinigrad.rotations.RotationState;
import com.clinigrad.rotations.ScheduledRotation;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;
import com.clinigrad.students.StudentListFilters;

/**
 * The cells the rotation lists share (the coordinator's roster, the occupancy's
 * drill-down), for the page and the export alike.
 */
final class RotationCells {

	/** The sort column of the first day. */
	static final String START = "start";

	/** The sort column of the last day. */
	static final String END = "end";

	/**
	 * @param first the default sort column, {@link #START} or {@link #END}
	 * @return the sort columns of a list of trainees: the rotation's days, the default
	 * first, then the student's number, name, program and cohort
	 */
	static String[] sortColumns(String first) {
		return new String[] { first, first.equals(START) ? END : START, "studentNo", "name", "program", "cohort" };
	}

	private RotationCells() {
	}

	/**
	 * @return a list of trainees with its first columns: the student's number (as
	 * {@code studentNo} makes it), name, program and cohort, and the rotation's first and
	 * last day
	 */
	static ListTable<RosterEntry> trainees(Words words, Function<RosterEntry, Cell> studentNo) {
		boolean english = words.english();
		return new ListTable<RosterEntry>().column(words.get("students.column.studentNo"), "studentNo", studentNo)
			.nowrap()
			.column(words.get("students.column.name"), "name", (e) -> Cell.text(e.student().name()))
			.nowrap()
			.column(words.get("students.column.program"), "program",
					(e) -> Cell.text(e.student().programDisplayName(english)))
			.numberColumn(words.get("students.column.cohort"), "cohort",
					(e) -> Cell.text(String.valueOf(e.student().cohortYear())))
			.column(words.get("rotation.start"), START, (e) -> Cell.text(words.date(e.rotation().startDate())))
			.nowrap()
			.column(words.get("rotation.end"), END, (e) -> Cell.text(words.date(e.rotation().endDate())))
			.nowrap();
	}

	/**
	 * @return the orders of a list of trainees, by its sort columns
	 */
	static Map<String, Comparator<RosterEntry>> order(boolean english) {
		Map<String, Comparator<RosterEntry>> order = StudentListFilters.comparators(RosterEntry::student, english);
		order.put(START,
				Comparator.comparing((RosterEntry e) -> e.rotation().startDate())
					.thenComparing((e) -> e.rotation().endDate())
					.thenComparing((e) -> e.student().studentNo()));
		order.put(END,
				Comparator.comparing((RosterEntry e) -> e.rotation().endDate())
					.thenComparing((e) -> e.rotation().startDate())
					.thenComparing((e) -> e.student().studentNo()));
		return order;
	}

	/**
	 * @return the rotation's state, and whether its exit exam is open or overdue
	 */
	static Cell state(ScheduledRotation rotation, Words words, LocalDate today) {
		RotationState state = rotation.state(today);
		Cell cell = Cell.badge(words.get(state.messageKey()), state.badge());
		if (rotation.awaitingExam(today)) {
			return cell.andBadge(words.get("rotation.department.examOverdue"), "text-bg-danger");
		}
		if (examOpen(rotation, today)) {
			return cell.andBadge(words.get("rotation.department.examOpen"), "text-bg-warning");
		}
		return cell;
	}

	/**
	 * @return whether the rotation's exit-exam window has opened and the exam is not
	 * settled (overdue ones included)
	 */
	static boolean examOpen(ScheduledRotation rotation, LocalDate today) {
		return !today.isBefore(RotationAssessments.examOpens(rotation)) && !rotation.passed()
				&& !rotation.retakeFailed();
	}

}
