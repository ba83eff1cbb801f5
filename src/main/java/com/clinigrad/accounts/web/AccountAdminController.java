package com.clinigrad.accounts.web;

import jakarta.validation.Valid;

import java.util.Locale;
import java.util.stream.Collectors;

import com.clinigrad.accounts.AccountAdministration;
import com.clinigrad.accounts.AccountView;
import com.clinigrad.accounts.ActiveSessions;
import com.clinigrad.accounts.ApiTokens;
import com.clinigrad.accounts.PasswordPolicy;
import com.clinigrad.accounts.Role;
import com.clinigrad.accounts.ScopeNames;
import com.clinigrad.accounts.WeakPasswordException;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.QueryString;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages: accounts, role grants, scopes and password resets.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	static final int PAGE_SIZE = 50;

	private final AccountAdministration administration;

	private final PasswordPolicy passwordPolicy;

	private final MessageSource messages;

	private final ApiTokens apiTokens;

	private final ScopeNames scopeNames;

	private final ActiveSessions sessions;

	AccountAdminController(AccountAdministration administration, PasswordPolicy passwordPolicy, MessageSource messages,
			ApiTokens apiTokens, ActiveSessions sessions, ScopeNames scopeNames) {
		this.scopeNames = scopeNames;
		this.sessions = sessions;
		this.administration = administration;
		this.passwordPolicy = passwordPolicy;
		this.messages = messages;
		this.apiTokens = apiTokens;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "false") boolean mustChange, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		Page<AccountView> accounts = this.administration.search(q, role, mustChange,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("accounts", accounts);
		model.addAttribute("scopes", this.scopeNames.of(accounts.getContent(), locale));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("mustChange", mustChange);
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("pageQuery",
				new QueryString().with("q", q)
					.with("role", role)
					.with("mustChange", mustChange ? "true" : null)
					.prefix());
		return "accounts/list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", SubmittedForm.in(model).restore(new AccountForm()));
		return formView(model, true);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		for (PasswordPolicy.Problem problem : this.passwordPolicy.problems(form.getUsername(), form.getPassword())) {
			result.rejectValue("password", problem.messageKey(), problem.args(), null);
		}
		if (form.getUsername() == null || form.getUsername().isBlank()) {
			result.rejectValue("username", "validation.required");
		}
		if (result.hasErrors()) {
			return formView(model, true);
		}
		try {
			long id = this.administration.create(form.getUsername(), form.getPassword(), form.toCommand());
			Flash.success(redirect, "account.created", form.getUsername());
			return "redirect:/admin/accounts/" + id;
		}
		catch (WeakPasswordException ex) {
			ex.getProblems()
				.forEach((problem) -> result.rejectValue("password", problem.messageKey(), problem.args(), null));
			return formView(model, true);
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		AccountView account = this.administration.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", SubmittedForm.in(model).restore(AccountForm.of(account)));
		return formView(model, false);
	}

	@PostMapping("/{id}")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountView account = this.administration.get(id);
		form.setUsername(account.username());
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			return formView(model, false);
		}
		this.administration.update(id, form.getVersion(), form.toCommand());
		Flash.success(redirect, "account.saved", account.username());
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		try {
			this.administration.resetPassword(id, password);
		}
		catch (WeakPasswordException ex) {
			String reasons = ex.getProblems()
				.stream()
				.map((problem) -> this.messages.getMessage(problem.messageKey(), problem.args(),
						LocaleContextHolder.getLocale()))
				.collect(Collectors.joining(" "));
			Flash.error(redirect, "password.policy.refused", reasons);
			return "redirect:/admin/accounts/" + id;
		}
		Flash.success(redirect, "account.passwordResetMustChange");
		return "redirect:/admin/accounts/" + id;
	}

	@GetMapping("/{id}/tokens/{tokenId}/revoke")
	String confirmRevokeToken(@PathVariable long id, @PathVariable long tokenId, Model model) {
		AccountView account = this.administration.get(id);
		model.addAttribute("token", this.apiTokens.ofAccount(id, tokenId));
		model.addAttribute("holder", account);
		model.addAttribute("menu", "admin");
		model.addAttribute("revokeAction", "/admin/accounts/" + id + "/tokens/" + tokenId + "/revoke");
		model.addAttribute("backTo", "/admin/accounts/" + id);
		return "accounts/token-revoke";
	}

	@PostMapping("/{id}/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
		String name = this.apiTokens.ofAccount(id, tokenId).name();
		this.apiTokens.revokeOfAccount(id, tokenId);
		Flash.success(redirect, "apiToken.revoked", name);
		return "redirect:/admin/accounts/" + id;
	}

	/**
	 * Ends one of the person's sessions (on whichever node it was used): their next
	 * request goes to the login page.
	 */
	@PostMapping("/{id}/sessions/{reference}/end")
	String endSession(@PathVariable long id, @PathVariable String reference, RedirectAttributes redirect) {
		AccountView account = this.administration.get(id);
		if (this.sessions.end(account.username(), reference)) {
			Flash.success(redirect, "account.session.ended", account.username());
		}
		else {
			Flash.error(redirect, "account.session.gone");
		}
		return "redirect:/admin/accounts/" + id + "#account-sessions";
	}

	private String formView(Model model, boolean creating) {
		if (!creating && model.getAttribute("account") instanceof AccountView account) {
			model.addAttribute("history", this.administration.history(account.id()));
			model.addAttribute("tokens", this.apiTokens.ofAccount(account.id()));
			model.addAttribute("sessions", this.sessions.of(account.username()));
		}
		model.addAttribute("creating", creating);
		model.addAttribute("allRoles", Role.values());
		return "accounts/form";
	}

}
