package com.clinigrad.eligibility.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code ROTATION_EXAMS_PASSED}: no rotation ended by the as-of date whose
 * end-of-rotation exam (出科考核) failed with a failed or missing retake.
 */
public final class RotationExamsPassedRule implements Requirement {

	@Override
	public String code() {
		return "ROTATION_EXAMS_PASSED";
	}

	@Override
	public Gate gate() {
		return Gate.DEGREE;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		List<String> failed = snapshot.rotations()
			.stream()
			.filter((rotation) -> !rotation.endDate().isAfter(asOf))
			.filter((rotation) -> Boolean.FALSE.equals(rotation.examPassed())
					&& !Boolean.TRUE.equals(rotation.retakePassed()))
			.map((rotation) -> ((rotation.departmentName() != null) ? rotation.departmentName()
					: rotation.departmentCode()) + " " + rotation.startDate())
			.toList();
		if (failed.isEmpty()) {
			return result(CheckStatus.PASS, "0", "0", "audit.rotationExams.met");
		}
		return result(CheckStatus.FAIL, "0", Numbers.format(failed.size()), "audit.rotationExams.failed",
				String.join(", ", failed));
	}

}
