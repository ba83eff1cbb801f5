package com.clinigrad.benchmark;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.rotations.CohortScheduler;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cohort scheduler placing 1,000 students across 40 departments for a year, and the
 * occupancy view of that hospital over real HTTP. Run with
 * {@code ./mvnw -Pbenchmark verify}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RotationBenchmark {

	static final int STUDENTS = 1000;

	static final String[][] DEPARTMENTS = { { "心血管内科", "心血管病" }, { "呼吸内科", "呼吸系病" }, { "消化内科", "消化系病" },
			{ "内分泌科", "内分泌与代谢病" }, { "肾内科", "肾病" }, { "血液内科", "血液病" }, { "感染内科", "感染病" }, { "风湿免疫科", "风湿病" },
			{ "急诊科", "" }, { "神经内科", "" }, { "普通外科", "普通外科" }, { "骨科", "骨外科" }, { "胸心外科", "胸心外科" }, { "泌尿外科", "泌尿外科" },
			{ "神经外科", "神经外科" }, { "麻醉科", "" }, { "急诊外科", "" }, { "肝胆外科", "普通外科" }, { "胃肠外科", "普通外科" },
			{ "心内二科", "心血管病" } };

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void schedulesAThousandStudentsAcrossFortyDepartmentsAndRendersTheOccupancy() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		Organization organization = this.context.getBean(Organization.class);
		for (int d = 0; d < 40; d++) {
			String[] department = DEPARTMENTS[d % DEPARTMENTS.length];
			organization.upsertDepartment(hospital, String.format("B%02d", d),
					department[0] + ((d < 20) ? "" : "（二病区）"), department[1].isEmpty() ? null : department[1],
					40 + (d * 7) % 40, null);
		}
		String supervisor = fixtures.supervisor(hospital);
		StudentRegistry students = this.context.getBean(StudentRegistry.class);
		long start = System.nanoTime();
		for (int i = 0; i < STUDENTS; i++) {
			students.upsert(new StudentCommand(String.format("R%s%04d", hospital, i), "轮转学生" + i, DegreeType.PRO_MASTER,
					"PUMC-PRO-MASTER", 2030, (i % 2 == 0) ? "105101" : "105111", AdmissionType.EXAM, SourceSchool.OWN,
					hospital, supervisor, null), StudentStatus.ENROLLED);
		}
		System.out.printf("[benchmark] rotations: %d students and 40 departments written in %d ms%n", STUDENTS,
				(System.nanoTime() - start) / 1_000_000);

		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
		CohortScheduler scheduler = this.context.getBean(CohortScheduler.class);
		List<Long> proposals = new ArrayList<>();
		for (int run = 1; run <= 3; run++) {
			start = System.nanoTime();
			long id = scheduler.propose(hospital, 2030, YearMonth.of(2030, 9));
			long millis = (System.nanoTime() - start) / 1_000_000;
			proposals.add(id);
			Map<String, Object> counts = this.jdbc.sql("""
					select count(department_id) as placed, count(problem) as gaps from schedule_proposal_item
					where proposal_id = :p
					""").param("p", id).query().singleRow();
			System.out.printf(
					"[benchmark] cohort scheduler run %d (%s): %d students, 40 departments, one year: "
							+ "%d rotations proposed, %d areas not placed, in %d ms%n",
					run, (run == 1) ? "first, plans generated" : "plans exist", STUDENTS, counts.get("placed"),
					counts.get("gaps"), millis);
		}
		long last = proposals.get(proposals.size() - 1);
		start = System.nanoTime();
		int scheduled = scheduler.accept(last, 0, List.of(), true);
		System.out.printf(
				"[benchmark] proposal accepted (all or nothing, capacity re-checked): %d rotations in %d ms%n",
				scheduled, (System.nanoTime() - start) / 1_000_000);
		SecurityContextHolder.clearContext();
		assertThat(scheduled).isGreaterThan(STUDENTS * 3);
		// no department holds more trainees than its capacity on any day
		assertThat(this.jdbc.sql("""
				select count(*) from department d join hospital h on h.id = d.hospital_id
				cross join generate_series(date '2030-09-01', date '2031-08-31', interval '1 day') day
				where h.code = :h and (select count(*) from rotation r where r.department_id = d.id
				    and day::date between r.start_date and r.end_date) > coalesce(d.capacity, d.beds / 4)
				""").param("h", hospital).query(Long.class).single()).isZero();

		PageClient client = new PageClient(this.port).logIn(staff.getUsername(), Fixtures.PASSWORD);
		String path = "/rotations/occupancy?hospital=" + hospital + "&year=2031";
		for (int i = 0; i < 10; i++) {
			assertThat(client.get(path).statusCode()).isEqualTo(200);
		}
		long[] nanos = new long[100];
		for (int i = 0; i < nanos.length; i++) {
			long t = System.nanoTime();
			var response = client.get(path);
			nanos[i] = System.nanoTime() - t;
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("data-department=\"B39\"");
		}
		System.out.printf("[benchmark] occupancy view (40 departments × 12 months, %d rotations) over HTTP: %s%n",
				scheduled, Percentiles.of(nanos).summary());
	}

}
