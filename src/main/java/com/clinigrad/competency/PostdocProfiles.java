package com.clinigrad.competency;

import java.math.BigDecimal;
import java.util.List;

import com.clinigrad.achievements.AchievementKind;
import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.OutputView;
import com.clinigrad.students.StudentKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The postdoc's profile page (临床博士后个人档案): what the trainee produced (SCI papers with
 * their impact factors, grants led, patents, awards, from the confirmed entries of the
 * achievement register) beside the plan, the competency profile, the privileges, the
 * annual feedback, the defense and the exit, for whoever may see the trainee.
 */
@Service
public class PostdocProfiles {

	private final CompetencyAccess access;

	private final TrainingPlans plans;

	private final CompetencyProfiles profiles;

	private final Entrustments entrustments;

	private final AnnualFeedbacks feedbacks;

	private final CompletionDefenses defenses;

	private final AchievementRecords achievements;

	PostdocProfiles(CompetencyAccess access, TrainingPlans plans, CompetencyProfiles profiles,
			Entrustments entrustments, AnnualFeedbacks feedbacks, CompletionDefenses defenses,
			AchievementRecords achievements) {
		this.access = access;
		this.plans = plans;
		this.profiles = profiles;
		this.entrustments = entrustments;
		this.feedbacks = feedbacks;
		this.defenses = defenses;
		this.achievements = achievements;
	}

	/**
	 * @throws TrainingPlanNotFoundException unless the caller may see the trainee
	 */
	@Transactional(readOnly = true)
	public PostdocProfileView of(String studentNo, boolean english) {
		StudentKey student = this.access.visibleOrMentored(studentNo);
		EntrustmentView privileges = this.entrustments.of(studentNo);
		List<OutputView> outputs = this.achievements.outputsOf(student.id());
		List<OutputView> papers = of(outputs, AchievementKind.PUBLICATION);
		return new PostdocProfileView(studentNo, privileges.studentName(), privileges.hospitalName(),
				this.plans.of(studentNo), this.profiles.of(studentNo, english), privileges,
				this.feedbacks.of(studentNo), this.defenses.of(studentNo), papers, of(outputs, AchievementKind.GRANT),
				of(outputs, AchievementKind.PATENT), of(outputs, AchievementKind.AWARD),
				papers.stream().filter(OutputView::sci).count(),
				papers.stream()
					.filter(OutputView::sci)
					.map(OutputView::impactFactor)
					.filter(java.util.Objects::nonNull)
					.reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	private static List<OutputView> of(List<OutputView> outputs, AchievementKind kind) {
		return outputs.stream().filter((o) -> o.kind() == kind).toList();
	}

}
