package com.clinigrad.rotations;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residency completion exam (结业考核) of a year as the annual report and the hospital
 * office's figures count it, for the students the caller already chose: who sat in the
 * year, and who passed both parts at a sitting of the year. No caller check.
 */
@Service
public class ResidencyExamFigures {

	private final JdbcClient jdbc;

	ResidencyExamFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Outcomes of(int year, Collection<Long> studentIds) {
		Set<Long> sat = new HashSet<>();
		Set<Long> passed = new HashSet<>();
		if (studentIds.isEmpty()) {
			return new Outcomes(sat, passed);
		}
		this.jdbc.sql("""
				select student_id, bool_or(theory_result = 'PASS' and skills_result = 'PASS') as passed
				from residency_exam where student_id = any(:ids) and extract(year from sat_on) = :year
				group by student_id""")
			.param("ids", studentIds.toArray(Long[]::new))
			.param("year", year)
			.query((java.sql.ResultSet rs) -> {
				sat.add(rs.getLong("student_id"));
				if (rs.getBoolean("passed")) {
					passed.add(rs.getLong("student_id"));
				}
			});
		return new Outcomes(sat, passed);
	}

	/**
	 * @param sat the students who sat the exam in the year
	 * @param passed those of them who passed both parts at a sitting of the year
	 */
	public record Outcomes(Set<Long> sat, Set<Long> passed) {

		/**
		 * @return passed ÷ sat in percent, one decimal half-up; 0 when nobody sat
		 */
		public java.math.BigDecimal passRate() {
			if (this.sat.isEmpty()) {
				return java.math.BigDecimal.ZERO.setScale(1);
			}
			return java.math.BigDecimal.valueOf(this.passed.size() * 100L)
				.divide(java.math.BigDecimal.valueOf(this.sat.size()), 1, java.math.RoundingMode.HALF_UP);
		}

	}

}
