package com.clinigrad.supervisors;

import java.util.List;

import com.clinigrad.accounts.AccountHolders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors register (导师名册) as a source of accounts created in bulk: every
 * supervisor, optionally of one hospital.
 */
@Component
class SupervisorAccountHolders implements AccountHolders {

	private final JdbcClient jdbc;

	SupervisorAccountHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return Kind.SUPERVISOR;
	}

	@Override
	@Transactional(readOnly = true)
	public Choices choices() {
		List<Choice> hospitals = this.jdbc.sql("""
				select h.code, h.name, h.name_en from hospital h
				where exists (select 1 from supervisor s where s.hospital_id = h.id) order by h.code
				""").query((rs, n) -> new Choice(rs.getString(1), new Name(rs.getString(2), rs.getString(3)))).list();
		return new Choices(hospitals, List.of(), List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Holder> find(Selection selection) {
		return this.jdbc.sql("""
				select s.staff_no, s.name, h.name as hospital_name, h.name_en as hospital_name_en
				from supervisor s left join hospital h on h.id = s.hospital_id
				where (cast(:hospital as varchar) is null or h.code = :hospital)
				order by s.staff_no
				""")
			.param("hospital", blankToNull(selection.hospitalCode()))
			.query((rs, n) -> new Holder(rs.getString("staff_no"), rs.getString("name"),
					(rs.getString("hospital_name") != null)
							? new Name(rs.getString("hospital_name"), rs.getString("hospital_name_en")) : null,
					null, null, null, null))
			.list();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
