package com.clinigrad.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.PublicationIndexing;
import com.clinigrad.achievements.PublicationView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code publications}: a student's paper (key: student, title) with journal, indexing,
 * author position, whether it belongs to the thesis, and the article type, written in
 * batches ({@link AchievementRecords#upsertPublications}).
 */
@Component
@Order(100)
class PublicationsImporter implements DatasetImporter<PublicationsImporter.PublicationRow, KnownStudents> {

	enum ArticleType {

		RESEARCH, REVIEW, CASE_REPORT, OTHER

	}

	private final AchievementRecords achievements;

	private final StudentNumbers students;

	PublicationsImporter(AchievementRecords achievements, StudentNumbers students) {
		this.achievements = achievements;
		this.students = students;
	}

	@Override
	public String name() {
		return "publications";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("student_no"), ImportColumn.required("title"),
				ImportColumn.required("journal"), ImportColumn.required("indexing"),
				ImportColumn.required("author_position"), ImportColumn.required("related_to_thesis"),
				ImportColumn.optional("article_type"), ImportColumn.optional("published_on"),
				ImportColumn.optional("co_authors"));
	}

	@Override
	public List<String> tables() {
		return List.of("publication");
	}

	@Override
	public List<String> key() {
		return List.of("student_no", "title");
	}

	@Override
	public List<String> example() {
		return List.of("M2024001", "急性心肌梗死患者……的临床研究", "中华心血管病杂志", "CORE", "1", "true", "RESEARCH", "2026-05-01",
				"王芳, 李强");
	}

	@Override
	public PublicationRow read(RowReader row) {
		String studentNo = row.studentNo("student_no");
		PublicationIndexing indexing = row.choice("indexing", List.of(PublicationIndexing.values()));
		ArticleType type = row.choice("article_type", List.of(ArticleType.values()));
		PublicationView publication = new PublicationView(row.text("title", 500), row.text("journal", 300),
				(indexing != null) ? indexing.name() : null, intOrZero(row.integer("author_position", 1, 100)),
				row.bool("related_to_thesis"), (type != null) ? type.name() : ArticleType.RESEARCH.name(),
				row.date("published_on"), row.text("co_authors", 1000));
		return row.valid() ? new PublicationRow(studentNo, publication) : null;
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
	public int applyAll(List<PublicationRow> commands, KnownStudents known) {
		List<Map.Entry<Long, PublicationView>> publications = new ArrayList<>(commands.size());
		for (PublicationRow command : commands) {
			publications.add(Map.entry(known.id(command.studentNo()), command.publication()));
		}
		return this.achievements.upsertPublications(publications);
	}

	@Override
	public boolean apply(PublicationRow command, KnownStudents known) {
		return applyAll(List.of(command), known) > 0;
	}

	private static int intOrZero(Integer value) {
		return (value != null) ? value : 0;
	}

	record PublicationRow(String studentNo, PublicationView publication) {
	}

}
