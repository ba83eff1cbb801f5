package com.clinigrad.theses.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.clinigrad.shared.web.Flash;
import com.clinigrad.theses.BlindReviews;
import com.clinigrad.theses.DegreeDecisions;
import com.clinigrad.theses.FileKind;
import com.clinigrad.theses.ThesisDossier;
import com.clinigrad.theses.ThesisDossiers;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's thesis page: files and counts, declaration, similarity, blind-review
 * rounds, and the degree decision. The services check role and scope; reviewer identities
 * reach the page for graduate-school staff only.
 */
@Controller
class ThesisController {

	private final ThesisDossiers dossiers;

	private final BlindReviews reviews;

	private final DegreeDecisions degrees;

	ThesisController(ThesisDossiers dossiers, BlindReviews reviews, DegreeDecisions degrees) {
		this.dossiers = dossiers;
		this.reviews = reviews;
		this.degrees = degrees;
	}

	@GetMapping("/students/{studentNo}/thesis")
	String thesis(@PathVariable String studentNo, Model model) {
		ThesisDossier dossier = this.dossiers.of(studentNo);
		model.addAttribute("dossier", dossier);
		model.addAttribute("decision", this.degrees.of(studentNo).orElse(null));
		if (dossier.may().staff() && dossier.takesReviewers()) {
			model.addAttribute("candidates", this.reviews.candidates(studentNo));
		}
		return "theses/thesis";
	}

	@GetMapping(path = "/students/{studentNo}/thesis", headers = "HX-Request=true")
	String summary(@PathVariable String studentNo, Model model) {
		model.addAttribute("dossier", this.dossiers.of(studentNo));
		return "theses/summary :: summary";
	}

	@PostMapping("/students/{studentNo}/thesis/files")
	String upload(@PathVariable String studentNo, @RequestParam String kind,
			@RequestParam(required = false) String title, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		this.dossiers.upload(studentNo, kind, title, (file != null) ? file.getOriginalFilename() : null,
				Downloads.bytes(file));
		Flash.success(redirect, FileKind.BLIND.name().equals(kind) ? "thesis.uploadedBlind" : "thesis.uploaded");
		return back(studentNo);
	}

	@GetMapping("/students/{studentNo}/thesis/files/{id}")
	ResponseEntity<byte[]> file(@PathVariable String studentNo, @PathVariable long id) {
		return Downloads.of(this.dossiers.file(studentNo, id));
	}

	@PostMapping("/students/{studentNo}/thesis/override")
	String override(@PathVariable String studentNo, @RequestParam long version, @RequestParam int bodyChars,
			@RequestParam int abstractZhChars, @RequestParam int abstractEnChars,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.dossiers.override(studentNo, version, bodyChars, abstractZhChars, abstractEnChars, reason);
		Flash.success(redirect, "thesis.overridden");
		return back(studentNo);
	}

	@PostMapping("/students/{studentNo}/thesis/sign")
	String sign(@PathVariable String studentNo, @RequestParam long version, RedirectAttributes redirect) {
		this.dossiers.sign(studentNo, version);
		Flash.success(redirect, "thesis.signed");
		return back(studentNo);
	}

	@PostMapping("/students/{studentNo}/thesis/similarity")
	String similarity(@PathVariable String studentNo, @RequestParam long version,
			@RequestParam(required = false) BigDecimal percent, @RequestParam(required = false) MultipartFile report,
			RedirectAttributes redirect) {
		boolean cancelled = this.dossiers.recordSimilarity(studentNo, version, percent,
				(report != null) ? report.getOriginalFilename() : null, Downloads.bytes(report));
		if (cancelled) {
			Flash.error(redirect, "thesis.similarityCancelled", percent.toPlainString());
		}
		else {
			Flash.success(redirect, "thesis.similarityRecorded");
		}
		return back(studentNo);
	}

	@GetMapping("/students/{studentNo}/thesis/rounds/{roundNo}/report")
	ResponseEntity<byte[]> report(@PathVariable String studentNo, @PathVariable int roundNo) {
		return Downloads.of(this.dossiers.similarityReport(studentNo, roundNo));
	}

	@PostMapping("/students/{studentNo}/thesis/rounds/next")
	String nextRound(@PathVariable String studentNo, @RequestParam long version, RedirectAttributes redirect) {
		this.dossiers.openNextRound(studentNo, version);
		Flash.success(redirect, "thesis.roundOpened");
		return back(studentNo);
	}

	@PostMapping("/students/{studentNo}/thesis/reviewers")
	String assign(@PathVariable String studentNo, @RequestParam long version,
			@RequestParam(name = "reviewer", required = false) List<String> chosen,
			@RequestParam(required = false) String more, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		List<String> staffNos = new ArrayList<>((chosen != null) ? chosen : List.of());
		if (more != null && !more.isBlank()) {
			staffNos.addAll(Arrays.asList(more.trim().split("[\\s,;，、]+")));
		}
		try {
			this.reviews.assign(studentNo, version, staffNos);
			Flash.success(redirect, "review.assigned", String.valueOf(staffNos.size()));
			return back(studentNo);
		}
		catch (BlindReviews.ReviewersRefusedException ex) {
			response.setStatus(422);
			model.addAttribute("refusals", ex.refusals());
			return thesis(studentNo, model);
		}
	}

	@PostMapping("/students/{studentNo}/thesis/reviews/{code}/withdraw")
	String withdraw(@PathVariable String studentNo, @PathVariable String code,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.reviews.withdraw(studentNo, code, reason);
		Flash.success(redirect, "review.withdrawn");
		return back(studentNo);
	}

	private static String back(String studentNo) {
		return "redirect:/students/" + studentNo + "/thesis";
	}

}
