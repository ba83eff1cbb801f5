package com.clinigrad.competency;

import java.math.BigDecimal;
import java.util.List;

import com.clinigrad.achievements.OutputView;

/**
 * A clinical postdoc's profile on one page: the outputs from the achievement register
 * with their figures, the training plan, the competency profile, the privileges in force,
 * the annual feedback, the completion defense and the exit.
 *
 * @param totalImpactFactor the sum of the impact factors of the SCI papers
 */
public record PostdocProfileView(String studentNo, String studentName, String hospitalName, PlanView plan,
		ProfileView competencies, EntrustmentView privileges, FeedbackView feedback, DefenseView defense,
		List<OutputView> papers, List<OutputView> grants, List<OutputView> patents, List<OutputView> awards,
		long sciPapers, BigDecimal totalImpactFactor) {
}
