package com.clinigrad.rotations.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.rotations.AssessmentKind;
import com.clinigrad.rotations.AssessmentView;
import com.clinigrad.rotations.Competency;
import com.clinigrad.rotations.ExamResult;
import com.clinigrad.rotations.RotationAssessments;
import com.clinigrad.rotations.RotationBoard;
import com.clinigrad.rotations.RotationBoard.RosterEntry;
import com.clinigrad.rotations.RotationPlans;
import com.clinigrad.rotations.RotationState;
import com.clinigrad.rotations.ScheduledRotation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.Words;
import com.clinigrad.students.StudentListFilters;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department coordinator's roster of trainees, and the assessment form of a rotation
 * with the trainee's plan progress, for the coordinator of its department and the office
 * of its hospital (the services refuse the others).
 */
@Controller
@PreAuthorize("hasAnyRole('DEPT_COORDINATOR', 'HOSPITAL_OFFICE')")
class DepartmentRotationController {

	private static final String PERIOD = "period";

	private static final String EXAM = "exam";

	private static final String START = RotationCells.START;

	private static final String END = RotationCells.END;

	/** The roster's filters and sort columns (the first the default). */
	static final ListQuery.Definition ROSTER = ListQuery.define(StudentListFilters.names(PERIOD, EXAM))
		.sortable(RotationCells.sortColumns(END));

	private final RotationBoard board;

	private final RotationAssessments assessments;

	private final MessageSource messages;

	private final RotationPlans plans;

	DepartmentRotationController(RotationBoard board, RotationAssessments assessments, MessageSource messages,
			RotationPlans plans) {
		this.plans = plans;
		this.board = board;
		this.assessments = assessments;
		this.messages = messages;
	}

	@GetMapping("/rotations/department")
	@PreAuthorize("hasRole('DEPT_COORDINATOR')")
	String department(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = ROSTER.read(params);
		Words words = new Words(this.messages, locale);
		LocalDate today = SchoolTime.today();
		List<RosterEntry> all = this.board.departmentRoster(today);
		Period period = period(query);
		model.addAttribute("department", this.board.coordinatedDepartment().orElse(null));
		model.addAttribute("list",
				table(words, today).view(query.page(rows(all, query, period, words.english(), today)), query));
		model.addAttribute("filters", filters(query, all, period, words));
		model.addAttribute("today", today);
		return "rotations/department";
	}

	@GetMapping(path = "/rotations/department", params = ListExport.PARAMETER)
	@PreAuthorize("hasRole('DEPT_COORDINATOR')")
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = ROSTER.read(params);
		Words words = new Words(this.messages, locale);
		LocalDate today = SchoolTime.today();
		List<RosterEntry> all = this.board.departmentRoster(today);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("rotation.department.title"),
				table(words, today), rows(all, query, period(query), words.english(), today), words);
	}

	@GetMapping("/rotations/{id}/assess")
	String form(@PathVariable long id, Model model) {
		AssessmentForm form = new AssessmentForm();
		form.setAssessedOn(SchoolTime.today());
		this.assessments.onlineTheoryScore(id).ifPresent((online) -> form.setTheoryScore(online.score()));
		return form(id, SubmittedForm.in(model).restore(form), model);
	}

	@PostMapping("/rotations/{id}/assess")
	String record(@PathVariable long id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			this.assessments.record(id, form.getVersion(), form.toCommand());
			Flash.success(redirect, "assessment.saved");
			return "redirect:/rotations/" + id + "/assess";
		}
		response.setStatus(422);
		return form(id, form, model);
	}

	@PostMapping("/rotations/{id}/exam-correction")
	String correct(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
			@RequestParam(required = false) BigDecimal theoryScore,
			@RequestParam(required = false) BigDecimal skillsScore, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		this.assessments.correctExam(id, version, assessedOn, theoryScore, skillsScore, reason, confirm);
		Flash.success(redirect, "assessment.correction.saved");
		return "redirect:/rotations/" + id + "/assess";
	}

	@PostMapping("/rotations/{id}/assessments/{assessmentId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long assessmentId,
			@RequestParam(required = false) String withdrawReason,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		this.assessments.withdraw(id, assessmentId, withdrawReason, confirm);
		Flash.success(redirect, "assessment.withdraw.saved");
		return "redirect:/rotations/" + id + "/assess";
	}

	private String form(long id, AssessmentForm form, Model model) {
		RotationBoard.DepartmentTrainee trainee = this.assessments.trainee(id);
		model.addAttribute("trainee", trainee);
		// the coordinator goes back to the department's roster, the office to the student
		model.addAttribute("fromRoster",
				this.board.coordinatedDepartment()
					.filter((d) -> d.id() == trainee.rotation().departmentId())
					.isPresent());
		model.addAttribute("examOpens", RotationAssessments.examOpens(trainee.rotation()));
		model.addAttribute("examDays", RotationAssessments.EXIT_EXAM_DAYS);
		List<AssessmentView> history = this.assessments.ofRotation(id);
		model.addAttribute("history", history);
		// the sitting a correction changes: the retake if there is one, else the first;
		// an
		// imported result has none, and the correction records it
		int attempt = (trainee.rotation().retakeResult() != null) ? 2 : 1;
		model.addAttribute("correctable", trainee.rotation().examResult() != null);
		model.addAttribute("correctedAttempt", attempt);
		model.addAttribute("latestExam",
				history.stream()
					.filter((a) -> a.kind() == AssessmentKind.EXIT_EXAM && a.attempt() == attempt)
					.findFirst()
					.orElse(null));
		model.addAttribute("corrections", this.assessments.corrections(id));
		model.addAttribute("withdrawn", this.assessments.withdrawn(id));
		model.addAttribute("withdrawable", RotationAssessments.WITHDRAWABLE);
		model.addAttribute("onlineTheory", this.assessments.onlineTheoryScore(id).orElse(null));
		model.addAttribute("plan", this.plans.planOfTrainee(id));
		model.addAttribute("kinds", new AssessmentKind[] { AssessmentKind.EXIT_EXAM, AssessmentKind.MINI_CEX,
				AssessmentKind.DOPS, AssessmentKind.MEDICAL_RECORD });
		model.addAttribute("competencies", Competency.values());
		model.addAttribute("form", form);
		model.addAttribute("today", SchoolTime.today());
		return "rotations/assess";
	}

	private static Period period(ListQuery query) {
		Period period = query.choice(PERIOD, Period.class);
		return (period != null) ? period : Period.RECENT;
	}

	/**
	 * @return the rotations the query filters, in its order
	 */
	private static List<RosterEntry> rows(List<RosterEntry> all, ListQuery query, Period period, boolean english,
			LocalDate today) {
		ExamFilter exam = query.choice(EXAM, ExamFilter.class);
		List<RosterEntry> matching = StudentListFilters.filter(all, RosterEntry::student, query, today)
			.stream()
			.filter((e) -> period.includes(e.rotation(), today))
			.filter((e) -> exam == null || exam.includes(e.rotation(), today))
			.toList();
		return query.sorted(matching, RotationCells.order(english));
	}

	/**
	 * The roster's columns, for the page and the export alike.
	 */
	private static ListTable<RosterEntry> table(Words words, LocalDate today) {
		return RotationCells.trainees(words, (e) -> Cell.text(e.student().studentNo()))
			.column(words.get("rotation.stateLabel"), (e) -> RotationCells.state(e.rotation(), words, today))
			.column(words.get("rotation.exam"),
					(e) -> result(e.rotation().examResult(), e.rotation().examComment(), words))
			.column(words.get("rotation.retake"),
					(e) -> result(e.rotation().retakeResult(), e.rotation().retakeComment(), words))
			.column(words.get("rotation.department.action"), (e) -> action(e.rotation(), words, today))
			.nowrap()
			.rowData((e) -> Map.of("rotation", String.valueOf(e.rotation().id())));
	}

	private static Cell result(ExamResult result, String comment, Words words) {
		Cell cell = Cell.text((result != null) ? words.get(result.messageKey()) : "—");
		return (comment != null) ? cell.andLine(words.get("rotation.examComment", comment)) : cell;
	}

	/**
	 * @return the link to the rotation's assessments, once it has started
	 */
	private static Cell action(ScheduledRotation rotation, Words words, LocalDate today) {
		if (!rotation.started(today)) {
			return Cell.empty();
		}
		return Cell.link(words
			.get(ExamFilter.PENDING.includes(rotation, today) ? "assessment.record" : "rotation.department.open"),
				"/rotations/" + rotation.id() + "/assess");
	}

	private static List<ListFilter> filters(ListQuery query, List<RosterEntry> all, Period period, Words words) {
		List<ListFilter> filters = new ArrayList<>(
				StudentListFilters.fields(query, all.stream().map(RosterEntry::student).toList(), words, false));
		filters.add(ListFilter.setting(PERIOD, words.get("rotation.department.period"),
				Arrays.stream(Period.values())
					.map((p) -> new ListFilter.Option(p.name(), words.get("rotation.department.period." + p.name())))
					.toList(),
				period.name()));
		filters.add(ListFilter.choice(query, EXAM, words.get("rotation.department.examFilter"),
				Arrays.stream(ExamFilter.values())
					.map((f) -> new ListFilter.Option(f.name(), words.get("rotation.department.exam." + f.name())))
					.toList()));
		return filters;
	}

	/**
	 * Which rotations of the roster the page shows, by their dates.
	 */
	enum Period {

		/** From two months ago to a month ahead: those whose exit exam is due or near. */
		RECENT,

		/** In the department today. */
		CURRENT,

		/** Not yet started. */
		UPCOMING,

		/** Ended (within the roster's months). */
		ENDED,

		/** The whole roster. */
		ALL;

		boolean includes(ScheduledRotation rotation, LocalDate today) {
			return switch (this) {
				case RECENT -> RotationBoard.recent(rotation, today);
				case CURRENT -> rotation.state(today) == RotationState.CURRENT;
				case UPCOMING -> rotation.state(today) == RotationState.PLANNED;
				case ENDED -> rotation.state(today) == RotationState.DONE;
				case ALL -> true;
			};
		}

	}

	/**
	 * Which rotations of the roster the page shows, by their exit exam.
	 */
	enum ExamFilter {

		/** Its exam window has opened and it is not settled (overdue ones included). */
		PENDING,

		/** Ended without its exam settled. */
		OVERDUE,

		/** The exam or its retake passed. */
		PASSED,

		/** The exam and its retake failed. */
		FAILED;

		boolean includes(ScheduledRotation rotation, LocalDate today) {
			return switch (this) {
				case PENDING -> RotationCells.examOpen(rotation, today);
				case OVERDUE -> rotation.awaitingExam(today);
				case PASSED -> rotation.passed();
				case FAILED -> rotation.retakeFailed();
			};
		}

	}

}
