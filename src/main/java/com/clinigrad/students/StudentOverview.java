package com.clinigrad.students;

import java.util.List;
import java.util.Map;

/**
 * The dashboard figures of the students within a caller's scope.
 *
 * @param activeWithoutHospital students in training with no hospital recorded (to
 * complete)
 */
public record StudentOverview(Map<StudentStatus, Long> byStatus, List<ProgramStatusCount> byProgram,
		List<RecentStatusChange> recentChanges, long activeWithoutHospital) {

	public long count(StudentStatus status) {
		return this.byStatus.getOrDefault(status, 0L);
	}

	public long total() {
		return this.byStatus.values().stream().mapToLong(Long::longValue).sum();
	}

	public long inTraining() {
		return count(StudentStatus.ENROLLED) + count(StudentStatus.DELAYED);
	}

	/**
	 * @return per program: counts per status
	 */
	public Map<String, Map<StudentStatus, Long>> programTable() {
		Map<String, Map<StudentStatus, Long>> table = new java.util.TreeMap<>();
		for (ProgramStatusCount row : this.byProgram) {
			table.computeIfAbsent(row.programCode(), (code) -> new java.util.EnumMap<>(StudentStatus.class))
				.put(row.status(), row.count());
		}
		return table;
	}

}
