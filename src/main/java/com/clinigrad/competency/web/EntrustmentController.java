package com.clinigrad.competency.web;

import java.time.LocalDate;
import java.util.List;

import com.clinigrad.competency.Entrustments;
import com.clinigrad.shared.web.Flash;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A trainee's privileges (分层授权): the list in force with its printable form, the mentor
 * group's decisions and revocations.
 */
@Controller
class EntrustmentController {

	private final Entrustments entrustments;

	EntrustmentController(Entrustments entrustments) {
		this.entrustments = entrustments;
	}

	@GetMapping("/students/{studentNo}/privileges")
	String privileges(@PathVariable String studentNo, Model model) {
		model.addAttribute("privileges", this.entrustments.of(studentNo));
		return "competency/privileges";
	}

	@GetMapping("/students/{studentNo}/privileges/print")
	String print(@PathVariable String studentNo, Model model) {
		model.addAttribute("privileges", this.entrustments.of(studentNo));
		return "competency/privileges-print";
	}

	@PostMapping("/students/{studentNo}/privileges")
	String grant(@PathVariable String studentNo, @RequestParam(required = false) String activity,
			@RequestParam(required = false) Integer level,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) String note, @RequestParam(required = false) List<String> basis,
			RedirectAttributes redirect) {
		this.entrustments.grant(studentNo, activity, level, decidedOn, note, basis == null ? List.of() : basis);
		Flash.success(redirect, "ent.granted");
		return "redirect:/students/" + studentNo + "/privileges";
	}

	@PostMapping("/students/{studentNo}/privileges/{grantId}/revoke")
	String revoke(@PathVariable String studentNo, @PathVariable long grantId, @RequestParam long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.entrustments.revoke(studentNo, grantId, version, reason);
		Flash.success(redirect, "ent.revoked");
		return "redirect:/students/" + studentNo + "/privileges";
	}

}
