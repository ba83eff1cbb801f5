package com.clinigrad.awards;

import java.time.YearMonth;
import java.util.List;

import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentView;

/**
 * A student's awards page: the scheme of their program and what it offers them.
 *
 * @param scheme the scheme in force, or {@code null} when the university has none
 * @param evaluated whether the student is in the scheme's comprehensive evaluation
 * (综合测评), whose result page is then theirs to open
 */
public record FundingView(StudentView student, SchemeView scheme, YearMonth month, List<FundingLine> lines,
		boolean evaluated) {

	/**
	 * @return whether payments stop because the student is not enrolled (delayed, 延期)
	 */
	public boolean paused() {
		return this.student.status() != StudentStatus.ENROLLED;
	}

}
