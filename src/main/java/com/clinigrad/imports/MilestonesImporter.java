package com.clinigrad.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.theses.MilestoneResult;
import com.clinigrad.theses.MilestoneView;
import com.clinigrad.theses.ThesisRecords;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code milestones}: one sitting of a thesis or training milestone (key: student, type,
 * date held) and its result, written in batches ({@link ThesisRecords#upsertMilestones}).
 */
@Component
@Order(90)
class MilestonesImporter implements DatasetImporter<MilestonesImporter.MilestoneRow, KnownStudents> {

	enum Type {

		PROPOSAL, MIDTERM, STAGE_ASSESSMENT, THESIS_PROGRESS, PRE_DEFENSE, CLINICAL_COMPETENCY, DEFENSE

	}

	private final ThesisRecords theses;

	private final StudentNumbers students;

	MilestonesImporter(ThesisRecords theses, StudentNumbers students) {
		this.theses = theses;
		this.students = students;
	}

	@Override
	public String name() {
		return "milestones";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("student_no"), ImportColumn.required("type"),
				ImportColumn.required("held_on"), ImportColumn.required("result"));
	}

	@Override
	public List<String> tables() {
		return List.of("milestone");
	}

	@Override
	public List<String> key() {
		return List.of("student_no", "type", "held_on");
	}

	@Override
	public List<String> example() {
		return List.of("M2024001", "PROPOSAL", "2025-03-20", "PASS");
	}

	@Override
	public MilestoneRow read(RowReader row) {
		MilestoneRow milestone = new MilestoneRow(row.studentNo("student_no"),
				row.choice("type", List.of(Type.values())), row.date("held_on"),
				row.choice("result", List.of(MilestoneResult.values())));
		return row.valid() ? milestone : null;
	}

	@Override
	public KnownStudents checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		return this.students.check(rows, problems);
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<MilestoneRow> commands, KnownStudents known) {
		List<Map.Entry<Long, MilestoneView>> milestones = new ArrayList<>(commands.size());
		for (MilestoneRow command : commands) {
			milestones.add(Map.entry(known.id(command.studentNo()),
					new MilestoneView(command.type().name(), command.heldOn(), command.result())));
		}
		return this.theses.upsertMilestones(milestones);
	}

	@Override
	public boolean apply(MilestoneRow command, KnownStudents known) {
		return applyAll(List.of(command), known) > 0;
	}

	record MilestoneRow(String studentNo, Type type, LocalDate heldOn, MilestoneResult result) {
	}

}
