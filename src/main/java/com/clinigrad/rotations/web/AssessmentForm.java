package com.clinigrad.rotations.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import com.clinigrad.rotations.AssessmentCommand;
import com.clinigrad.rotations.AssessmentKind;
import com.clinigrad.rotations.Competency;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An assessment form: the kind, the date, the scores the kind needs and competency
 * ratings.
 */
class AssessmentForm {

	@NotNull(message = "{validation.required}")
	private AssessmentKind kind = AssessmentKind.EXIT_EXAM;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate assessedOn;

	@DecimalMin(value = "0", message = "{assessment.validation.score}")
	@DecimalMax(value = "100", message = "{assessment.validation.score}")
	private BigDecimal theoryScore;

	@DecimalMin(value = "0", message = "{assessment.validation.score}")
	@DecimalMax(value = "100", message = "{assessment.validation.score}")
	private BigDecimal skillsScore;

	@DecimalMin(value = "0", message = "{assessment.validation.score}")
	@DecimalMax(value = "100", message = "{assessment.validation.score}")
	private BigDecimal score;

	@Min(value = 1, message = "{assessment.validation.rating}")
	@Max(value = 9, message = "{assessment.validation.rating}")
	private Integer professionalism;

	@Min(value = 1, message = "{assessment.validation.rating}")
	@Max(value = 9, message = "{assessment.validation.rating}")
	private Integer knowledgeSkills;

	@Min(value = 1, message = "{assessment.validation.rating}")
	@Max(value = 9, message = "{assessment.validation.rating}")
	private Integer patientCare;

	@Min(value = 1, message = "{assessment.validation.rating}")
	@Max(value = 9, message = "{assessment.validation.rating}")
	private Integer communication;

	@Min(value = 1, message = "{assessment.validation.rating}")
	@Max(value = 9, message = "{assessment.validation.rating}")
	private Integer teaching;

	@Min(value = 1, message = "{assessment.validation.rating}")
	@Max(value = 9, message = "{assessment.validation.rating}")
	private Integer lifelongLearning;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String comments;

	private Long version;

	AssessmentCommand toCommand() {
		Map<Competency, Integer> ratings = new EnumMap<>(Competency.class);
		put(ratings, Competency.PROFESSIONALISM, this.professionalism);
		put(ratings, Competency.KNOWLEDGE_SKILLS, this.knowledgeSkills);
		put(ratings, Competency.PATIENT_CARE, this.patientCare);
		put(ratings, Competency.COMMUNICATION, this.communication);
		put(ratings, Competency.TEACHING, this.teaching);
		put(ratings, Competency.LIFELONG_LEARNING, this.lifelongLearning);
		return new AssessmentCommand(this.kind, this.assessedOn, this.theoryScore, this.skillsScore, this.score,
				ratings, this.comments);
	}

	private static void put(Map<Competency, Integer> ratings, Competency competency, Integer value) {
		if (value != null) {
			ratings.put(competency, value);
		}
	}

	public AssessmentKind getKind() {
		return this.kind;
	}

	public void setKind(AssessmentKind kind) {
		this.kind = kind;
	}

	public LocalDate getAssessedOn() {
		return this.assessedOn;
	}

	public void setAssessedOn(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public BigDecimal getTheoryScore() {
		return this.theoryScore;
	}

	public void setTheoryScore(BigDecimal theoryScore) {
		this.theoryScore = theoryScore;
	}

	public BigDecimal getSkillsScore() {
		return this.skillsScore;
	}

	public void setSkillsScore(BigDecimal skillsScore) {
		this.skillsScore = skillsScore;
	}

	public BigDecimal getScore() {
		return this.score;
	}

	public void setScore(BigDecimal score) {
		this.score = score;
	}

	public Integer getProfessionalism() {
		return this.professionalism;
	}

	public void setProfessionalism(Integer professionalism) {
		this.professionalism = professionalism;
	}

	public Integer getKnowledgeSkills() {
		return this.knowledgeSkills;
	}

	public void setKnowledgeSkills(Integer knowledgeSkills) {
		this.knowledgeSkills = knowledgeSkills;
	}

	public Integer getPatientCare() {
		return this.patientCare;
	}

	public void setPatientCare(Integer patientCare) {
		this.patientCare = patientCare;
	}

	public Integer getCommunication() {
		return this.communication;
	}

	public void setCommunication(Integer communication) {
		this.communication = communication;
	}

	public Integer getTeaching() {
		return this.teaching;
	}

	public void setTeaching(Integer teaching) {
		this.teaching = teaching;
	}

	public Integer getLifelongLearning() {
		return this.lifelongLearning;
	}

	public void setLifelongLearning(Integer lifelongLearning) {
		this.lifelongLearning = lifelongLearning;
	}

	public String getComments() {
		return this.comments;
	}

	public void setComments(String comments) {
		this.comments = comments;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
