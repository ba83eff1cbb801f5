package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residency completion exam (住院医师规范化培训结业考核): the student's hospital office (or the
 * graduate school) records each sitting with its theory and skills parts; both parts
 * passed is a pass. The diversion scan reads the latest sitting.
 */
@Service
public class ResidencyExams {

	private final JdbcClient jdbc;

	private final RotationAccess access;

	private final ApplicationEventPublisher events;

	ResidencyExams(JdbcClient jdbc, RotationAccess access, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * The sittings of a student the caller may see, latest first.
	 */
	@Transactional(readOnly = true)
	public List<Sitting> ofStudent(String studentNo) {
		StudentKey student = this.access.visibleStudent(studentNo);
		return this.jdbc.sql("select * from residency_exam where student_id = :s order by sat_on desc")
			.param("s", student.id())
			.query((rs, n) -> new Sitting(rs.getObject("sat_on", LocalDate.class),
					ExamResult.of(rs.getString("theory_result")), ExamResult.of(rs.getString("skills_result")),
					rs.getBigDecimal("theory_score"), rs.getBigDecimal("skills_score"), rs.getString("note"),
					rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Records a sitting; the student's hospital office or the graduate school.
	 */
	@Transactional
	public void record(String studentNo, LocalDate satOn, ExamResult theory, ExamResult skills, BigDecimal theoryScore,
			BigDecimal skillsScore, String note) {
		StudentKey student = this.access.visibleStudent(studentNo);
		CurrentUser user = this.access.requirePlanner(student);
		insert(student.id(), satOn, theory, skills, theoryScore, skillsScore, note, user.displayName());
	}

	/**
	 * Records a sitting reported outside the app, with the checks {@link #record} makes
	 * of the sitting, but no caller check: for loaders that run without a logged-in user
	 * (the demo university).
	 * @param recordedBy the office the sitting shows as recorded by
	 */
	@Transactional
	public void recordSitting(long studentId, LocalDate satOn, ExamResult theory, ExamResult skills,
			BigDecimal theoryScore, BigDecimal skillsScore, String note, String recordedBy) {
		insert(studentId, satOn, theory, skills, theoryScore, skillsScore, note, recordedBy);
	}

	private void insert(long studentId, LocalDate satOn, ExamResult theory, ExamResult skills, BigDecimal theoryScore,
			BigDecimal skillsScore, String note, String recordedBy) {
		if (satOn == null || satOn.isAfter(SchoolTime.today())) {
			throw new BusinessRuleException("residencyExam.error.date");
		}
		if (theory == null || skills == null) {
			throw new BusinessRuleException("residencyExam.error.result");
		}
		for (BigDecimal score : new BigDecimal[] { theoryScore, skillsScore }) {
			if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
				throw new BusinessRuleException("residencyExam.error.score");
			}
		}
		try {
			this.jdbc.sql("""
					insert into residency_exam (student_id, sat_on, theory_result, skills_result, theory_score,
					    skills_score, note, recorded_by)
					values (:s, :on, :theory, :skills, :theoryScore, :skillsScore, :note, :who)
					""")
				.param("s", studentId)
				.param("on", satOn)
				.param("theory", theory.name())
				.param("skills", skills.name())
				.param("theoryScore", theoryScore)
				.param("skillsScore", skillsScore)
				.param("note", (note == null || note.isBlank()) ? null : note.trim())
				.param("who", recordedBy)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("residencyExam.error.duplicate", satOn.toString());
		}
		Sitting sitting = new Sitting(satOn, theory, skills, theoryScore, skillsScore, note, recordedBy, null);
		this.events.publishEvent(new ResidencyExamRecorded(studentId, satOn, sitting.passed()));
	}

	/**
	 * Removes a sitting entered by mistake; the student's hospital office or the graduate
	 * school.
	 */
	@Transactional
	public void remove(String studentNo, LocalDate satOn, boolean confirmed) {
		StudentKey student = this.access.visibleStudent(studentNo);
		this.access.requirePlanner(student);
		Confirmation.require(confirmed, "residencyExam.error.confirmRemove", satOn.toString());
		int removed = this.jdbc.sql("delete from residency_exam where student_id = :s and sat_on = :on")
			.param("s", student.id())
			.param("on", satOn)
			.update();
		if (removed == 0) {
			throw new RotationNotFoundException("residency exam " + satOn);
		}
		this.events.publishEvent(new ResidencyExamRecorded(student.id(), satOn, null));
	}

	/**
	 * @return whether the latest sitting passed, per student with at least one sitting
	 */
	@Transactional(readOnly = true)
	public Map<Long, Boolean> latestPassed(Collection<Long> studentIds) {
		Map<Long, Boolean> latest = new HashMap<>();
		if (!studentIds.isEmpty()) {
			this.jdbc.sql("""
					select distinct on (student_id) student_id, theory_result = :pass and skills_result = :pass
					from residency_exam where student_id in (:ids) order by student_id, sat_on desc
					""").param("ids", studentIds).param("pass", ExamResult.PASS.name()).query((rs) -> {
				latest.put(rs.getLong(1), rs.getBoolean(2));
			});
		}
		return latest;
	}

	/**
	 * One sitting.
	 */
	public record Sitting(LocalDate satOn, ExamResult theoryResult, ExamResult skillsResult, BigDecimal theoryScore,
			BigDecimal skillsScore, String note, String recordedBy, OffsetDateTime recordedAt) {

		public boolean passed() {
			return this.theoryResult == ExamResult.PASS && this.skillsResult == ExamResult.PASS;
		}

	}

}
