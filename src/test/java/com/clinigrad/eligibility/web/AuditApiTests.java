package com.clinigrad.eligibility.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit API of the exchange contract, fed through the import API as an office would:
 * every dataset, then the audit on days before and after the evidence, and the refusals.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	String staff;

	String hospital;

	String supervisor;

	String student;

	@BeforeEach
	void setUp() throws Exception {
		this.fixtures = Fixtures.in(this.context);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.student = this.fixtures.student(this.hospital, this.supervisor);
	}

	@Test
	void aCompleteRecordIsEligibleForTheDegreeAndEvidenceAfterTheDayDoesNotCount() throws Exception {
		String c = this.fixtures.unique("C");
		String reviewers = this.fixtures.supervisor(null) + "," + this.fixtures.supervisor(null) + ","
				+ this.fixtures.supervisor(null);
		String[] r = reviewers.split(",");
		load("courses", "code,name,category,credits\n" + c + "P,政治,PUBLIC_REQUIRED,4\n" + c
				+ "D,学位课,DEGREE_REQUIRED,8\n" + c + "S,专业课,DEGREE_PROFESSIONAL,4\n" + c + "E,选修,ELECTIVE,2\n");
		load("grades",
				"student_no,course_code,term,attempt,score,result\n" + this.student + "," + c + "P,2023-1,1,85,\n"
						+ this.student + "," + c + "D,2023-1,1,52,\n" + this.student + "," + c + "D,2023-2,2,71,\n"
						+ this.student + "," + c + "S,2023-2,1,,PASS\n" + this.student + "," + c + "E,2024-1,1,90,\n");
		load("departments", "hospital_code,code,name,subspecialty,beds\n" + this.hospital + ",D2,呼吸科,呼吸系病,40\n"
				+ this.hospital + ",D3,消化科,消化系病,40\n");
		load("rotations",
				"student_no,department_code,start_date,end_date,chief_resident,exam_result,retake_result\n"
						+ this.student + ",D1,2023-09-01,2024-08-31,false,PASS,\n" + this.student
						+ ",D2,2024-09-01,2025-08-31,false,FAIL,PASS\n" + this.student
						+ ",D3,2025-09-01,2026-05-31,false,PASS,\n");
		load("certificates", "student_no,type,obtained_on\n" + this.student + ",MEDICAL_LICENSE,2025-08-15\n"
				+ this.student + ",RESIDENCY_COMPLETION,2026-06-10\n");
		load("milestones",
				"student_no,type,held_on,result\n" + this.student + ",PROPOSAL,2024-03-01,PASS\n" + this.student
						+ ",MIDTERM,2025-03-01,PASS\n" + this.student + ",PRE_DEFENSE,2026-03-01,PASS\n" + this.student
						+ ",CLINICAL_COMPETENCY,2026-04-01,PASS\n" + this.student + ",DEFENSE,2026-05-20,PASS\n");
		load("publications",
				"student_no,title,journal,indexing,author_position,related_to_thesis,article_type,published_on\n"
						+ this.student + ",一项研究,中华内科杂志,CORE,1,true,RESEARCH,2026-01-10\n");
		load("theses", "student_no,title,body_chars,abstract_zh_chars,abstract_en_chars,similarity_percent,"
				+ "declaration_signed\n" + this.student + ",论文,32000,900,1500,30,true\n");
		load("reviews", "student_no,reviewer_staff_no,verdict\n" + this.student + "," + r[0] + ",AGREE\n" + this.student
				+ "," + r[1] + ",AGREE_AFTER_REVISION\n" + this.student + "," + r[2] + ",AGREE\n");

		audit(this.student, "2026-06-30", this.staff).andExpect(status().isOk())
			.andExpect(jsonPath("$.studentNo").value(this.student))
			.andExpect(jsonPath("$.program").value("PUMC-PRO-MASTER"))
			.andExpect(jsonPath("$.ruleSetVersion").value("2021"))
			.andExpect(jsonPath("$.asOf").value("2026-06-30"))
			.andExpect(jsonPath("$.eligibleToDefend").value(true))
			.andExpect(jsonPath("$.eligibleForDegree").value(true))
			.andExpect(jsonPath("$.checks[?(@.rule == 'CREDITS_TOTAL')].actual").value("18"))
			.andExpect(jsonPath("$.checks[?(@.rule == 'SIMILARITY')].status").value("PASS"))
			.andExpect(jsonPath("$.checks[?(@.rule == 'CLINICAL_MONTHS')].status").value("PASS"))
			.andExpect(jsonPath("$.checks[?(@.status != 'PASS')]", hasSize(0)));

		// a year earlier: no defense, residency certificate, nor most of the rotation yet
		audit(this.student, "2025-06-30", this.staff).andExpect(status().isOk())
			.andExpect(jsonPath("$.eligibleForDegree").value(false))
			.andExpect(jsonPath("$.checks[?(@.rule == 'MILESTONE_DEFENSE')].status").value("PENDING"))
			.andExpect(jsonPath("$.checks[?(@.rule == 'RESIDENCY_CERTIFICATE')].status").value(not("PASS")))
			.andExpect(jsonPath("$.checks[?(@.rule == 'MEDICAL_LICENSE')].status").value("PENDING"))
			// the contract's values, not the page's words
			.andExpect(jsonPath("$.checks[?(@.rule == 'MILESTONE_DEFENSE')].required").value("PASS"))
			.andExpect(jsonPath("$.checks[?(@.rule == 'MILESTONE_DEFENSE')].actual").value("none"))
			.andExpect(jsonPath("$.checks[?(@.rule == 'RESIDENCY_CERTIFICATE')].required").value("recorded"))
			.andExpect(jsonPath("$.checks[?(@.rule == 'MEDICAL_LICENSE')].required")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("by semester 5 ("))));
	}

	@Test
	void messagesFollowTheCallersLanguage() throws Exception {
		this.mvc
			.perform(get("/api/v1/students/" + this.student + "/audit?asOf=2024-01-01")
				.with(httpBasic(this.staff, Fixtures.PASSWORD))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligibleToDefend").value(false))
			.andExpect(content().string(containsString("credits earned")));
		audit(this.student, "2024-01-01", this.staff).andExpect(content().string(containsString("学分")));
	}

	@Test
	void supervisorsSeeOnlyTheirStudentsAndStudentsOnlyThemselves() throws Exception {
		String otherStudent = this.fixtures.student(this.fixtures.hospital(), this.fixtures.supervisor(null));
		String mySupervisor = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null);
		String me = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student);

		audit(this.student, "2026-01-01", mySupervisor).andExpect(status().isOk());
		audit(otherStudent, "2026-01-01", mySupervisor).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(otherStudent))));
		audit(this.student, "2026-01-01", me).andExpect(status().isOk());
		audit(otherStudent, "2026-01-01", me).andExpect(status().isNotFound());
		audit(this.student, "2026-01-01", this.fixtures.account(Role.EXPERT)).andExpect(status().isForbidden());
		audit("NO-SUCH-STUDENT", "2026-01-01", this.staff).andExpect(status().isNotFound());
		audit(this.student, "2026-13-45", this.staff).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/students/" + this.student + "/audit")).andExpect(status().isUnauthorized());
	}

	@Test
	void aGradeForAnUnknownStudentOrCourseIsARowError() throws Exception {
		this.mvc
			.perform(post("/api/v1/imports/grades").contentType("text/csv")
				.content(("student_no,course_code,term,attempt,score\n" + this.student + ",NO-COURSE,2023-1,1,80\n"
						+ "NO-STUDENT,NO-COURSE,2023-1,1,\n")
					.getBytes(StandardCharsets.UTF_8))
				.with(httpBasic(this.staff, Fixtures.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 2 && @.column == 'course_code')]", hasSize(1)))
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'student_no')]", hasSize(1)))
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'score')]", hasSize(1)));
	}

	private void load(String dataset, String csv) throws Exception {
		this.mvc
			.perform(post("/api/v1/imports/" + dataset).contentType("text/csv")
				.content(csv.getBytes(StandardCharsets.UTF_8))
				.with(httpBasic(this.staff, Fixtures.PASSWORD)))
			.andExpect(status().isOk());
	}

	private ResultActions audit(String studentNo, String asOf, String username) throws Exception {
		return this.mvc.perform(get("/api/v1/students/" + studentNo + "/audit?asOf=" + asOf)
			.with(httpBasic(username, Fixtures.PASSWORD)));
	}

}
