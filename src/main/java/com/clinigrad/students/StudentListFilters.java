package com.clinigrad.students;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.Words;

/**
 * The filters every list of students offers — the search by name or number, cohort,
 * program, hospital and supervisor — with the same URL parameters and labels on every
 * list, their choices taken from the rows the caller may see (a hospital office, whose
 * students are all of one hospital, is offered no hospital filter).
 */
public final class StudentListFilters {

	public static final String COHORT = "cohort";

	public static final String PROGRAM = "program";

	public static final String HOSPITAL = "hospital";

	public static final String SUPERVISOR = "supervisor";

	private StudentListFilters() {
	}

	/**
	 * @param others the list's own filter parameters
	 * @return the names of the student filters followed by the others, for
	 * {@link ListQuery#define}
	 */
	public static String[] names(String... others) {
		List<String> names = new ArrayList<>(List.of(COHORT, PROGRAM, HOSPITAL, SUPERVISOR));
		names.addAll(List.of(others));
		return names.toArray(String[]::new);
	}

	/**
	 * @return the filter the query asks for
	 */
	public static StudentFilter of(ListQuery query) {
		return StudentFilter.of(query.search(), query.number(COHORT), query.text(PROGRAM), query.text(HOSPITAL),
				query.text(SUPERVISOR));
	}

	/**
	 * @return the rows that pass the query's student filters, in their order
	 */
	public static <T> List<T> filter(Collection<T> rows, java.util.function.Function<T, StudentRow> student,
			ListQuery query, LocalDate today) {
		StudentFilter filter = of(query);
		return rows.stream().filter((row) -> filter.matches(student.apply(row), today)).toList();
	}

	/**
	 * @return the orders of the student columns every list shows ({@code studentNo},
	 * {@code name}, {@code program}, {@code cohort}, {@code hospital},
	 * {@code supervisor}), by the words the page shows; a list adds its own
	 */
	public static <T> Map<String, Comparator<T>> comparators(java.util.function.Function<T, StudentRow> student,
			boolean english) {
		Collator collator = Collator.getInstance(Locale.CHINA);
		Map<String, Comparator<T>> order = new java.util.HashMap<>();
		order.put("studentNo", Comparator.comparing((T row) -> student.apply(row).studentNo()));
		order.put("name", Comparator.comparing((T row) -> student.apply(row).name(), collator));
		order.put(PROGRAM, Comparator.comparing((T row) -> student.apply(row).programDisplayName(english), collator));
		order.put(COHORT, Comparator.comparingInt((T row) -> student.apply(row).cohortYear()));
		order.put(HOSPITAL, Comparator.comparing((T row) -> student.apply(row).hospitalDisplayName(english), collator));
		order.put(SUPERVISOR, Comparator.comparing((T row) -> student.apply(row).supervisorName(), collator));
		return order;
	}

	/**
	 * @param students the rows the caller may see, before filtering (the choices come
	 * from them)
	 * @param withSupervisor whether to offer the supervisor filter
	 * @return the filter bar's fields
	 */
	public static List<ListFilter> fields(ListQuery query, Collection<StudentRow> students, Words words,
			boolean withSupervisor) {
		boolean english = words.english();
		List<ListFilter> fields = new ArrayList<>();
		fields
			.add(ListFilter.search(query, words.get("students.filter.query"), words.get("students.filter.queryHint")));
		fields.add(ListFilter.choice(query, COHORT, words.get("students.cohort"),
				students.stream()
					.map(StudentRow::cohortYear)
					.distinct()
					.sorted(Comparator.reverseOrder())
					.map((year) -> new ListFilter.Option(String.valueOf(year), words.get("list.cohortOption", year)))
					.toList()));
		fields.add(ListFilter.choice(query, PROGRAM, words.get("students.program"), options(students.stream()
			.collect(Collectors.toMap(StudentRow::programCode, (s) -> s.programDisplayName(english), (a, b) -> a)))));
		List<ListFilter.Option> hospitals = options(students.stream()
			.filter((s) -> s.hospitalCode() != null)
			.collect(Collectors.toMap(StudentRow::hospitalCode, (s) -> s.hospitalDisplayName(english), (a, b) -> a)));
		if (hospitals.size() > 1 || query.text(HOSPITAL) != null) {
			fields.add(ListFilter.choice(query, HOSPITAL, words.get("students.hospital"), hospitals));
		}
		if (withSupervisor) {
			Map<String, String> supervisors = new TreeMap<>();
			for (StudentRow s : students) {
				supervisors.put(s.supervisorStaffNo(),
						words.get("list.supervisorOption", s.supervisorName(), s.supervisorStaffNo()));
			}
			fields.add(ListFilter.choice(query, SUPERVISOR, words.get("students.column.supervisor"),
					options(supervisors)));
		}
		return fields;
	}

	/**
	 * @return the options, by their labels
	 */
	private static List<ListFilter.Option> options(Map<String, String> labels) {
		return labels.entrySet()
			.stream()
			.map((e) -> new ListFilter.Option(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(ListFilter.Option::label, Collator.getInstance(Locale.CHINA)))
			.toList();
	}

}
