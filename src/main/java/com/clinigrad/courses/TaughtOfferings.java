package com.clinigrad.courses;

import java.util.List;

import com.clinigrad.organization.Organization;
import com.clinigrad.organization.TermRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offerings taught in a year, whoever asks: the teaching module counts them into a
 * teacher's workload and checks its own callers. A term belongs to the calendar year in
 * which it begins.
 */
@Service
public class TaughtOfferings {

	private final JdbcClient jdbc;

	private final Organization organization;

	TaughtOfferings(JdbcClient jdbc, Organization organization) {
		this.jdbc = jdbc;
		this.organization = organization;
	}

	/**
	 * @return the offerings with an instructor whose term begins in the year
	 */
	@Transactional(readOnly = true)
	public List<TaughtOffering> in(int year) {
		List<String> terms = this.organization.terms()
			.stream()
			.filter((t) -> t.startsOn().getYear() == year)
			.map(TermRef::code)
			.toList();
		if (terms.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select o.id, o.instructor_id, c.code, c.name, c.name_en, o.term, coalesce(c.hours, 0) as hours,
				    (select count(*) from enrollment e where e.offering_id = o.id) as enrolled
				from course_offering o join course c on c.id = o.course_id
				where o.instructor_id is not null and o.term in (:terms)
				order by o.term, c.code
				""")
			.param("terms", terms)
			.query((rs, n) -> new TaughtOffering(rs.getLong("id"), rs.getLong("instructor_id"), rs.getString("code"),
					rs.getString("name"), rs.getString("name_en"), rs.getString("term"), rs.getInt("hours"),
					rs.getInt("enrolled")))
			.list();
	}

	/**
	 * @return the offerings an instructor taught, any year, newest term first
	 */
	@Transactional(readOnly = true)
	public List<TaughtOffering> by(long instructorId) {
		return this.jdbc.sql("""
				select o.id, o.instructor_id, c.code, c.name, c.name_en, o.term, coalesce(c.hours, 0) as hours,
				    (select count(*) from enrollment e where e.offering_id = o.id) as enrolled
				from course_offering o join course c on c.id = o.course_id
				where o.instructor_id = :i
				order by o.term desc, c.code
				""")
			.param("i", instructorId)
			.query((rs, n) -> new TaughtOffering(rs.getLong("id"), rs.getLong("instructor_id"), rs.getString("code"),
					rs.getString("name"), rs.getString("name_en"), rs.getString("term"), rs.getInt("hours"),
					rs.getInt("enrolled")))
			.list();
	}

	/**
	 * @return every offering with an instructor, any year, newest term first
	 */
	@Transactional(readOnly = true)
	public List<TaughtOffering> all() {
		return this.jdbc.sql("""
				select o.id, o.instructor_id, c.code, c.name, c.name_en, o.term, coalesce(c.hours, 0) as hours,
				    (select count(*) from enrollment e where e.offering_id = o.id) as enrolled
				from course_offering o join course c on c.id = o.course_id
				where o.instructor_id is not null
				order by o.term desc, c.code
				""")
			.query((rs, n) -> new TaughtOffering(rs.getLong("id"), rs.getLong("instructor_id"), rs.getString("code"),
					rs.getString("name"), rs.getString("name_en"), rs.getString("term"), rs.getInt("hours"),
					rs.getInt("enrolled")))
			.list();
	}

	/**
	 * @return the offering with its instructor, if it exists and has one
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<TaughtOffering> byId(long offeringId) {
		return this.jdbc.sql("""
				select o.id, o.instructor_id, c.code, c.name, c.name_en, o.term, coalesce(c.hours, 0) as hours,
				    (select count(*) from enrollment e where e.offering_id = o.id) as enrolled
				from course_offering o join course c on c.id = o.course_id
				where o.instructor_id is not null and o.id = :id
				""")
			.param("id", offeringId)
			.query((rs, n) -> new TaughtOffering(rs.getLong("id"), rs.getLong("instructor_id"), rs.getString("code"),
					rs.getString("name"), rs.getString("name_en"), rs.getString("term"), rs.getInt("hours"),
					rs.getInt("enrolled")))
			.optional();
	}

	/**
	 * @return the offerings with these ids that have an instructor, by id
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, TaughtOffering> byIds(java.util.Collection<Long> offeringIds) {
		if (offeringIds.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<Long, TaughtOffering> found = new java.util.HashMap<>();
		this.jdbc.sql("""
				select o.id, o.instructor_id, c.code, c.name, c.name_en, o.term, coalesce(c.hours, 0) as hours,
				    (select count(*) from enrollment e where e.offering_id = o.id) as enrolled
				from course_offering o join course c on c.id = o.course_id
				where o.instructor_id is not null and o.id in (:ids)
				""")
			.param("ids", offeringIds)
			.query((rs, n) -> new TaughtOffering(rs.getLong("id"), rs.getLong("instructor_id"), rs.getString("code"),
					rs.getString("name"), rs.getString("name_en"), rs.getString("term"), rs.getInt("hours"),
					rs.getInt("enrolled")))
			.list()
			.forEach((o) -> found.put(o.offeringId(), o));
		return found;
	}

}
