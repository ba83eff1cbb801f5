package com.clinigrad.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import java.util.Objects;

import com.clinigrad.accounts.AccountView;
import com.clinigrad.accounts.OwnAccount;
import com.clinigrad.accounts.PasswordChangeRefusedException;
import com.clinigrad.accounts.PasswordPolicy;
import com.clinigrad.accounts.WeakPasswordException;
import com.clinigrad.shared.web.Flash;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	OwnAccountController(OwnAccount ownAccount, PasswordPolicy passwordPolicy) {
		this.ownAccount = ownAccount;
		this.passwordPolicy = passwordPolicy;
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

	private String view(Model model, AccountView account) {
		model.addAttribute("account", account);
		model.addAttribute("maxFailures", this.ownAccount.maxFailedAttempts());
		model.addAttribute("lockoutMinutes", this.ownAccount.lockoutMinutes());
		return "accounts/own";
	}

}
