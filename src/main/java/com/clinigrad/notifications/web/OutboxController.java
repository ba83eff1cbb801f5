package com.clinigrad.notifications.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.clinigrad.notifications.CaughtMails;
import com.clinigrad.notifications.MailOutbox;
import com.clinigrad.shared.web.Flash;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's view of the e-mail outbox: the mails that failed too often (each sent again on
 * request), how many wait; and, where the embedded SMTP server runs (dev profile), the
 * mails it caught.
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'ADMIN')")
class OutboxController {

	private final MailOutbox outbox;

	private final ObjectProvider<CaughtMails> caught;

	OutboxController(MailOutbox outbox, ObjectProvider<CaughtMails> caught) {
		this.outbox = outbox;
		this.caught = caught;
	}

	@GetMapping("/mail/outbox")
	String outbox(Model model) {
		model.addAttribute("dead", this.outbox.dead());
		model.addAttribute("pending", this.outbox.pending());
		model.addAttribute("devMails", this.caught.getIfAvailable() != null);
		return "notifications/outbox";
	}

	@PostMapping("/mail/outbox/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		this.outbox.resend(id);
		Flash.success(redirect, "outbox.resent");
		return "redirect:/mail/outbox";
	}

	@GetMapping("/dev/mails")
	String caughtMails(Model model) {
		CaughtMails mails = this.caught.getIfAvailable();
		if (mails == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<CaughtMails.Mail> newestFirst = new ArrayList<>(mails.all());
		Collections.reverse(newestFirst);
		model.addAttribute("mails", newestFirst);
		return "notifications/dev-mails";
	}

}
