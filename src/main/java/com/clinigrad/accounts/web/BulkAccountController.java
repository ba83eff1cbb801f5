package com.clinigrad.accounts.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.clinigrad.accounts.AccountHolders.Kind;
import com.clinigrad.accounts.BulkAccounts;
import com.clinigrad.accounts.BulkCreation;
import com.clinigrad.accounts.BulkPreview;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Accounts for many people of the supervisors or students register at once: the selection
 * with its preview (who gets an account, who has one, who cannot and why), one
 * confirmation naming the consequence, then the initial passwords as a file downloaded
 * once.
 */
@Controller
@RequestMapping("/admin/accounts/bulk")
@PreAuthorize("hasRole('ADMIN')")
class BulkAccountController {

	/** How many of the people to create the preview lists; the file lists them all. */
	static final int LISTED = 500;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final BulkAccounts bulkAccounts;

	private final MessageSource messages;

	BulkAccountController(BulkAccounts bulkAccounts, MessageSource messages) {
		this.bulkAccounts = bulkAccounts;
		this.messages = messages;
	}

	@GetMapping
	String page(@Valid @ModelAttribute("form") BulkAccountsForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return view(model, form, null);
		}
		return view(model, form, this.bulkAccounts.preview(form.toSelection()));
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") BulkAccountsForm form, BindingResult result, Model model,
			HttpSession session, Locale locale) {
		if (result.hasErrors()) {
			return view(model, form, null);
		}
		if (!form.isConfirmed()) {
			result.rejectValue("confirmed", "account.bulk.confirmRequired");
			return view(model, form, this.bulkAccounts.preview(form.toSelection()));
		}
		BulkCreation creation = this.bulkAccounts.create(form.toSelection(), form.getFingerprint());
		String fileName = "initial-passwords-" + creation.kind().name().toLowerCase(Locale.ROOT) + "-"
				+ LocalDateTime.now(SchoolTime.ZONE).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".xlsx";
		String token = IssuedPasswordFiles.keep(session,
				new IssuedPasswordFiles.IssuedFile(creation.kind(), creation.created().size(), creation.existing(),
						creation.refused(), fileName, InitialPasswordsWorkbook.write(creation, this.messages, locale)));
		return "redirect:/admin/accounts/bulk/issued/" + token;
	}

	@GetMapping("/issued/{token}")
	String issued(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
		return IssuedPasswordFiles.find(session, token).map((file) -> {
			model.addAttribute("file", file);
			model.addAttribute("token", token);
			return "accounts/bulk-issued";
		}).orElseGet(() -> {
			Flash.error(redirect, "account.bulk.file.gone");
			return "redirect:/admin/accounts";
		});
	}

	/**
	 * The file, the first time; after that, back to the page, which says it was taken.
	 */
	@PostMapping("/issued/{token}/download")
	ResponseEntity<byte[]> download(@PathVariable String token, HttpSession session) {
		IssuedPasswordFiles.IssuedFile file = IssuedPasswordFiles.find(session, token).orElse(null);
		byte[] content = IssuedPasswordFiles.takeContent(session, token).orElse(null);
		if (file == null || content == null) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/admin/accounts/bulk/issued/{token}")
					.buildAndExpand(token)
					.toUriString()))
				.build();
		}
		return ResponseEntity.ok()
			.contentType(XLSX)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content);
	}

	private String view(Model model, BulkAccountsForm form, BulkPreview preview) {
		model.addAttribute("choices", this.bulkAccounts.choices(form.getKind()));
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("preview", preview);
		model.addAttribute("listed", LISTED);
		if (preview != null) {
			form.setFingerprint(preview.fingerprint());
		}
		return "accounts/bulk";
	}

}
