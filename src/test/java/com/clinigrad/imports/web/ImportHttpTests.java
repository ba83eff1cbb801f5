package com.clinigrad.imports.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import API over real HTTP, where requests truly run at once and bodies have real
 * lengths: identical imports sent together all succeed with one end state, and a body
 * over the upload limit is turned away with the report's JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportHttpTests {

	static final int PARALLEL = 20;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String authorization;

	HttpClient http;

	ExecutorService executor;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		String staff = this.fixtures.account(Role.GRAD_SCHOOL);
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((staff + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		this.executor = Executors.newFixedThreadPool(PARALLEL);
	}

	@AfterEach
	void tearDown() {
		this.executor.shutdownNow();
	}

	@Test
	void twentyIdenticalStudentImportsSentAtOnceAllSucceedWithOneEndState() throws Exception {
		String hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(hospital);
		List<String> numbers = new ArrayList<>();
		StringBuilder csv = new StringBuilder("student_no,name,degree_type,program_code,cohort_year,discipline_code,"
				+ "admission_type,hospital_code,supervisor_staff_no,status\n");
		for (int i = 0; i < 5; i++) {
			String number = this.fixtures.unique("P");
			numbers.add(number);
			csv.append(number)
				.append(",并发")
				.append(i)
				.append(",PRO_MASTER,PUMC-PRO-MASTER,2024,105101,EXAM,")
				.append(hospital)
				.append(',')
				.append(supervisor)
				.append(i % 2 == 0 ? ",ENROLLED\n" : ",DELAYED\n");
		}
		HttpRequest request = csvRequest("students", csv.toString().getBytes(StandardCharsets.UTF_8));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			answers.add(this.executor.submit(() -> {
				start.await();
				return this.http.send(request, HttpResponse.BodyHandlers.ofString());
			}));
		}
		start.countDown();

		for (Future<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains("\"applied\":5").contains("\"errors\":[]");
		}
		assertThat(this.jdbc.sql("select count(*) from student where student_no in (:nos)")
			.param("nos", numbers)
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(this.jdbc.sql("""
				select count(*) from student_status_change c join student s on s.id = c.student_id
				where s.student_no in (:nos)
				""").param("nos", numbers).query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void aRawBodyOverTheUploadLimitIs413WithTheImportReport() throws Exception {
		byte[] body = badHospitals(31 * 1024 * 1024);

		HttpResponse<String> announced = this.http.send(csvRequest("hospitals", body),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> chunked = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/imports/hospitals"))
				.header("Authorization", this.authorization)
				.header("Content-Type", "text/csv")
				.header("Accept-Language", "en")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
				.build(), HttpResponse.BodyHandlers.ofString());

		for (HttpResponse<String> response : List.of(announced, chunked)) {
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			assertThat(response.body()).contains("\"dataset\":\"hospitals\"")
				.contains("\"applied\":0")
				.contains("\"row\":0")
				.contains("30 MB");
		}
		assertThat(chunked.body()).contains("larger than");
		assertThat(this.jdbc.sql("select count(*) from hospital where code like 'BIG%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aMultipartUploadOverTheLimitGetsTheSameAnswer() throws Exception {
		String boundary = "clinigrad-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"h.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(badHospitals(31 * 1024 * 1024));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/imports/hospitals"))
				.header("Authorization", this.authorization)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		// without Accept-Language, in the API's default language like its other answers
		assertThat(response.body()).contains("\"dataset\":\"hospitals\"")
			.contains("\"applied\":0")
			.contains("文件超过单次请求上限 30 MB");
	}

	/**
	 * @return a hospitals file of at least {@code size} bytes whose rows all lack a name
	 */
	private static byte[] badHospitals(int size) {
		StringBuilder csv = new StringBuilder(size + 64).append("code,name\n");
		for (int i = 0; csv.length() < size; i++) {
			csv.append("BIG").append(i).append(",\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private HttpRequest csvRequest(String dataset, byte[] body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/imports/" + dataset))
			.header("Authorization", this.authorization)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

}
