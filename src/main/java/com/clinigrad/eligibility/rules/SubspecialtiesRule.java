package com.clinigrad.eligibility.rules;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import com.clinigrad.eligibility.rules.AuditSnapshot.Rotation;

/**
 * {@code SUBSPECIALTIES_ROTATED}: for 内科学 and 外科学, rotations passed in at least the
 * minimum number of distinct third-level sub-specialties.
 */
public final class SubspecialtiesRule implements Requirement {

	private final int minimum;

	private final Set<String> disciplines;

	public SubspecialtiesRule(int minimum, Set<String> disciplines) {
		this.minimum = minimum;
		this.disciplines = Set.copyOf(disciplines);
	}

	@Override
	public String code() {
		return "SUBSPECIALTIES_ROTATED";
	}

	@Override
	public Gate gate() {
		return Gate.DEGREE;
	}

	@Override
	public boolean appliesTo(AuditSnapshot snapshot) {
		return this.disciplines.contains(snapshot.disciplineCode());
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		Set<String> rotated = new TreeSet<>();
		for (Rotation rotation : RotationMonths.counting(snapshot, asOf)) {
			if (rotation.subspecialty() != null && !rotation.subspecialty().isBlank()) {
				rotated.add(rotation.subspecialty().trim());
			}
		}
		String required = Numbers.format(this.minimum);
		String actual = Numbers.format(rotated.size());
		if (rotated.size() >= this.minimum) {
			return result(CheckStatus.PASS, required, actual, "audit.subspecialties.met", String.join("、", rotated));
		}
		return result(CheckStatus.PENDING, required, actual, "audit.subspecialties.short",
				rotated.isEmpty() ? "–" : String.join("、", rotated), required);
	}

}
