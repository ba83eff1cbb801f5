package com.clinigrad.awards.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.awards.Allocation;
import com.clinigrad.awards.AmountUnit;
import com.clinigrad.awards.AwardRounds;
import com.clinigrad.awards.AwardKind;
import com.clinigrad.awards.AwardSchemes;
import com.clinigrad.awards.AwardTypeView;
import com.clinigrad.awards.EvaluationComponent;
import com.clinigrad.awards.HardshipLevel;
import com.clinigrad.awards.HardshipRecognition;
import com.clinigrad.awards.QuotaRounding;
import com.clinigrad.awards.SchemeSummary;
import com.clinigrad.awards.SchemeView;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * The award schemes (奖助方案) per university and year: the list, a scheme with its award
 * types and evaluation weights, and the graduate school's edits.
 */
@Controller
@RequestMapping("/awards")
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
class SchemeController {

	private final AwardSchemes schemes;

	private final AwardRounds rounds;

	private final HardshipRecognition hardship;

	private final AccountDirectory accounts;

	private final Organization organization;

	SchemeController(AwardSchemes schemes, AwardRounds rounds, HardshipRecognition hardship, AccountDirectory accounts,
			Organization organization) {
		this.accounts = accounts;
		this.organization = organization;
		this.schemes = schemes;
		this.rounds = rounds;
		this.hardship = hardship;
	}

	@GetMapping({ "", "/schemes" })
	String list(Model model, Locale locale) {
		List<SchemeSummary> schemes = this.schemes.schemes();
		Map<String, String> names = programNames(locale);
		Map<Long, String> programs = new HashMap<>();
		schemes.forEach((scheme) -> programs.put(scheme.id(), programs(scheme.programCodes(), names, locale)));
		model.addAttribute("schemes", schemes);
		model.addAttribute("programs", programs);
		return "awards/schemes";
	}

	@GetMapping("/schemes/{id}")
	String scheme(@PathVariable long id, Model model) {
		SchemeView scheme = this.schemes.scheme(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SubmittedForm.in(model).restore(SchemeForm.of(scheme)));
		}
		return schemePage(scheme, model);
	}

	@PostMapping("/schemes/{id}")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String editScheme(@PathVariable long id, @Valid @ModelAttribute("form") SchemeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return schemePage(this.schemes.scheme(id), model);
		}
		this.schemes.editScheme(id, form.getVersion(), form.toCommand());
		Flash.success(redirect, "award.schemeSaved");
		return "redirect:/awards/schemes/" + id;
	}

	@PostMapping("/schemes/{id}/copy")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String copy(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect) {
		long copy = this.schemes.copyToYear(id, year);
		Flash.success(redirect, "award.schemeCopied", year);
		return "redirect:/awards/schemes/" + copy;
	}

	@GetMapping("/schemes/{id}/types/{typeId}")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String type(@PathVariable long id, @PathVariable long typeId, Model model) {
		SchemeView scheme = this.schemes.scheme(id);
		model.addAttribute("form",
				SubmittedForm.in(model)
					.restore(AwardTypeForm.of(scheme.type(typeId),
							this.hardship.amounts(id).getOrDefault(typeId, java.util.Map.of()))));
		return typePage(scheme, scheme.type(typeId), model);
	}

	@PostMapping("/schemes/{id}/types/{typeId}")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String editType(@PathVariable long id, @PathVariable long typeId, @Valid @ModelAttribute("form") AwardTypeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		SchemeView scheme = this.schemes.scheme(id);
		AwardTypeView type = scheme.type(typeId);
		if (perLevel(type)) {
			checkLevelAmount(form.getSpecialAmount(), "specialAmount", result);
			checkLevelAmount(form.getGeneralAmount(), "generalAmount", result);
		}
		if (result.hasErrors()) {
			return typePage(scheme, type, model);
		}
		this.schemes.editType(typeId, form.getVersion(), form.toCommand());
		Flash.success(redirect, "award.typeSaved", form.getName());
		return "redirect:/awards/schemes/" + id;
	}

	private static boolean perLevel(AwardTypeView type) {
		return type.kind() == AwardKind.HARDSHIP_GRANT || type.kind() == AwardKind.TUITION_REDUCTION;
	}

	private static void checkLevelAmount(java.math.BigDecimal amount, String field, BindingResult result) {
		if (amount == null || amount.signum() <= 0) {
			result.rejectValue(field, "award.validation.levelAmount");
		}
	}

	/**
	 * @return every program's name in the page's language, by code (read once per page)
	 */
	private Map<String, String> programNames(Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		Map<String, String> names = new HashMap<>();
		this.organization.programs().forEach((program) -> names.put(program.code(), program.displayName(english)));
		return names;
	}

	/**
	 * @return the names of the programs a scheme covers, joined as the language joins a
	 * list
	 */
	private static String programs(List<String> programCodes, Map<String, String> names, Locale locale) {
		return programCodes.stream()
			.map((code) -> names.getOrDefault(code, code))
			.collect(Collectors.joining("en".equals(locale.getLanguage()) ? ", " : "、"));
	}

	private String schemePage(SchemeView scheme, Model model) {
		model.addAttribute("scheme", scheme);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("programs", programs(scheme.programCodes(), programNames(locale), locale));
		model.addAttribute("people", this.accounts.displayNames(Collections.singletonList(scheme.updatedBy())));
		model.addAttribute("roundId", this.rounds.roundOf(scheme.id()).orElse(null));
		model.addAttribute("roundings", QuotaRounding.values());
		model.addAttribute("components", EvaluationComponent.values());
		model.addAttribute("hardshipAmounts", this.hardship.amounts(scheme.id()));
		return "awards/scheme";
	}

	private String typePage(SchemeView scheme, AwardTypeView type, Model model) {
		model.addAttribute("scheme", scheme);
		model.addAttribute("type", type);
		model.addAttribute("units", AmountUnit.values());
		model.addAttribute("allocations", Allocation.values());
		model.addAttribute("degreeTypes", DegreeType.values());
		model.addAttribute("admissionTypes", AdmissionType.values());
		model.addAttribute("perLevel", perLevel(type));
		model.addAttribute("levels", HardshipLevel.values());
		return "awards/type";
	}

}
