package com.clinigrad;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class ClinigradApplicationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void migratesTheSchemaAndShipsTheFourPrograms() {
		// other tests of the run add programs of their own
		assertThat(this.jdbc.sql("select code from program order by code").query(String.class).list())
			.contains("PUMC-PRO-MASTER", "PUMCH-POSTDOC", "TMU-PRO-DOCTOR", "ZJU-DOCTOR");
		assertThat(this.jdbc.sql("select count(*) from discipline where level = 2").query(Integer.class).single())
			.isEqualTo(23);
	}

}
