package com.clinigrad.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import java.util.List;
import java.util.Objects;

import com.clinigrad.accounts.AccountView;
import com.clinigrad.accounts.ApiTokens;
import com.clinigrad.accounts.IssuedApiToken;
import com.clinigrad.accounts.OwnAccount;
import com.clinigrad.accounts.PasswordChangeRefusedException;
import com.clinigrad.accounts.PasswordPolicy;
import com.clinigrad.accounts.ScopeNames;
import com.clinigrad.accounts.WeakPasswordException;
import com.clinigrad.shared.web.Flash;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every logged-in person's own account page (from the user menu): who they are, what they
 * may do, and the change of their password. A person who must change a password someone
 * else chose lands here after logging in.
 */
@Controller
@RequestMapping("/account")
class OwnAccountController {

	private final OwnAccount ownAccount;

	private final PasswordPolicy passwordPolicy;

	private final ApiTokens apiTokens;

	private final ScopeNames scopeNames;

	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	OwnAccountController(OwnAccount ownAccount, PasswordPolicy passwordPolicy, ApiTokens apiTokens,
			ScopeNames scopeNames) {
		this.scopeNames = scopeNames;
		this.ownAccount = ownAccount;
		this.passwordPolicy = passwordPolicy;
		this.apiTokens = apiTokens;
	}

	@GetMapping
	String show(Model model) {
		AccountView account = this.ownAccount.view();
		model.addAttribute("form", PasswordChangeForm.of(account.version()));
		return view(model, account);
	}

	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		AccountView account = this.ownAccount.view();
		for (PasswordPolicy.Problem problem : this.passwordPolicy.problems(account.username(), form.getNewPassword())) {
			result.rejectValue("newPassword", problem.messageKey(), problem.args(), null);
		}
		if (!result.hasFieldErrors("newPassword")
				&& !Objects.equals(form.getNewPassword(), form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			return view(model, account);
		}
		try {
			this.ownAccount.changePassword(form.getVersion(), form.getCurrentPassword(), form.getNewPassword());
		}
		catch (PasswordChangeRefusedException ex) {
			result.rejectValue(ex.isAboutCurrentPassword() ? "currentPassword" : "newPassword", ex.getMessageKey(),
					ex.getArguments(), null);
			return view(model, account);
		}
		catch (WeakPasswordException ex) {
			ex.getProblems()
				.forEach((problem) -> result.rejectValue("newPassword", problem.messageKey(), problem.args(), null));
			return view(model, account);
		}
		this.securityContexts.saveContext(SecurityContextHolder.getContext(), request, response);
		if (account.mustChangePassword()) {
			Flash.success(redirect, "account.password.changedFirst");
			return "redirect:/";
		}
		Flash.success(redirect, "account.password.changed");
		return "redirect:/account";
	}

	/**
	 * Creates a token; its secret reaches the page once, as a flash attribute of the
	 * redirect, and is kept nowhere else.
	 */
	@PostMapping("/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") ApiTokenForm tokenForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!ApiTokens.LIFETIMES_DAYS.contains(tokenForm.getDays())) {
			result.rejectValue("days", "apiToken.error.lifetime", new Object[] { this.apiTokens.maxDays() }, null);
		}
		if (result.hasErrors()) {
			AccountView account = this.ownAccount.view();
			model.addAttribute("form", PasswordChangeForm.of(account.version()));
			return view(model, account);
		}
		IssuedApiToken issued = this.apiTokens.create(tokenForm.getName(), tokenForm.getDays());
		redirect.addFlashAttribute("issuedToken", issued);
		Flash.success(redirect, "apiToken.created", issued.token().name());
		return "redirect:/account";
	}

	@GetMapping("/tokens/{id}/revoke")
	String confirmRevoke(@PathVariable long id, Model model) {
		model.addAttribute("token", this.apiTokens.own(id));
		model.addAttribute("menu", "account");
		model.addAttribute("revokeAction", "/account/tokens/" + id + "/revoke");
		model.addAttribute("backTo", "/account");
		return "accounts/token-revoke";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		String name = this.apiTokens.own(id).name();
		this.apiTokens.revokeOwn(id);
		Flash.success(redirect, "apiToken.revoked", name);
		return "redirect:/account";
	}

	private String view(Model model, AccountView account) {
		model.addAttribute("scopes", this.scopeNames.of(List.of(account), LocaleContextHolder.getLocale()));
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new ApiTokenForm());
		}
		model.addAttribute("tokens", this.apiTokens.own());
		model.addAttribute("tokenLifetimes", ApiTokens.LIFETIMES_DAYS);
		model.addAttribute("tokenMaxDays", this.apiTokens.maxDays());
		model.addAttribute("account", account);
		model.addAttribute("maxFailures", this.ownAccount.maxFailedAttempts());
		model.addAttribute("lockoutMinutes", this.ownAccount.lockoutMinutes());
		return "accounts/own";
	}

}
