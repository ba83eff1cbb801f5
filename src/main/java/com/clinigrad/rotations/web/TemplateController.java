package com.clinigrad.rotations.web;

import java.util.ArrayList;
import java.util.List;

import com.clinigrad.rotations.RotationArea;
import com.clinigrad.rotations.RotationTemplates;
import com.clinigrad.rotations.TemplateView;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rotation plan templates per discipline: everyone in the programs reads them,
 * graduate-school staff edit them.
 */
@Controller
class TemplateController {

	private final RotationTemplates templates;

	TemplateController(RotationTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/rotations/templates")
	String templates(Model model) {
		model.addAttribute("templates", this.templates.templates());
		return "rotations/templates";
	}

	/**
	 * The "new template" box: goes to the form of the discipline typed.
	 */
	@GetMapping(path = "/rotations/templates/edit", params = "d")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String editTyped(@RequestParam("d") String discipline) {
		return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/rotations/templates/{d}/edit")
			.buildAndExpand(discipline.trim())
			.encode()
			.toUriString();
	}

	@GetMapping("/rotations/templates/{discipline}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String edit(@PathVariable String discipline, Model model) {
		TemplateView template = this.templates.find(discipline)
			.orElse(new TemplateView(discipline, discipline, discipline, "", -1, List.of()));
		model.addAttribute("template", template);
		return "rotations/template-form";
	}

	@PostMapping("/rotations/templates/{discipline}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String save(@PathVariable String discipline, @RequestParam long version,
			@RequestParam(required = false) String note, @RequestParam(name = "area") List<String> areas,
			@RequestParam(name = "areaEn") List<String> areasEn,
			@RequestParam(name = "subspecialty") List<String> subspecialties,
			@RequestParam(name = "keyword") List<String> keywords, @RequestParam(name = "months") List<String> months,
			@RequestParam(name = "mandatory", required = false) List<String> mandatory, Model model,
			RedirectAttributes redirect) {
		List<RotationArea> items = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		for (int i = 0; i < areas.size(); i++) {
			String area = areas.get(i).trim();
			if (area.isEmpty()) {
				continue;
			}
			int m;
			try {
				m = Integer.parseInt(months.get(i).trim());
			}
			catch (NumberFormatException ex) {
				m = -1;
			}
			String sub = subspecialties.get(i).isBlank() ? null : subspecialties.get(i).trim();
			String keyword = keywords.get(i).isBlank() ? null : keywords.get(i).trim();
			if (m < 1 || m > 36) {
				errors.add("rotation.error.monthsOf:" + area);
			}
			else if (sub == null && keyword == null) {
				errors.add("rotation.error.areaMatchOf:" + area);
			}
			items.add(new RotationArea(area, areasEn.get(i).isBlank() ? area : areasEn.get(i).trim(), sub, keyword,
					Math.max(m, 0), mandatory != null && mandatory.contains(String.valueOf(i))));
		}
		if (errors.isEmpty()) {
			try {
				this.templates.save(discipline, version, note, items);
				Flash.success(redirect, "rotation.templateSaved");
				return "redirect:/rotations/templates";
			}
			catch (BusinessRuleException ex) {
				errors.add(ex.getMessageKey() + ":"
						+ String.join(",", java.util.Arrays.stream(ex.getArguments()).map(String::valueOf).toList()));
			}
		}
		TemplateView current = this.templates.find(discipline).orElse(null);
		model.addAttribute("template",
				new TemplateView(discipline, (current != null) ? current.disciplineName() : discipline,
						(current != null) ? current.disciplineNameEn() : discipline, note, version, items));
		model.addAttribute("errors", errors);
		return "rotations/template-form";
	}

}
