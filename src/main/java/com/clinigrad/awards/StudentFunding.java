package com.clinigrad.awards;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentView;
import com.clinigrad.theses.MilestoneType;
import com.clinigrad.theses.MilestoneView;
import com.clinigrad.theses.ThesisRecords;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the scheme of a student's program offers them, with the monthly amounts worked out
 * from their records: a stipend that rises after the mid-term assessment reads the
 * milestone records, payment stops while the student is not enrolled (延期), and a hardship
 * grant or tuition reduction reaches the student at the amount of their recognised
 * hardship level (家庭经济困难认定) of the scheme year.
 */
@Service
@Transactional(readOnly = true)
public class StudentFunding {

	private final StudentRegistry students;

	private final AwardSchemes schemes;

	private final ThesisRecords theses;

	private final HardshipRecognition hardship;

	StudentFunding(StudentRegistry students, AwardSchemes schemes, ThesisRecords theses, HardshipRecognition hardship) {
		this.students = students;
		this.schemes = schemes;
		this.theses = theses;
		this.hardship = hardship;
	}

	/**
	 * @param asOf the day whose month is shown
	 * @throws AwardNotFoundException when there is no such student or the caller may not
	 * see them
	 */
	public FundingView of(String studentNo, LocalDate asOf) {
		StudentKey key = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new AwardNotFoundException("student " + studentNo));
		StudentView student = this.students.byStudentNo(studentNo)
			.orElseThrow(() -> new AwardNotFoundException("student " + studentNo));
		YearMonth month = YearMonth.from(asOf);
		SchemeView scheme = this.schemes.schemeFor(student.programCode(), asOf.getYear()).orElse(null);
		List<FundingLine> lines = new ArrayList<>();
		if (scheme != null) {
			LocalDate midterm = midtermPassed(List.of(key.id())).get(key.id());
			boolean paused = student.status() != StudentStatus.ENROLLED;
			Map<Long, Map<HardshipLevel, java.math.BigDecimal>> perLevel = this.hardship.amounts(scheme.id());
			HardshipLevel level = this.hardship.levels(List.of(key.id()), scheme.year()).get(key.id());
			for (AwardTypeView type : scheme.types()) {
				if (type.admits(student.degreeType(), student.admissionType(), student.cohortYear(), scheme.year())) {
					StipendAmount amount = (type.unit() == AmountUnit.PER_MONTH && type.amount() != null)
							? StipendRate.of(type, midterm, month) : null;
					Map<HardshipLevel, java.math.BigDecimal> amounts = perLevel.get(type.id());
					if (amounts == null) {
						lines.add(new FundingLine(type, amount, paused));
					}
					else {
						HardshipLevel at = (level != null && amounts.containsKey(level)) ? level : null;
						lines.add(
								new FundingLine(type, amount, paused, at, (at != null) ? amounts.get(at) : null, true));
					}
				}
			}
		}
		boolean evaluated = scheme != null && AwardEvaluations.evaluates(scheme, student.programCode(),
				student.status(), student.degreeType(), student.admissionType(), student.cohortYear());
		return new FundingView(student, scheme, month, lines, evaluated);
	}

	/**
	 * The first day each student passed a mid-term assessment (中期考核), in one query.
	 */
	Map<Long, LocalDate> midtermPassed(Collection<Long> studentIds) {
		Map<Long, LocalDate> passed = new HashMap<>();
		for (Map.Entry<Long, List<MilestoneView>> entry : this.theses.milestonesOf(studentIds).entrySet()) {
			entry.getValue()
				.stream()
				.filter((m) -> MilestoneType.MIDTERM.name().equals(m.type()) && m.result().passed())
				.map(MilestoneView::heldOn)
				.min(LocalDate::compareTo)
				.ifPresent((day) -> passed.put(entry.getKey(), day));
		}
		return passed;
	}

}
