package com.clinigrad.teaching.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.organization.HospitalRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;
import com.clinigrad.teaching.TeacherWorkload;
import com.clinigrad.teaching.WorkloadActivity;
import com.clinigrad.teaching.WorkloadRow;
import com.clinigrad.teaching.WorkloadWeights;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Teacher workload: the table of a year per hospital with its totals and export, one
 * person's year explained down to the records, and the weights with their history.
 */
@Controller
class WorkloadController {

	static final String YEAR = "year";

	static final String HOSPITAL = "hospital";

	static final ListQuery.Definition LIST = ListQuery.define(YEAR, HOSPITAL)
		.sortable("total", "staffNo", "name", "hospital", "HOURS_TAUGHT", "STUDENTS_SUPERVISED", "BLIND_REVIEWS",
				"PANELS", "SCRIPTS_MARKED", "OSCE_STATIONS")
		.descendingByDefault();

	private final TeacherWorkload workload;

	private final WorkloadWeights weights;

	private final MessageSource messages;

	WorkloadController(TeacherWorkload workload, WorkloadWeights weights, MessageSource messages) {
		this.workload = workload;
		this.weights = weights;
		this.messages = messages;
	}

	@GetMapping("/teaching/workload")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE', 'SUPERVISOR', 'EXPERT', 'DEPT_COORDINATOR')")
	String table(@RequestParam Map<String, String> params, Locale locale, Model model) {
		if (!this.workload.mayListAll()) {
			String own = this.workload.callerStaffNo();
			if (own == null) {
				throw new org.springframework.security.access.AccessDeniedException("No teaching record");
			}
			return "redirect:/teaching/workload/" + own;
		}
		ListQuery query = LIST.read(params);
		int year = year(query);
		Words words = new Words(this.messages, locale);
		Map<Long, HospitalRef> hospitals = this.workload.hospitalsById();
		List<WorkloadRow> rows = rows(this.workload.table(year, query.text(HOSPITAL)), query, hospitals,
				words.english());
		model.addAttribute("list", table(words, hospitals, year).view(query.page(rows), query));
		model.addAttribute("filters", filters(query, year, words, this.workload.hospitals()));
		model.addAttribute("year", year);
		model.addAttribute("totals", totals(rows));
		model.addAttribute("totalPoints", totalPoints(rows));
		model.addAttribute("activities", WorkloadActivity.values());
		model.addAttribute("people", rows.size());
		return "teaching/workload";
	}

	@GetMapping(path = "/teaching/workload", params = ListExport.PARAMETER)
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		int year = year(query);
		Words words = new Words(this.messages, locale);
		Map<Long, HospitalRef> hospitals = this.workload.hospitalsById();
		List<WorkloadRow> rows = new ArrayList<>(
				rows(this.workload.table(year, query.text(HOSPITAL)), query, hospitals, words.english()));
		rows.add(new WorkloadRow(null, totals(rows), totalPoints(rows)));
		return ListExport.answer(params.get(ListExport.PARAMETER),
				words.get("workload.title.year", String.valueOf(year)), table(words, hospitals, year), rows, words);
	}

	@GetMapping("/teaching/workload/{staffNo}")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE', 'SUPERVISOR', 'EXPERT', 'DEPT_COORDINATOR')")
	String person(@PathVariable String staffNo, @RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null) ? year : TeacherWorkload.currentYear();
		model.addAttribute("detail", this.workload.person(staffNo, shown));
		model.addAttribute("years", years());
		model.addAttribute("year", shown);
		model.addAttribute("mayListAll", this.workload.mayListAll());
		return "teaching/workload-person";
	}

	@GetMapping("/teaching/workload/weights")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String weights(@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null) ? year : TeacherWorkload.currentYear();
		model.addAttribute("year", shown);
		model.addAttribute("years", years());
		model.addAttribute("inForce", this.weights.inForce(shown));
		model.addAttribute("history", this.weights.history());
		model.addAttribute("activities", WorkloadActivity.values());
		return "teaching/weights";
	}

	@PostMapping("/teaching/workload/weights")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String changeWeight(@RequestParam(required = false) WorkloadActivity activity,
			@RequestParam(defaultValue = "0") int fromYear, @RequestParam(required = false) String weight,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "0") long basedOn,
			RedirectAttributes redirect) {
		BigDecimal value;
		try {
			value = (weight == null || weight.isBlank()) ? null : new BigDecimal(weight.strip());
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleException("workload.error.weight");
		}
		this.weights.change(activity, fromYear, value, reason, basedOn);
		Flash.success(redirect, "workload.weight.saved");
		return "redirect:/teaching/workload/weights?year=" + fromYear;
	}

	private static int year(ListQuery query) {
		Integer year = query.number(YEAR);
		return (year != null && year >= 2000 && year <= 2100) ? year : TeacherWorkload.currentYear();
	}

	private static List<Integer> years() {
		int now = TeacherWorkload.currentYear();
		List<Integer> years = new ArrayList<>();
		for (int y = now + 1; y >= now - 5; y--) {
			years.add(y);
		}
		return years;
	}

	private static List<WorkloadRow> rows(List<WorkloadRow> all, ListQuery query, Map<Long, HospitalRef> hospitals,
			boolean english) {
		String search = query.search();
		String like = (search == null) ? null : search.toLowerCase(Locale.ROOT);
		List<WorkloadRow> matching = all.stream()
			.filter((r) -> like == null || r.person().staffNo().toLowerCase(Locale.ROOT).contains(like)
					|| r.person().name().toLowerCase(Locale.ROOT).contains(like))
			.toList();
		Map<String, Comparator<WorkloadRow>> order = new java.util.HashMap<>();
		order.put("total", Comparator.comparing(WorkloadRow::total));
		order.put("staffNo", Comparator.comparing((WorkloadRow r) -> r.person().staffNo()));
		order.put("name", Comparator.comparing((WorkloadRow r) -> r.person().name()));
		order.put("hospital", Comparator.comparing((WorkloadRow r) -> hospital(r, hospitals, english)));
		for (WorkloadActivity activity : WorkloadActivity.values()) {
			order.put(activity.name(), Comparator.comparing((WorkloadRow r) -> r.quantity(activity)));
		}
		return query.sorted(matching, order);
	}

	private static String hospital(WorkloadRow row, Map<Long, HospitalRef> hospitals, boolean english) {
		HospitalRef hospital = (row.person().hospitalId() != null) ? hospitals.get(row.person().hospitalId()) : null;
		return (hospital != null) ? hospital.displayName(english) : "";
	}

	/**
	 * The columns of the table and its export; a row without a person is the totals row.
	 */
	private static ListTable<WorkloadRow> table(Words words, Map<Long, HospitalRef> hospitals, int year) {
		boolean english = words.english();
		ListTable<WorkloadRow> table = new ListTable<WorkloadRow>()
			.column(words.get("workload.column.staffNo"), "staffNo",
					(r) -> (r.person() == null) ? Cell.text(words.get("workload.totals"))
							: Cell.link(r.person().staffNo(),
									"/teaching/workload/" + r.person().staffNo() + "?year=" + year))
			.nowrap()
			.column(words.get("workload.column.name"), "name",
					(r) -> (r.person() == null) ? Cell.empty() : Cell.text(r.person().name()))
			.nowrap()
			.column(words.get("workload.column.hospital"), "hospital",
					(r) -> (r.person() == null) ? Cell.empty() : Cell.text(hospital(r, hospitals, english)));
		for (WorkloadActivity activity : WorkloadActivity.values()) {
			table = table.numberColumn(words.get(activity.messageKey()), activity.name(),
					(r) -> Cell.text(number(r.quantity(activity))));
		}
		return table
			.numberColumn(words.get("workload.column.total"), "total",
					(r) -> Cell.text(r.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()))
			.rowData((r) -> (r.person() == null) ? Map.of("total", "true") : Map.of("staff", r.person().staffNo()));
	}

	static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static List<ListFilter> filters(ListQuery query, int year, Words words, List<HospitalRef> hospitals) {
		List<ListFilter> filters = new ArrayList<>();
		filters.add(ListFilter.setting(YEAR, words.get("workload.filter.year"),
				years().stream().map((y) -> new ListFilter.Option(String.valueOf(y), String.valueOf(y))).toList(),
				String.valueOf(year)));
		if (hospitals.size() > 1) {
			filters.add(ListFilter.choice(query, HOSPITAL, words.get("workload.column.hospital"),
					hospitals.stream()
						.map((h) -> new ListFilter.Option(h.code(), h.displayName(words.english())))
						.toList()));
		}
		filters.add(ListFilter.search(query, words.get("workload.filter.search"), words.get("workload.filter.hint")));
		return filters;
	}

	private static Map<WorkloadActivity, BigDecimal> totals(List<WorkloadRow> rows) {
		Map<WorkloadActivity, BigDecimal> totals = new EnumMap<>(WorkloadActivity.class);
		for (WorkloadActivity activity : WorkloadActivity.values()) {
			totals.put(activity,
					rows.stream().map((r) -> r.quantity(activity)).reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		return totals;
	}

	private static BigDecimal totalPoints(List<WorkloadRow> rows) {
		return rows.stream().map(WorkloadRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
