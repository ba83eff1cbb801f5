package com.clinigrad.competency.web;

import java.util.Locale;

import com.clinigrad.competency.CompetencyFramework;
import com.clinigrad.competency.CompetencyProfiles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The competency framework (for everyone signed in) and a trainee's competency profile
 * with its chart (for whoever may see the trainee).
 */
@Controller
class CompetencyController {

	private final CompetencyFramework framework;

	private final CompetencyProfiles profiles;

	CompetencyController(CompetencyFramework framework, CompetencyProfiles profiles) {
		this.framework = framework;
		this.profiles = profiles;
	}

	@GetMapping("/competencies")
	String framework(Model model) {
		model.addAttribute("competencies", this.framework.competencies());
		model.addAttribute("sources", this.framework.sources());
		return "competency/framework";
	}

	@GetMapping("/students/{studentNo}/competencies")
	String profile(@PathVariable String studentNo, Locale locale, Model model) {
		model.addAttribute("profile", this.profiles.of(studentNo, "en".equals(locale.getLanguage())));
		return "competency/profile";
	}

}
