package com.clinigrad.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.theses.ReviewEntry;
import com.clinigrad.theses.ReviewVerdict;
import com.clinigrad.theses.ThesisRecords;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code reviews}: a blind-review verdict on a student's thesis by a reviewer (key:
 * student, reviewer staff number); the reviewer must be a known supervisor or expert.
 * Written in batches ({@link ThesisRecords#upsertReviews}).
 */
@Component
@Order(120)
class ReviewsImporter implements DatasetImporter<ReviewsImporter.ReviewRow, ReviewsImporter.References> {

	private final ThesisRecords theses;

	private final SupervisorDirectory supervisors;

	private final StudentNumbers students;

	ReviewsImporter(ThesisRecords theses, SupervisorDirectory supervisors, StudentNumbers students) {
		this.theses = theses;
		this.supervisors = supervisors;
		this.students = students;
	}

	@Override
	public String name() {
		return "reviews";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("student_no"), ImportColumn.required("reviewer_staff_no"),
				ImportColumn.required("verdict"));
	}

	@Override
	public List<String> tables() {
		return List.of("thesis_review");
	}

	@Override
	public List<String> key() {
		return List.of("student_no", "reviewer_staff_no");
	}

	@Override
	public List<String> example() {
		return List.of("M2024001", "S0102", "AGREE");
	}

	@Override
	public ReviewRow read(RowReader row) {
		ReviewRow review = new ReviewRow(row.studentNo("student_no"), row.text("reviewer_staff_no", 32),
				row.choice("verdict", List.of(ReviewVerdict.values())));
		return row.valid() ? review : null;
	}

	@Override
	public References checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		KnownStudents students = this.students.check(rows, problems);
		Set<String> staffNos = new HashSet<>();
		for (ImportTable.Row row : rows) {
			staffNos.add(row.value("reviewer_staff_no"));
		}
		staffNos.remove("");
		Map<String, SupervisorRef> reviewers = this.supervisors.byStaffNos(staffNos);
		problems.unknownReferences(rows, "reviewer_staff_no", reviewers.keySet(), "imports.error.unknownReviewer");
		return new References(students, reviewers);
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<ReviewRow> commands, References references) {
		List<ReviewEntry> reviews = new ArrayList<>(commands.size());
		for (ReviewRow command : commands) {
			SupervisorRef reviewer = references.reviewers().get(command.reviewerStaffNo());
			if (reviewer == null) {
				throw new IllegalStateException("Reviewer " + command.reviewerStaffNo() + " was not checked");
			}
			reviews
				.add(new ReviewEntry(references.students().id(command.studentNo()), reviewer.id(), command.verdict()));
		}
		return this.theses.upsertReviews(reviews);
	}

	@Override
	public boolean apply(ReviewRow command, References references) {
		return applyAll(List.of(command), references) > 0;
	}

	record ReviewRow(String studentNo, String reviewerStaffNo, ReviewVerdict verdict) {
	}

	/**
	 * The students and reviewers of a file, looked up once.
	 */
	record References(KnownStudents students, Map<String, SupervisorRef> reviewers) {
	}

}
