package com.clinigrad.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.courses.CreditSummary;
import com.clinigrad.courses.StudentCourses;
import com.clinigrad.courses.Transcript;
import com.clinigrad.courses.TranscriptLine;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.OwnUniversity;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.organization.UniversityRef;
import com.clinigrad.rotations.RotationRecords;
import com.clinigrad.rotations.RotationView;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentView;
import com.clinigrad.supervisors.SupervisedStudents;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.theses.DegreeDecisions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What each kind of document says, in its language, read from the modules that own the
 * facts: the student's record and program, the transcript, the degree decision, the
 * rotations, a supervisor's students.
 */
@Component
class DocumentContents {

	private final MessageSource messages;

	private final Organization organization;

	private final OwnUniversity ownUniversity;

	private final StudentCourses courses;

	private final DegreeDecisions degrees;

	private final RotationRecords rotations;

	private final SupervisedStudents supervised;

	DocumentContents(MessageSource messages, Organization organization, OwnUniversity ownUniversity,
			StudentCourses courses, DegreeDecisions degrees, RotationRecords rotations, SupervisedStudents supervised) {
		this.messages = messages;
		this.organization = organization;
		this.ownUniversity = ownUniversity;
		this.courses = courses;
		this.degrees = degrees;
		this.rotations = rotations;
		this.supervised = supervised;
	}

	/** The fields a statement names, by the message keys of their labels. */
	static final List<String> FIELDS = List.of("documents.field.name", "documents.field.studentNo",
			"documents.field.degreeType", "documents.field.program", "documents.field.cohort", "documents.field.status",
			"documents.field.standardYears", "documents.field.expectedOn", "documents.field.awardedOn",
			"documents.field.certificateNo", "documents.field.creditsEarned", "documents.field.creditsRequired",
			"documents.field.rotations", "documents.field.rotationMonths", "documents.field.staffNo",
			"documents.field.supervisedCount");

	/**
	 * A document's text before it has a number: header, title, statement, body and table.
	 */
	record Parts(UniversityRef university, String title, Statement statement, String body, List<List<String>> table) {
	}

	/**
	 * @param studentId the student's id (student documents)
	 */
	Parts ofStudent(DocumentKind kind, DocumentLanguage language, long studentId, StudentView student,
			LocalDate today) {
		Locale locale = language.locale();
		boolean en = language.english();
		ProgramRef program = this.organization.program(student.programCode())
			.orElseThrow(() -> new DocumentNotFoundException("program " + student.programCode()));
		UniversityRef university = this.ownUniversity.of(program);
		List<Statement.Line> lines = new ArrayList<>();
		lines.add(line("documents.field.name", locale, student.name()));
		lines.add(line("documents.field.studentNo", locale, student.studentNo()));
		lines.add(line("documents.field.degreeType", locale, word(student.degreeType().messageKey(), locale)));
		lines.add(line("documents.field.program", locale, program.displayName(en)));
		lines.add(line("documents.field.cohort", locale, Integer.toString(student.cohortYear())));
		List<List<String>> table = List.of();
		String body;
		switch (kind) {
			case ENROLLMENT_CERTIFICATE -> {
				lines.add(line("documents.field.status", locale, word(student.status().messageKey(), locale)));
				body = word("documents.body.ENROLLMENT_CERTIFICATE", locale, student.name(), university.displayName(en),
						program.displayName(en), date(today, locale));
			}
			case EXPECTED_GRADUATION -> {
				LocalDate expected = LocalDate.of(student.cohortYear() + program.standardYears(), 6, 30);
				lines.add(line("documents.field.standardYears", locale, Integer.toString(program.standardYears())));
				lines.add(line("documents.field.expectedOn", locale, date(expected, locale)));
				body = word("documents.body.EXPECTED_GRADUATION", locale, student.name(), date(expected, locale));
			}
			case DEGREE_GRADUATION -> {
				var decision = this.degrees.of(student.studentNo())
					.filter((d) -> d.awardedOn() != null)
					.orElseThrow(() -> new BusinessRuleException("documents.error.noDegree"));
				lines.add(line("documents.field.awardedOn", locale, date(decision.awardedOn(), locale)));
				lines.add(line("documents.field.certificateNo", locale, decision.certificateNo()));
				body = word("documents.body.DEGREE_GRADUATION", locale, student.name(), university.displayName(en),
						word(student.degreeType().messageKey(), locale), date(decision.awardedOn(), locale));
			}
			case TRANSCRIPT -> {
				Transcript transcript = this.courses.transcript(student.studentNo(), false);
				CreditSummary.Line total = transcript.credits().total();
				lines.add(line("documents.field.creditsEarned", locale, plain(total.earned())));
				if (total.required() != null) {
					lines.add(line("documents.field.creditsRequired", locale, plain(total.required())));
				}
				table = transcriptTable(transcript, locale, en);
				body = word("documents.body.TRANSCRIPT", locale);
			}
			case ROTATION_SUMMARY -> {
				List<RotationView> rows = this.rotations.rotationsOf(studentId);
				long months = rows.stream()
					.mapToLong(
							(r) -> java.time.temporal.ChronoUnit.MONTHS.between(r.startDate(), r.endDate().plusDays(1)))
					.sum();
				lines.add(line("documents.field.rotations", locale, Integer.toString(rows.size())));
				lines.add(line("documents.field.rotationMonths", locale, Long.toString(months)));
				table = rotationTable(rows, locale);
				body = word("documents.body.ROTATION_SUMMARY", locale);
			}
			default -> throw new BusinessRuleException("documents.error.kindNotForStudents");
		}
		return new Parts(university, word(kind.messageKey() + ".title", locale), new Statement(lines), body, table);
	}

	Parts ofSupervisor(DocumentLanguage language, SupervisorRef supervisor, LocalDate today) {
		Locale locale = language.locale();
		boolean en = language.english();
		List<SupervisedStudents.SupervisedStudent> students = this.supervised.of(supervisor.id());
		ProgramRef program = students.stream()
			.map((s) -> this.organization.program(s.programCode()))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElseGet(() -> this.organization.programs().get(0));
		UniversityRef university = this.ownUniversity.of(program);
		List<Statement.Line> lines = new ArrayList<>();
		lines.add(line("documents.field.name", locale, supervisor.name()));
		lines.add(line("documents.field.staffNo", locale, supervisor.staffNo()));
		lines.add(line("documents.field.supervisedCount", locale, Integer.toString(students.size())));
		List<List<String>> table = new ArrayList<>();
		table.add(List.of(word("documents.field.studentNo", locale), word("documents.field.name", locale),
				word("documents.field.program", locale), word("documents.field.cohort", locale)));
		for (SupervisedStudents.SupervisedStudent student : students) {
			String programName = this.organization.program(student.programCode())
				.map((p) -> p.displayName(en))
				.orElse(student.programCode());
			table
				.add(List.of(student.studentNo(), student.name(), programName, Integer.toString(student.cohortYear())));
		}
		String body = word("documents.body.SUPERVISION_PROOF", locale, supervisor.name(), university.displayName(en),
				date(today, locale));
		return new Parts(university, word(DocumentKind.SUPERVISION_PROOF.messageKey() + ".title", locale),
				new Statement(lines), body, (students.isEmpty()) ? List.of() : table);
	}

	private List<List<String>> transcriptTable(Transcript transcript, Locale locale, boolean en) {
		List<List<String>> table = new ArrayList<>();
		table.add(List.of(word("documents.column.term", locale), word("documents.column.course", locale),
				word("documents.column.credits", locale), word("documents.column.grade", locale)));
		for (TranscriptLine line : transcript.lines()) {
			if (!line.latest()) {
				continue;
			}
			String name = (en && line.courseNameEn() != null && !line.courseNameEn().isBlank()) ? line.courseNameEn()
					: line.courseName();
			String grade = (line.result() != null) ? word(line.result().messageKey(), locale)
					: (line.score() != null) ? plain(line.score()) : "";
			table.add(List.of(line.term(), name, plain(line.credits()), grade));
		}
		return table;
	}

	private List<List<String>> rotationTable(List<RotationView> rows, Locale locale) {
		List<List<String>> table = new ArrayList<>();
		table.add(List.of(word("documents.column.period", locale), word("documents.column.department", locale),
				word("documents.column.hospital", locale), word("documents.column.exam", locale)));
		for (RotationView row : rows) {
			String exam = (row.retakeResult() != null) ? word(row.retakeResult().messageKey(), locale)
					: (row.examResult() != null) ? word(row.examResult().messageKey(), locale) : "";
			table.add(List.of(row.startDate() + " – " + row.endDate(), row.departmentName(), row.hospitalCode(), exam));
		}
		return table;
	}

	static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	static String date(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
			return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
		}
		return date.format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
	}

	private Statement.Line line(String key, Locale locale, String value) {
		return new Statement.Line(word(key, locale), value, key);
	}

	/**
	 * The statement with each label's key, for a statement stored before the keys were
	 * kept: a label is the field whose words in the document's language it is.
	 */
	Statement withLabelKeys(Statement statement, DocumentLanguage language) {
		Map<String, String> keys = new HashMap<>();
		for (String field : FIELDS) {
			keys.putIfAbsent(word(field, language.locale()), field);
		}
		return new Statement(statement.lines()
			.stream()
			.map((l) -> (l.labelKey() != null) ? l : new Statement.Line(l.label(), l.value(), keys.get(l.label())))
			.toList());
	}

	private String word(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
