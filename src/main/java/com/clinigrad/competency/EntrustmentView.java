package com.clinigrad.competency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A trainee's privileges (分层授权): the grants in force and every earlier decision, with the
 * assessments each rests on; for the mentor group also what a new decision may list.
 *
 * @param mayDecide whether the caller belongs to the trainee's mentor group
 * @param mayRevoke whether the caller may revoke (the mentor group, the office)
 * @param readings the trainee's recorded assessments a decision may rest on (only for the
 * mentor group)
 */
public record EntrustmentView(String studentNo, String studentName, String hospitalName, boolean mayDecide,
		boolean mayRevoke, List<Grant> current, List<Grant> history, List<Activity> activities, List<Level> levels,
		List<Basis> readings) {

	public record Activity(String code, String name, String nameEn, String description, String descriptionEn) {

		public String name(boolean english) {
			return english ? this.nameEn : this.name;
		}

		public String description(boolean english) {
			return english ? this.descriptionEn : this.description;
		}

	}

	public record Level(int level, String name, String nameEn) {

		public String name(boolean english) {
			return english ? this.nameEn : this.name;
		}

	}

	public record Grant(long id, Activity activity, Level level, GrantStatus status, LocalDate decidedOn, String note,
			String decidedBy, String revokedReason, LocalDate revokedOn, long version, List<Basis> basis) {
	}

	/**
	 * A recorded assessment a decision rests on.
	 *
	 * @param key how the decision form names it
	 */
	public record Basis(String key, EvidenceKind kind, LocalDate on, String competencyCode, String competencyName,
			String competencyNameEn, BigDecimal value, BigDecimal level) {

		public String competencyName(boolean english) {
			return english ? this.competencyNameEn : this.competencyName;
		}

	}

}
