package com.clinigrad.notifications.web;

import java.util.Arrays;
import java.util.List;

import com.clinigrad.notifications.ReminderRules;
import com.clinigrad.notifications.ReminderRun;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The graduate school's reminder rules (days before or after each kind of deadline, in
 * working or calendar days, on or off) and the latest reminder runs with how many
 * reminders of each kind went out; a button runs today's reminders now.
 */
@Controller
@PreAuthorize("hasRole('GRAD_SCHOOL')")
class ReminderController {

	private static final int RUNS_SHOWN = 10;

	private final ReminderRules rules;

	private final ReminderRun run;

	ReminderController(ReminderRules rules, ReminderRun run) {
		this.rules = rules;
		this.run = run;
	}

	@GetMapping("/reminders")
	String page(Model model) {
		SubmittedForm submitted = SubmittedForm.in(model);
		DeadlineKind typed = submitted.isPresent() ? Arrays.stream(DeadlineKind.values())
			.filter((kind) -> kind.name().equals(submitted.value("kind")))
			.findFirst()
			.orElse(null) : null;
		List<RuleRow> rows = this.rules.rules().stream().map((rule) -> {
			if (rule.kind() == typed) {
				return new RuleRow(rule, submitted.value("days"), submitted.contains("workingDays", "true"),
						submitted.contains("enabled", "true"));
			}
			return new RuleRow(rule, String.valueOf(rule.days()), rule.workingDays(), rule.enabled());
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("runs", this.run.latest(RUNS_SHOWN));
		model.addAttribute("kinds", DeadlineKind.values());
		model.addAttribute("catchUpDays", this.rules.catchUpDays());
		return "notifications/reminders";
	}

	@PostMapping("/reminders/rules/{kind}")
	String save(@PathVariable DeadlineKind kind, @ModelAttribute ReminderRuleForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors() || form.getDays() == null) {
			throw new BusinessRuleException("reminder.error.days", ReminderRules.MAX_DAYS);
		}
		this.rules.save(kind, form.getDays(), form.isWorkingDays(), form.isEnabled(), form.getVersion());
		Flash.success(redirect, "reminder.saved");
		return "redirect:/reminders";
	}

	@PostMapping("/reminders/run")
	String runNow(RedirectAttributes redirect) {
		ReminderRun.RunSummary summary = this.run.runNow();
		Flash.success(redirect, "reminder.ran", summary.total());
		return "redirect:/reminders";
	}

	/**
	 * A rule as the page shows it: the saved values, or those just typed when the rule
	 * was refused.
	 */
	record RuleRow(ReminderRules.Rule rule, String days, boolean workingDays, boolean enabled) {

	}

}
