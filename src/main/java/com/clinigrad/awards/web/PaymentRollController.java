package com.clinigrad.awards.web;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.awards.AwardRounds;
import com.clinigrad.awards.HardshipRoll;
import com.clinigrad.awards.PaymentRolls;
import com.clinigrad.awards.RollView;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.Words;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
 * The payment rolls for finance (the monthly stipend roll of a scheme, the one-off roll
 * of a final list) on the shared list pattern, whose xlsx export is the file finance pays
 * from; and a student's funding history with their bank account.
 */
@Controller
class PaymentRollController {

	static final ListQuery.Definition LIST = ListQuery.define()
		.sortable("studentNo", "name", "hospital", "award", "amount");

	static final ListQuery.Definition HARDSHIP_LIST = ListQuery.define()
		.sortable("studentNo", "name", "hospital", "level", "amount");

	private final PaymentRolls rolls;

	private final AwardRounds rounds;

	private final MessageSource messages;

	private final Organization organization;

	PaymentRollController(PaymentRolls rolls, AwardRounds rounds, MessageSource messages, Organization organization) {
		this.organization = organization;
		this.rolls = rolls;
		this.rounds = rounds;
		this.messages = messages;
	}

	@GetMapping("/awards/rolls")
	@PreAuthorize("hasAnyRole('FINANCE', 'GRAD_SCHOOL')")
	String index(Model model) {
		model.addAttribute("sources", this.rolls.sources());
		model.addAttribute("month", YearMonth.from(SchoolTime.today()));
		return "awards/rolls";
	}

	@GetMapping("/awards/rolls/monthly")
	@PreAuthorize("hasAnyRole('FINANCE', 'GRAD_SCHOOL')")
	String monthly(@RequestParam long scheme,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam Map<String, String> params, Locale locale, Model model) {
		return page(this.rolls.monthly(scheme, (month != null) ? month : YearMonth.from(SchoolTime.today())), params,
				locale, model);
	}

	@GetMapping(path = "/awards/rolls/monthly", params = ListExport.PARAMETER)
	@PreAuthorize("hasAnyRole('FINANCE', 'GRAD_SCHOOL')")
	ResponseEntity<byte[]> monthlyFile(@RequestParam long scheme,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam Map<String, String> params, Locale locale) {
		return file(this.rolls.monthly(scheme, (month != null) ? month : YearMonth.from(SchoolTime.today())), params,
				locale);
	}

	@GetMapping("/awards/rolls/lists/{roundId}")
	@PreAuthorize("hasAnyRole('FINANCE', 'GRAD_SCHOOL')")
	String oneOff(@PathVariable long roundId, @RequestParam Map<String, String> params, Locale locale, Model model) {
		// finance pays from the roll without reading the list itself
		model.addAttribute("opensList", this.rounds.mayOpen(roundId));
		return page(this.rolls.oneOff(roundId), params, locale, model);
	}

	@GetMapping(path = "/awards/rolls/lists/{roundId}", params = ListExport.PARAMETER)
	@PreAuthorize("hasAnyRole('FINANCE', 'GRAD_SCHOOL')")
	ResponseEntity<byte[]> oneOffFile(@PathVariable long roundId, @RequestParam Map<String, String> params,
			Locale locale) {
		return file(this.rolls.oneOff(roundId), params, locale);
	}

	@GetMapping("/awards/rolls/hardship/{schemeId}/{typeId}")
	@PreAuthorize("hasAnyRole('FINANCE', 'GRAD_SCHOOL')")
	String hardship(@PathVariable long schemeId, @PathVariable long typeId, @RequestParam Map<String, String> params,
			Locale locale, Model model) {
		HardshipRoll roll = this.rolls.hardship(schemeId, typeId);
		ListQuery query = HARDSHIP_LIST.read(params);
		Words words = new Words(this.messages, locale);
		model.addAttribute("roll", roll);
		model.addAttribute("list", hardshipTable(words, roll.grant(), hospitals(words))
			.view(query.page(hardshipRows(roll, query)), query));
		model.addAttribute("filters", List
			.of(ListFilter.search(query, words.get("award.round.search"), words.get("award.round.searchHint"))));
		return "awards/hardship-roll";
	}

	@GetMapping(path = "/awards/rolls/hardship/{schemeId}/{typeId}", params = ListExport.PARAMETER)
	@PreAuthorize("hasAnyRole('FINANCE', 'GRAD_SCHOOL')")
	ResponseEntity<byte[]> hardshipFile(@PathVariable long schemeId, @PathVariable long typeId,
			@RequestParam Map<String, String> params, Locale locale) {
		HardshipRoll roll = this.rolls.hardship(schemeId, typeId);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER),
				words.get("award.hardshipRoll.file", roll.type().displayName(words.english()),
						roll.displayName(words.english())),
				hardshipTable(words, roll.grant(), hospitals(words)), hardshipRows(roll, HARDSHIP_LIST.read(params)),
				words);
	}

	private static List<HardshipRoll.Row> hardshipRows(HardshipRoll roll, ListQuery query) {
		String search = query.search();
		List<HardshipRoll.Row> matching = roll.rows()
			.stream()
			.filter((r) -> search == null || search.isEmpty() || r.studentNo().contains(search)
					|| r.name().contains(search))
			.toList();
		Map<String, Comparator<HardshipRoll.Row>> order = new HashMap<>();
		order.put("studentNo", Comparator.comparing(HardshipRoll.Row::studentNo));
		order.put("name", Comparator.comparing(HardshipRoll.Row::name));
		order.put("hospital", Comparator.comparing((HardshipRoll.Row r) -> String.valueOf(r.hospitalCode())));
		order.put("level", Comparator.comparing(HardshipRoll.Row::level));
		order.put("amount", Comparator.comparing(HardshipRoll.Row::amount));
		return query.sorted(matching, order);
	}

	/**
	 * The hardship grant roll's columns (with the bank account, as the other one-off
	 * rolls) or the tuition reduction list's (student, level, amount reduced), for the
	 * page and the finance file alike.
	 */
	private static ListTable<HardshipRoll.Row> hardshipTable(Words words, boolean grant,
			Map<String, String> hospitals) {
		ListTable<HardshipRoll.Row> table = new ListTable<HardshipRoll.Row>()
			.column(words.get("students.column.studentNo"), "studentNo", (r) -> Cell.text(r.studentNo()))
			.nowrap()
			.column(words.get("students.column.name"), "name", (r) -> Cell.text(r.name()))
			.nowrap()
			.column(words.get("students.column.hospital"), "hospital",
					(r) -> Cell.text(hospital(hospitals, r.hospitalCode())));
		if (grant) {
			table = table
				.column(words.get("award.roll.bankAccount"),
						(r) -> Cell
							.text((r.bankAccount() != null) ? r.bankAccount() : words.get("award.roll.noAccount")))
				.nowrap();
		}
		return table
			.column(words.get("award.hardshipRoll.level"), "level", (r) -> Cell.text(words.get(r.level().messageKey())))
			.nowrap()
			.numberColumn(words.get(grant ? "award.column.amount" : "award.hardshipRoll.reduced"), "amount",
					(r) -> Cell.text(r.amount().toPlainString()))
			.column(words.get("award.hardshipRoll.decidedOn"),
					(r) -> Cell.text((r.decidedOn() != null) ? r.decidedOn().toString() : ""))
			.nowrap()
			.column(words.get("award.roll.reference"), (r) -> Cell.text(r.reference()))
			.nowrap()
			.rowData((r) -> Map.of("student", r.studentNo(), "reference", r.reference()));
	}

	@GetMapping("/students/{studentNo}/funding")
	String history(@PathVariable String studentNo, Model model) {
		model.addAttribute("history", this.rolls.history(studentNo));
		if (!model.containsAttribute("accountForm")) {
			model.addAttribute("accountForm", SubmittedForm.in(model).restore(new BankAccountForm()));
		}
		return "awards/funding";
	}

	@PostMapping("/students/{studentNo}/funding/bank-account")
	String saveAccount(@PathVariable String studentNo, @Valid @ModelAttribute("accountForm") BankAccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return history(studentNo, model);
		}
		this.rolls.saveBankAccount(studentNo, form.getBankName(), form.getAccountNo());
		Flash.success(redirect, "award.funding.accountSaved");
		return "redirect:/students/" + studentNo + "/funding";
	}

	private String page(RollView roll, Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		model.addAttribute("roll", roll);
		model.addAttribute("list", table(words, hospitals(words)).view(query.page(rows(roll, query)), query));
		model.addAttribute("filters", List
			.of(ListFilter.search(query, words.get("award.round.search"), words.get("award.round.searchHint"))));
		return "awards/roll";
	}

	private ResponseEntity<byte[]> file(RollView roll, Map<String, String> params, Locale locale) {
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER),
				words.get("award.roll.file", roll.displayName(words.english()), roll.period()),
				table(words, hospitals(words)), rows(roll, LIST.read(params)), words);
	}

	private static List<RollView.Row> rows(RollView roll, ListQuery query) {
		String search = query.search();
		List<RollView.Row> matching = roll.rows()
			.stream()
			.filter((r) -> search == null || search.isEmpty() || r.studentNo().contains(search)
					|| r.name().contains(search))
			.toList();
		Map<String, Comparator<RollView.Row>> order = new HashMap<>();
		order.put("studentNo", Comparator.comparing(RollView.Row::studentNo));
		order.put("name", Comparator.comparing(RollView.Row::name));
		order.put("hospital", Comparator.comparing((RollView.Row r) -> String.valueOf(r.hospitalCode())));
		order.put("award", Comparator.comparingInt((RollView.Row r) -> r.type().position()));
		order.put("amount", Comparator.comparing(RollView.Row::amount));
		return query.sorted(matching, order);
	}

	/**
	 * The roll's columns, for the page and the finance file alike.
	 */
	private static ListTable<RollView.Row> table(Words words, Map<String, String> hospitals) {
		boolean english = words.english();
		return new ListTable<RollView.Row>()
			.column(words.get("students.column.studentNo"), "studentNo", (r) -> Cell.text(r.studentNo()))
			.nowrap()
			.column(words.get("students.column.name"), "name", (r) -> Cell.text(r.name()))
			.nowrap()
			.column(words.get("students.column.hospital"), "hospital",
					(r) -> Cell.text(hospital(hospitals, r.hospitalCode())))
			.column(words.get("award.roll.bankAccount"),
					(r) -> Cell.text((r.bankAccount() != null) ? r.bankAccount() : words.get("award.roll.noAccount")))
			.nowrap()
			.column(words.get("award.column.award"), "award", (r) -> Cell.text(r.type().displayName(english)))
			.numberColumn(words.get("award.column.amount"), "amount", (r) -> Cell.text(r.amount().toPlainString()))
			.column(words.get("award.roll.period"), (r) -> Cell.text(r.period()))
			.nowrap()
			.column(words.get("award.roll.reference"), (r) -> Cell.text(r.reference()))
			.nowrap()
			.rowData((r) -> Map.of("student", r.studentNo(), "reference", r.reference()));
	}

	/**
	 * The bank account a student's awards are paid into.
	 */
	static class BankAccountForm {

		@NotBlank
		@Size(max = 100)
		private String bankName;

		@NotBlank
		@Size(max = 40)
		private String accountNo;

		public String getBankName() {
			return this.bankName;
		}

		public void setBankName(String bankName) {
			this.bankName = bankName;
		}

		public String getAccountNo() {
			return this.accountNo;
		}

		public void setAccountNo(String accountNo) {
			this.accountNo = accountNo;
		}

	}

	/**
	 * @return the hospitals' names in the page's language, by code
	 */
	private Map<String, String> hospitals(Words words) {
		Map<String, String> names = new java.util.HashMap<>();
		this.organization.hospitals().forEach((h) -> names.put(h.code(), h.displayName(words.english())));
		return names;
	}

	private static String hospital(Map<String, String> hospitals, String code) {
		return (code != null) ? hospitals.getOrDefault(code, code) : "";
	}

}
