package com.clinigrad.eligibility;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.clinigrad.ClinigradApplication;
import com.clinigrad.courses.GradesRecorded;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event stored with a committed change but never delivered (the process died right
 * after the commit) is delivered when the application starts again: the warning appears
 * after the restart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventRestartTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anEventCommittedBeforeTheProcessDiedIsDeliveredAfterTheRestart() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		String course = fixtures.unique("RC");
		long studentId = this.jdbc.sql("select id from student where student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single();
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(30));
		GradesRecorded event = new GradesRecorded(Set.of(studentId));
		PublicationTargetIdentifier listener = PublicationTargetIdentifier.of(listenerId());
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("insert into course (code, name, category, credits) values (:c, '必修课', 'DEGREE_REQUIRED', 2)")
				.param("c", course)
				.update();
			this.jdbc.sql("""
					insert into grade (student_id, course_id, term, attempt, score, recorded_by)
					select :s, c.id, '2024-1', 1, 30, 'test' from course c where c.code = :c
					""").param("s", studentId).param("c", course).update();
			// what publishing stores with the change; the process "dies" before
			// delivering it
			this.registry.store(event, Stream.of(listener));
		});
		assertThat(openTriggers(student)).doesNotContain("ONE_FAILED_COURSE");
		assertThat(this.registry.findIncompletePublications())
			.anySatisfy((publication) -> assertThat(publication.getEvent()).isEqualTo(event));

		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ClinigradApplication.class).run(
				"--server.port=0", "--clinigrad.cases.nightly=false", "--clinigrad.reviews.reminders=false",
				"--clinigrad.demo.enabled=false")) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(openTriggers(student)).contains("ONE_FAILED_COURSE"));
		}
		assertThat(this.registry.findIncompletePublications())
			.noneSatisfy((publication) -> assertThat(publication.getEvent()).isEqualTo(event));
	}

	/**
	 * The identifier Spring gives the listener method: its qualified name and parameter
	 * types.
	 */
	private static String listenerId() throws NoSuchMethodException {
		java.lang.reflect.Method method = RecordChanges.class.getDeclaredMethod("on", GradesRecorded.class);
		return RecordChanges.class.getName() + "." + method.getName()
				+ Arrays.stream(method.getParameterTypes())
					.map(Class::getName)
					.collect(Collectors.joining(",", "(", ")"));
	}

	private List<String> openTriggers(String studentNo) {
		return this.jdbc.sql("""
				select c.trigger_code from diversion_case c join student s on s.id = c.student_id
				where s.student_no = :no and c.status in ('OPEN', 'CHOSEN')
				""").param("no", studentNo).query(String.class).list();
	}

}
