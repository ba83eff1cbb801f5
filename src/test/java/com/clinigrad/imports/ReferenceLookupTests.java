package com.clinigrad.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.CertificateView;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeBook;
import com.clinigrad.courses.GradeEntry;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.rotations.RotationEntry;
import com.clinigrad.rotations.RotationRecords;
import com.clinigrad.students.StudentEntry;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.theses.MilestoneResult;
import com.clinigrad.theses.MilestoneView;
import com.clinigrad.theses.ReviewEntry;
import com.clinigrad.theses.ReviewVerdict;
import com.clinigrad.theses.ThesisRecords;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/**
 * An import looks each kind of reference up once per file, when it checks the rows, and
 * writes through the owners' upserts with the ids it found: the owners' APIs are
 * recording fakes here, so every lookup is counted, including one made per row.
 */
class ReferenceLookupTests {

	private final StudentRegistry registry = mock(StudentRegistry.class);

	private final Map<String, StudentKey> students = new HashMap<>();

	ReferenceLookupTests() {
		when(this.registry.keysByStudentNo(anyCollection())).thenAnswer((call) -> {
			Map<String, StudentKey> found = new HashMap<>();
			for (Object number : call.getArgument(0, Collection.class)) {
				StudentKey key = this.students.get(number);
				if (key != null) {
					found.put(key.studentNo(), key);
				}
			}
			return found;
		});
	}

	@Test
	void aThousandGradesLookTheirStudentsAndCoursesUpOnceAndAreRecordedById() {
		CourseRecords courses = mock(CourseRecords.class);
		Map<String, Long> courseIds = new LinkedHashMap<>();
		for (int c = 0; c < 10; c++) {
			courseIds.put("C" + c, 500L + c);
		}
		when(courses.idsByCode(anyCollection())).thenAnswer((call) -> only(courseIds, call.getArgument(0)));
		when(courses.importGrades(anyList())).thenAnswer((call) -> call.getArgument(0, List.class).size());
		List<Map<String, String>> rows = new ArrayList<>();
		for (int s = 0; s < 100; s++) {
			String studentNo = student(s);
			for (String course : courseIds.keySet()) {
				rows.add(Map.of("student_no", studentNo, "course_code", course, "term", "2024-1", "attempt", "1",
						"score", "80"));
			}
		}

		ImportReport report = imports(new GradesImporter(courses, mock(GradeBook.class), numbers()))
			.importRows("grades", rows);

		assertThat(report.errors()).isEmpty();
		assertThat(report.applied()).isEqualTo(1000);
		verify(this.registry, times(1)).keysByStudentNo(argThat((numbers) -> numbers.size() == 100));
		verifyNoMoreInteractions(this.registry);
		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<GradeEntry>> written = ArgumentCaptor.forClass(List.class);
		verify(courses, times(1)).idsByCode(argThat((codes) -> codes.size() == 10));
		verify(courses, times(1)).importGrades(written.capture());
		verifyNoMoreInteractions(courses);
		assertThat(written.getValue()).hasSize(1000)
			.contains(
					new GradeEntry(this.students.get(student(42)).id(), 507L, "2024-1", 1, new BigDecimal("80"), null));
	}

	@Test
	void anUnknownCourseIsARowErrorAndNoGradeIsWritten() {
		CourseRecords courses = mock(CourseRecords.class);
		when(courses.idsByCode(anyCollection())).thenAnswer((call) -> only(Map.of("C0", 500L), call.getArgument(0)));
		List<Map<String, String>> rows = new ArrayList<>();
		for (int s = 0; s < 3; s++) {
			rows.add(Map.of("student_no", student(s), "course_code", (s == 1) ? "NOPE" : "C0", "term", "2024-1",
					"attempt", "1", "score", "80"));
		}

		ImportReport report = imports(new GradesImporter(courses, mock(GradeBook.class), numbers()))
			.importRows("grades", rows);

		assertThat(report.applied()).isZero();
		assertThat(report.errors()).singleElement().satisfies((error) -> {
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.column()).isEqualTo("course_code");
		});
		verify(courses, never()).importGrades(any());
	}

	@Test
	void certificatesAskForTheirStudentsOnceAndAreWrittenInOneCall() {
		AchievementRecords achievements = mock(AchievementRecords.class);
		when(achievements.upsertCertificates(anyList())).thenAnswer((call) -> call.getArgument(0, List.class).size());
		List<Map<String, String>> rows = new ArrayList<>();
		for (int s = 0; s < 300; s++) {
			rows.add(Map.of("student_no", student(s), "type", "MEDICAL_LICENSE", "obtained_on", "2026-08-15"));
		}

		ImportReport report = imports(new CertificatesImporter(achievements, numbers())).importRows("certificates",
				rows);

		assertThat(report.errors()).isEmpty();
		assertThat(report.applied()).isEqualTo(300);
		verify(this.registry, times(1)).keysByStudentNo(anyCollection());
		verifyNoMoreInteractions(this.registry);
		verify(achievements, times(1)).upsertCertificates(argThat((certificates) -> certificates.size() == 300
				&& certificates.contains(Map.entry(this.students.get(student(299)).id(),
						new CertificateView("MEDICAL_LICENSE", LocalDate.of(2026, 8, 15))))));
		verifyNoMoreInteractions(achievements);
	}

	@Test
	void reviewsAskForTheirStudentsAndReviewersOnce() {
		SupervisorDirectory supervisors = mock(SupervisorDirectory.class);
		SupervisorRef reviewer = new SupervisorRef(77, "S0102", "评阅人", TitleLevel.FULL_SENIOR, true, true, null, null,
				false, null, null, null, 0);
		when(supervisors.byStaffNos(anyCollection())).thenReturn(Map.of("S0102", reviewer));
		ThesisRecords theses = mock(ThesisRecords.class);
		when(theses.upsertReviews(anyList())).thenAnswer((call) -> call.getArgument(0, List.class).size());
		List<Map<String, String>> rows = new ArrayList<>();
		for (int s = 0; s < 250; s++) {
			rows.add(Map.of("student_no", student(s), "reviewer_staff_no", "S0102", "verdict", "AGREE"));
		}

		ImportReport report = imports(new ReviewsImporter(theses, supervisors, numbers())).importRows("reviews", rows);

		assertThat(report.errors()).isEmpty();
		verify(this.registry, times(1)).keysByStudentNo(anyCollection());
		verify(supervisors, times(1)).byStaffNos(anyCollection());
		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<ReviewEntry>> written = ArgumentCaptor.forClass(List.class);
		verify(theses, times(1)).upsertReviews(written.capture());
		verifyNoMoreInteractions(theses);
		assertThat(written.getValue()).hasSize(250)
			.contains(new ReviewEntry(this.students.get(student(249)).id(), 77L, ReviewVerdict.AGREE));
	}

	@Test
	void rotationsAskForTheirStudentsAndDepartmentsOnce() {
		Organization organization = mock(Organization.class);
		when(organization.allDepartments())
			.thenReturn(List.of(new DepartmentView(31, 3, "H01", "CARD", "心内科", null, null, 40, null, 10, 0)));
		when(organization.hospitals()).thenReturn(List.of(new HospitalRef(3, "H01", "医院一", "Hospital 1")));
		RotationRecords rotations = mock(RotationRecords.class);
		when(rotations.upsertAll(anyList())).thenAnswer((call) -> call.getArgument(0, List.class).size());
		List<Map<String, String>> rows = new ArrayList<>();
		for (int s = 0; s < 250; s++) {
			rows.add(Map.of("student_no", student(s), "department_code", "CARD", "start_date", "2024-09-01", "end_date",
					"2024-11-30"));
		}

		ImportReport report = imports(new RotationsImporter(rotations, organization, numbers())).importRows("rotations",
				rows);

		assertThat(report.errors()).isEmpty();
		verify(this.registry, times(1)).keysByStudentNo(anyCollection());
		verify(organization, times(1)).allDepartments();
		verify(organization, times(1)).hospitals();
		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<RotationEntry>> written = ArgumentCaptor.forClass(List.class);
		verify(rotations, times(1)).upsertAll(written.capture());
		verifyNoMoreInteractions(rotations);
		assertThat(written.getValue()).hasSize(250)
			.contains(new RotationEntry(this.students.get(student(0)).id(), 31, LocalDate.of(2024, 9, 1),
					LocalDate.of(2024, 11, 30), false, null, null));
	}

	@Test
	void aThousandStudentsLookTheirReferencesUpOnceAndAreWrittenByIdInOneCall() {
		StudentRegistry registry = mock(StudentRegistry.class);
		when(registry.importStudents(anyList())).thenAnswer((call) -> call.getArgument(0, List.class).size());
		SupervisorDirectory supervisors = mock(SupervisorDirectory.class);
		Map<String, SupervisorRef> known = new HashMap<>();
		for (int s = 0; s < 20; s++) {
			String staffNo = "S%04d".formatted(s);
			known.put(staffNo, new SupervisorRef(900 + s, staffNo, "导师", TitleLevel.FULL_SENIOR, true, true, null, null,
					false, null, null, null, 0));
		}
		when(supervisors.idsByStaffNos(anyCollection())).thenAnswer((call) -> {
			Map<String, Long> found = new HashMap<>();
			for (Object staffNo : call.getArgument(0, Collection.class)) {
				if (known.containsKey(staffNo)) {
					found.put((String) staffNo, known.get(staffNo).id());
				}
			}
			return found;
		});
		Organization organization = organization();
		List<Map<String, String>> rows = new ArrayList<>();
		for (int s = 0; s < 1000; s++) {
			rows.add(studentRow(s, "H0" + (s % 2 + 1), "S%04d".formatted(s % 20),
					(s % 3 == 0) ? "S%04d".formatted((s + 1) % 20) : ""));
		}

		ImportReport report = imports(new StudentsImporter(registry, supervisors, organization)).importRows("students",
				rows);

		assertThat(report.errors()).isEmpty();
		assertThat(report.applied()).isEqualTo(1000);
		verify(supervisors, times(1)).idsByStaffNos(argThat((staffNos) -> staffNos.size() == 20));
		verify(organization, times(1)).programs();
		verify(organization, times(1)).secondLevelDisciplines();
		verify(organization, times(1)).hospitals();
		verifyNoMoreInteractions(supervisors, organization);
		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<StudentEntry>> written = ArgumentCaptor.forClass(List.class);
		verify(registry, times(1)).importStudents(written.capture());
		verifyNoMoreInteractions(registry);
		assertThat(written.getValue()).hasSize(1000);
		StudentEntry third = written.getValue().get(3);
		assertThat(third.command().studentNo()).isEqualTo("M20240003");
		assertThat(third.hospitalId()).isEqualTo(2L);
		assertThat(third.supervisorId()).isEqualTo(903L);
		assertThat(third.coSupervisorId()).isEqualTo(904L);
		assertThat(third.status()).isEqualTo(StudentStatus.ENROLLED);
		assertThat(written.getValue().get(1).coSupervisorId()).isNull();
	}

	@Test
	void aStudentsFileWithAnUnknownHospitalOrSupervisorGetsTheSameRowErrorsAndWritesNothing() {
		StudentRegistry registry = mock(StudentRegistry.class);
		SupervisorDirectory supervisors = mock(SupervisorDirectory.class);
		when(supervisors.idsByStaffNos(anyCollection())).thenReturn(Map.of("S0001", 901L));
		List<Map<String, String>> rows = new ArrayList<>();
		for (int s = 0; s < 500; s++) {
			rows.add(studentRow(s, "H01", "S0001", ""));
		}
		rows.set(2, studentRow(2, "NOPE", "S0001", ""));
		rows.set(498, studentRow(498, "H01", "S0001", "S0001"));
		rows.set(499, studentRow(499, "H01", "S9999", ""));

		ImportReport report = imports(new StudentsImporter(registry, supervisors, organization()))
			.importRows("students", rows);

		assertThat(report.applied()).isZero();
		assertThat(report.errors()).extracting(ImportError::row, ImportError::column, ImportError::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, "hospital_code", "imports.error.unknownHospital"),
					org.assertj.core.groups.Tuple.tuple(500, "co_supervisor_staff_no",
							"imports.error.coSupervisorSame"),
					org.assertj.core.groups.Tuple.tuple(501, "supervisor_staff_no", "imports.error.unknownSupervisor"));
		verify(registry, never()).importStudents(any());
	}

	@Test
	void supervisorsLookTheirHospitalsUpOnceAndAreWrittenInOneCall() {
		SupervisorDirectory supervisors = mock(SupervisorDirectory.class);
		when(supervisors.importSupervisors(anyList(), any()))
			.thenAnswer((call) -> call.getArgument(0, List.class).size());
		Organization organization = organization();
		List<Map<String, String>> rows = new ArrayList<>();
		for (int s = 0; s < 300; s++) {
			rows.add(Map.of("staff_no", "S%04d".formatted(s), "name", "导师", "title_level", "FULL_SENIOR",
					"doctoral_supervisor", "true", "master_supervisor", "true", "hospital_code", "H0" + (s % 2 + 1)));
		}

		ImportReport report = imports(new SupervisorsImporter(supervisors, organization)).importRows("supervisors",
				rows);

		assertThat(report.errors()).isEmpty();
		verify(organization, times(1)).hospitals();
		verify(supervisors, times(1)).importSupervisors(argThat((commands) -> commands.size() == 300),
				eq(Map.of("H01", 1L, "H02", 2L)));
		verifyNoMoreInteractions(supervisors);
	}

	@Test
	void milestonesAskForTheirStudentsOnceAndAreWrittenInOneCall() {
		ThesisRecords theses = mock(ThesisRecords.class);
		when(theses.upsertMilestones(anyList())).thenAnswer((call) -> call.getArgument(0, List.class).size());
		List<Map<String, String>> rows = new ArrayList<>();
		for (int s = 0; s < 300; s++) {
			rows.add(Map.of("student_no", student(s), "type", "PROPOSAL", "held_on", "2025-03-20", "result", "PASS"));
		}

		ImportReport report = imports(new MilestonesImporter(theses, numbers())).importRows("milestones", rows);

		assertThat(report.errors()).isEmpty();
		verify(this.registry, times(1)).keysByStudentNo(anyCollection());
		verify(theses, times(1)).upsertMilestones(argThat((milestones) -> milestones.size() == 300
				&& milestones.contains(Map.entry(this.students.get(student(7)).id(),
						new MilestoneView("PROPOSAL", LocalDate.of(2025, 3, 20), MilestoneResult.PASS)))));
		verifyNoMoreInteractions(theses);
	}

	private static Map<String, String> studentRow(int index, String hospital, String supervisor, String co) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("student_no", "M2024%04d".formatted(index));
		row.put("name", "学生" + index);
		row.put("degree_type", "PRO_MASTER");
		row.put("program_code", "PUMC-PRO-MASTER");
		row.put("cohort_year", "2024");
		row.put("discipline_code", "105101");
		row.put("admission_type", "EXAM");
		row.put("hospital_code", hospital);
		row.put("supervisor_staff_no", supervisor);
		row.put("co_supervisor_staff_no", co);
		return row;
	}

	private static Organization organization() {
		Organization organization = mock(Organization.class);
		when(organization.programs()).thenReturn(List
			.of(new ProgramRef("PUMC-PRO-MASTER", "专硕", "Pro master", "PRO_MASTER", "PUMC", "PUMC", "1051", 3)));
		when(organization.secondLevelDisciplines())
			.thenReturn(List.of(new DisciplineRef("105101", "内科学", "Internal medicine", 2, "1051")));
		when(organization.hospitals()).thenReturn(List.of(new HospitalRef(1, "H01", "医院一", "Hospital 1"),
				new HospitalRef(2, "H02", "医院二", "Hospital 2")));
		return organization;
	}

	private String student(int index) {
		String studentNo = "M2024%04d".formatted(index);
		this.students.computeIfAbsent(studentNo,
				(no) -> new StudentKey(10_000 + index, no, "PUMC-PRO-MASTER", 2024, "105101", "H01"));
		return studentNo;
	}

	private StudentNumbers numbers() {
		return new StudentNumbers(this.registry);
	}

	private static Map<String, Long> only(Map<String, Long> ids, Collection<String> codes) {
		Map<String, Long> found = new HashMap<>();
		for (String code : codes) {
			if (ids.containsKey(code)) {
				found.put(code, ids.get(code));
			}
		}
		return found;
	}

	/**
	 * The import service around one importer, with no database: the advisory lock and the
	 * transaction do nothing.
	 */
	private static ImportService imports(DatasetImporter<?, ?> importer) {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		ImportService service = new ImportService(List.of(importer), mock(CurrentUsers.class), messages,
				new NoTransactions(), mock(JdbcClient.class, RETURNS_DEEP_STUBS));
		ReflectionTestUtils.setField(service, "entityManager", mock(EntityManager.class));
		return service;
	}

	private static final class NoTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
