package com.clinigrad.exams.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.clinigrad.exams.QuestionCommand;
import com.clinigrad.exams.QuestionKind;
import com.clinigrad.exams.TestedCompetency;

/**
 * A question as typed: options one per line, the correct ones by letter.
 */
public class QuestionForm {

	private long version;

	private Long caseId;

	private QuestionKind kind;

	private String stem;

	private int difficulty = 3;

	private TestedCompetency competency;

	private BigDecimal points;

	private String options = "";

	private String correct = "";

	QuestionCommand toCommand() {
		List<String> lines = Arrays.stream((this.options != null) ? this.options.split("\\R") : new String[0])
			.map(String::strip)
			.filter((l) -> !l.isEmpty())
			.toList();
		List<Integer> positions = new ArrayList<>();
		for (String letter : ((this.correct != null) ? this.correct : "").split("[,，\\s]+")) {
			if (letter.length() == 1 && Character.isLetter(letter.charAt(0))) {
				positions.add(Character.toUpperCase(letter.charAt(0)) - 'A');
			}
			else if (!letter.isEmpty()) {
				positions.add(-1);
			}
		}
		return new QuestionCommand(this.kind, this.stem, this.difficulty, this.competency, this.points, lines,
				positions);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public void setCaseId(Long caseId) {
		this.caseId = caseId;
	}

	public QuestionKind getKind() {
		return this.kind;
	}

	public void setKind(QuestionKind kind) {
		this.kind = kind;
	}

	public String getStem() {
		return this.stem;
	}

	public void setStem(String stem) {
		this.stem = stem;
	}

	public int getDifficulty() {
		return this.difficulty;
	}

	public void setDifficulty(int difficulty) {
		this.difficulty = difficulty;
	}

	public TestedCompetency getCompetency() {
		return this.competency;
	}

	public void setCompetency(TestedCompetency competency) {
		this.competency = competency;
	}

	public BigDecimal getPoints() {
		return this.points;
	}

	public void setPoints(BigDecimal points) {
		this.points = points;
	}

	public String getOptions() {
		return this.options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public String getCorrect() {
		return this.correct;
	}

	public void setCorrect(String correct) {
		this.correct = correct;
	}

}
