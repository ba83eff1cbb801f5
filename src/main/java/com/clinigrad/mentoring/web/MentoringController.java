package com.clinigrad.mentoring.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import com.clinigrad.mentoring.MeetingCommand;
import com.clinigrad.mentoring.MentoringViews.PairingRow;
import com.clinigrad.mentoring.PairingState;
import com.clinigrad.mentoring.PeerMentoring;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;

import org.springframework.context.MessageSource;
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
 * Peer mentoring pages: the offices' list of pairings with export, the pairing form and a
 * pairing's page (meetings with every answer); the mentor's "my mentees" and the mentee's
 * "my mentor" on one page for students.
 */
@Controller
class MentoringController {

	private static final String TERM = "term";

	private static final String STATE = "state";

	private static final String MENTOR = "mentor";

	static final ListQuery.Definition LIST = ListQuery.define(TERM, STATE).sortable(TERM, MENTOR);

	private final PeerMentoring mentoring;

	private final MessageSource messages;

	MentoringController(PeerMentoring mentoring, MessageSource messages) {
		this.mentoring = mentoring;
		this.messages = messages;
	}

	@GetMapping("/mentoring")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE')")
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<PairingRow> rows = rows(query);
		model.addAttribute("list", table(words).view(query.page(rows), query));
		model.addAttribute("filters", filters(query, words));
		model.addAttribute("maxMentees", this.mentoring.maxMentees());
		return "mentoring/list";
	}

	@GetMapping(path = "/mentoring", params = ListExport.PARAMETER)
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE')")
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("mentoring.office.title"), table(words),
				rows(query), words);
	}

	@GetMapping("/mentoring/new")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE')")
	String pairForm(Model model) {
		if (!model.containsAttribute("pairForm")) {
			MentoringForms.PairForm form = new MentoringForms.PairForm();
			form.setTerm(this.mentoring.currentTerm());
			model.addAttribute("pairForm", form);
		}
		model.addAttribute("terms", this.mentoring.terms());
		model.addAttribute("maxMentees", this.mentoring.maxMentees());
		return "mentoring/new";
	}

	@PostMapping("/mentoring/new")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE')")
	String pair(@Valid @ModelAttribute("pairForm") MentoringForms.PairForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return pairForm(model);
		}
		long id = this.mentoring.pair(form.getTerm(), form.getMentorNo(), form.mentees());
		Flash.success(redirect, "mentoring.paired");
		return "redirect:/mentoring/" + id;
	}

	@GetMapping("/mentoring/{id}")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE','STUDENT')")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("detail", this.mentoring.detail(id));
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", new MentoringForms.MeetingForm());
		}
		return "mentoring/detail";
	}

	@PostMapping("/mentoring/{id}/mentees")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE')")
	String addMentee(@PathVariable long id, MentoringForms.ChangeForm form, RedirectAttributes redirect) {
		this.mentoring.addMentee(id, form.getVersion(), form.getStudentNo());
		Flash.success(redirect, "mentoring.menteeAdded");
		return "redirect:/mentoring/" + id;
	}

	@PostMapping("/mentoring/{id}/end")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE')")
	String end(@PathVariable long id, MentoringForms.ChangeForm form, RedirectAttributes redirect) {
		this.mentoring.end(id, form.getVersion(), form.getReason(), form.isConfirm());
		Flash.success(redirect, "mentoring.ended");
		return "redirect:/mentoring/" + id;
	}

	@PostMapping("/mentoring/{id}/meetings")
	@PreAuthorize("hasRole('STUDENT')")
	String logMeeting(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MentoringForms.MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return detail(id, model);
		}
		this.mentoring.logMeeting(id, new MeetingCommand(form.getHeldOn(), form.getTopic(), form.getMinutes(),
				form.getPresent(), form.getNotes()));
		Flash.success(redirect, "mentoring.meetingLogged");
		return "redirect:/mentoring/" + id;
	}

	@GetMapping("/mentoring/mine")
	@PreAuthorize("hasRole('STUDENT')")
	String mine(Model model) {
		model.addAttribute("mentored", this.mentoring.mentoredByMe());
		model.addAttribute("mentors", this.mentoring.myMentors());
		if (!model.containsAttribute("feedbackForm")) {
			model.addAttribute("feedbackForm", new MentoringForms.FeedbackForm());
		}
		return "mentoring/mine";
	}

	@PostMapping("/mentoring/meetings/{meetingId}/feedback")
	@PreAuthorize("hasRole('STUDENT')")
	String feedback(@PathVariable long meetingId,
			@Valid @ModelAttribute("feedbackForm") MentoringForms.FeedbackForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return mine(model);
		}
		this.mentoring.giveFeedback(meetingId, form.getScore(), form.getComment());
		Flash.success(redirect, "mentoring.feedbackGiven");
		return "redirect:/mentoring/mine";
	}

	private List<PairingRow> rows(ListQuery query) {
		String term = query.text(TERM);
		PairingState state = query.choice(STATE, PairingState.class);
		String search = (query.search() != null) ? query.search().toLowerCase(Locale.ROOT) : null;
		List<PairingRow> rows = this.mentoring.visiblePairings()
			.stream()
			.filter((p) -> term == null || term.equals(p.termCode()))
			.filter((p) -> state == null || state == p.state())
			.filter((p) -> search == null || matches(p, search))
			.toList();
		return query.sorted(rows, Map.of(TERM, Comparator.comparing(PairingRow::termCode), MENTOR,
				Comparator.comparing((PairingRow p) -> p.mentor().studentNo())));
	}

	private static boolean matches(PairingRow p, String search) {
		if (p.mentor().name().toLowerCase(Locale.ROOT).contains(search)
				|| p.mentor().studentNo().toLowerCase(Locale.ROOT).contains(search)) {
			return true;
		}
		return p.mentees()
			.stream()
			.anyMatch((m) -> m.name().toLowerCase(Locale.ROOT).contains(search)
					|| m.studentNo().toLowerCase(Locale.ROOT).contains(search));
	}

	private static ListTable<PairingRow> table(Words words) {
		return new ListTable<PairingRow>()
			.column(words.get("mentoring.column.term"), TERM, (p) -> Cell.link(p.termCode(), "/mentoring/" + p.id()))
			.nowrap()
			.column(words.get("mentoring.column.mentor"), MENTOR,
					(p) -> Cell.text(p.mentor().name()).andSecondary(p.mentor().studentNo()))
			.column(words.get("mentoring.column.mentees"),
					(p) -> Cell.text(p.menteeNames())
						.andSecondary(words.get("mentoring.menteeCount", p.mentees().size())))
			.column(words.get("mentoring.column.state"),
					(p) -> Cell.badge(words.get(p.state().messageKey()), p.state().badgeClass()))
			.numberColumn(words.get("mentoring.column.meetings"), null, (p) -> Cell.text(String.valueOf(p.meetings())))
			.numberColumn(words.get("mentoring.column.average"), null, (p) -> (p.average() != null)
					? Cell.text(p.average().toPlainString()).andSecondary(words.get("mentoring.answers", p.answers()))
					: Cell.text("—"));
	}

	private List<ListFilter> filters(ListQuery query, Words words) {
		List<ListFilter.Option> terms = this.mentoring.visiblePairings()
			.stream()
			.map(PairingRow::termCode)
			.distinct()
			.sorted(Comparator.reverseOrder())
			.map((t) -> new ListFilter.Option(t, t))
			.toList();
		return List.of(ListFilter.search(query, words.get("mentoring.search"), words.get("mentoring.searchHint")),
				ListFilter.choice(query, TERM, words.get("mentoring.column.term"), terms),
				ListFilter.choice(query, STATE, words.get("mentoring.column.state"),
						Arrays.stream(PairingState.values())
							.map((s) -> new ListFilter.Option(s.name(), words.get(s.messageKey())))
							.toList()));
	}

}
