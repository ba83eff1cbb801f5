package com.clinigrad.competency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency framework as data (住院医师核心胜任力, DOMAIN §3.4): the six core competencies
 * with their level descriptors, and which assessment kind evidences which competency on
 * what scale.
 */
@Service
public class CompetencyFramework {

	private final JdbcClient jdbc;

	CompetencyFramework(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<CompetencyView> competencies() {
		Map<String, List<CompetencyView.Level>> levels = new LinkedHashMap<>();
		this.jdbc.sql(
				"select competency_code, level, descriptor, descriptor_en from competency_level order by competency_code, level")
			.query((rs) -> {
				levels.computeIfAbsent(rs.getString("competency_code"), (k) -> new ArrayList<>())
					.add(new CompetencyView.Level(rs.getInt("level"), rs.getString("descriptor"),
							rs.getString("descriptor_en")));
			});
		return this.jdbc
			.sql("select code, position, name, name_en, description, description_en from competency order by position")
			.query((rs, row) -> new CompetencyView(rs.getString("code"), rs.getInt("position"), rs.getString("name"),
					rs.getString("name_en"), rs.getString("description"), rs.getString("description_en"),
					List.copyOf(levels.getOrDefault(rs.getString("code"), List.of()))))
			.list();
	}

	@Transactional(readOnly = true)
	public List<SourceView> sources() {
		return this.jdbc.sql("""
				select s.assessment_kind, s.competency_code, s.reads, s.scale_min, s.scale_max
				from competency_source s join competency c on c.code = s.competency_code
				order by s.assessment_kind, c.position
				""")
			.query((rs, row) -> new SourceView(EvidenceKind.valueOf(rs.getString("assessment_kind")),
					rs.getString("competency_code"), SourceScale.valueOf(rs.getString("reads")) == SourceScale.RATING,
					rs.getBigDecimal("scale_min"), rs.getBigDecimal("scale_max")))
			.list();
	}

}
