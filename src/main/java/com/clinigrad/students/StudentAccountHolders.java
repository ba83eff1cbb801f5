package com.clinigrad.students;

import java.util.List;

import com.clinigrad.accounts.AccountHolders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The students register (学生名册) as a source of accounts created in bulk, by hospital,
 * program and cohort: those in training or awaiting their degree, and on request those
 * who have left (graduated, withdrawn, …), named with their status as given no account.
 */
@Component
class StudentAccountHolders implements AccountHolders {

	private final JdbcClient jdbc;

	StudentAccountHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return Kind.STUDENT;
	}

	@Override
	@Transactional(readOnly = true)
	public Choices choices() {
		List<Choice> hospitals = this.jdbc.sql("""
				select h.code, h.name, h.name_en from hospital h
				where exists (select 1 from student s where s.hospital_id = h.id) order by h.code
				""").query((rs, n) -> new Choice(rs.getString(1), new Name(rs.getString(2), rs.getString(3)))).list();
		List<Choice> programs = this.jdbc.sql("""
				select p.code, p.name, p.name_en from program p
				where exists (select 1 from student s where s.program_code = p.code) order by p.code
				""").query((rs, n) -> new Choice(rs.getString(1), new Name(rs.getString(2), rs.getString(3)))).list();
		List<Integer> cohorts = this.jdbc.sql("select distinct cohort_year from student order by cohort_year desc")
			.query(Integer.class)
			.list();
		return new Choices(hospitals, programs, cohorts);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Holder> find(Selection selection) {
		return this.jdbc.sql("""
				select s.student_no, s.name, s.status, s.cohort_year, h.name as hospital_name,
				       h.name_en as hospital_name_en, p.name as program_name, p.name_en as program_name_en
				from student s left join hospital h on h.id = s.hospital_id join program p on p.code = s.program_code
				where (cast(:hospital as varchar) is null or h.code = :hospital)
				  and (cast(:program as varchar) is null or s.program_code = :program)
				  and (cast(:cohort as integer) is null or s.cohort_year = :cohort)
				  and (:includeLeft or s.status in (:staying))
				order by s.student_no
				""")
			.param("includeLeft", selection.includeLeft())
			.param("staying", StudentStatus.names(StudentStatus.AWAITING_DEGREE))
			.param("hospital", blankToNull(selection.hospitalCode()))
			.param("program", blankToNull(selection.programCode()))
			.param("cohort", selection.cohortYear())
			.query((rs, n) -> {
				StudentStatus status = StudentStatus.valueOf(rs.getString("status"));
				boolean staying = StudentStatus.AWAITING_DEGREE.contains(status);
				return new Holder(rs.getString("student_no"), rs.getString("name"),
						(rs.getString("hospital_name") != null)
								? new Name(rs.getString("hospital_name"), rs.getString("hospital_name_en")) : null,
						new Name(rs.getString("program_name"), rs.getString("program_name_en")),
						rs.getInt("cohort_year"), staying ? null : "account.bulk.reason.left",
						staying ? null : status.messageKey());
			})
			.list();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
