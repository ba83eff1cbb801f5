package com.clinigrad.theses.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;
import com.clinigrad.students.StudentListFilters;
import com.clinigrad.theses.BlindReviews;
import com.clinigrad.theses.BlindReviews.BoardRow;
import com.clinigrad.theses.BlindReviews.BoardState;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The graduate school's board of blind reviews in progress: who reviews which student's
 * thesis, due and reminded when, declined and overdue ones first; filters, search, sort
 * and export; the reminders sent on request.
 */
@Controller
@PreAuthorize("hasRole('GRAD_SCHOOL')")
class ReviewBoardController {

	private static final String STATE = "state";

	private static final String DUE = "due";

	/** The list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(StudentListFilters.names(STATE))
		.sortable(STATE, DUE, "studentNo", "name", "program", "hospital", "reviewer", "reminded");

	private final BlindReviews reviews;

	private final MessageSource messages;

	ReviewBoardController(BlindReviews reviews, MessageSource messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/reviews/board")
	String board(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<BoardRow> all = this.reviews.board();
		model.addAttribute("list", table(words).view(query.page(rows(all, query, words.english())), query));
		model.addAttribute("filters", filters(query, all, words));
		return "theses/board";
	}

	@GetMapping(path = "/reviews/board", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("review.board"), table(words),
				rows(this.reviews.board(), query, words.english()), words);
	}

	@PostMapping("/reviews/board/remind")
	String remind(RedirectAttributes redirect) {
		Flash.success(redirect, "review.reminded", String.valueOf(this.reviews.remind(SchoolTime.today())));
		return "redirect:/reviews/board";
	}

	/**
	 * @return the reviews the query filters, in its order (declined, then overdue, then
	 * the earliest due, unless sorted otherwise)
	 */
	private static List<BoardRow> rows(List<BoardRow> all, ListQuery query, boolean english) {
		BoardState state = query.choice(STATE, BoardState.class);
		List<BoardRow> matching = StudentListFilters.filter(all, BoardRow::student, query, SchoolTime.today())
			.stream()
			.filter((r) -> state == null || r.state() == state)
			.toList();
		Comparator<BoardRow> byDue = Comparator.comparing(BoardRow::dueOn,
				Comparator.nullsLast(Comparator.naturalOrder()));
		Map<String, Comparator<BoardRow>> order = StudentListFilters.comparators(BoardRow::student, english);
		order.put(STATE, Comparator.comparing(BoardRow::state).thenComparing(byDue));
		order.put(DUE, byDue);
		order.put("reviewer", Comparator.comparing(BoardRow::reviewerStaffNo));
		order.put("reminded",
				Comparator.comparing(BoardRow::remindedOn, Comparator.nullsFirst(Comparator.naturalOrder())));
		return query.sorted(matching, order);
	}

	/**
	 * The board's columns, for the page and the export alike.
	 */
	private static ListTable<BoardRow> table(Words words) {
		boolean english = words.english();
		return new ListTable<BoardRow>()
			.column(words.get("students.column.studentNo"), "studentNo",
					(r) -> Cell.link(r.studentNo(), "/students/" + r.studentNo() + "/thesis"))
			.nowrap()
			.column(words.get("students.column.name"), "name", (r) -> Cell.text(r.studentName()))
			.nowrap()
			.column(words.get("students.column.program"), "program",
					(r) -> Cell.text(r.student().programDisplayName(english)))
			.column(words.get("students.column.hospital"), "hospital",
					(r) -> Cell.text(r.student().hospitalDisplayName(english)))
			.numberColumn(words.get("thesis.roundShort"), null, (r) -> Cell.text(String.valueOf(r.roundNo())))
			.column(words.get("thesis.reviewer"), "reviewer",
					(r) -> Cell.text(words.get("list.supervisorOption", r.reviewerName(), r.reviewerStaffNo())))
			.column(words.get("review.code"), (r) -> Cell.text(r.code()))
			.column(words.get("review.due"), DUE, (r) -> Cell.text(words.date(r.dueOn())))
			.nowrap()
			.column(words.get("review.lastReminder"), "reminded", (r) -> Cell.text(words.date(r.remindedOn())))
			.nowrap()
			.column(words.get("reviewBoard.state"), STATE,
					(r) -> Cell.badge(words.get(r.state().messageKey()), switch (r.state()) {
						case DECLINED -> "text-bg-secondary";
						case OVERDUE -> "text-bg-danger";
						case IN_TIME -> "text-bg-light border";
					}).andSecondary((r.declinedReason() != null) ? r.declinedReason() : null))
			.rowData((r) -> Map.of("student", r.studentNo()));
	}

	private static List<ListFilter> filters(ListQuery query, List<BoardRow> all, Words words) {
		List<ListFilter> filters = new ArrayList<>(
				StudentListFilters.fields(query, all.stream().map(BoardRow::student).toList(), words, false));
		filters.add(ListFilter.choice(query, STATE, words.get("reviewBoard.state"),
				Arrays.stream(BoardState.values())
					.map((s) -> new ListFilter.Option(s.name(), words.get(s.messageKey())))
					.toList()));
		return filters;
	}

}
