package com.clinigrad.competency.web;

import java.util.HashMap;
import java.util.Map;

import com.clinigrad.competency.SheetCommand;

/**
 * An examiner's sheet: points per checklist item ({@code points[itemId]}) and the global
 * rating.
 */
class SheetForm {

	private String studentNo;

	private Map<Long, Integer> points = new HashMap<>();

	private Integer globalRating;

	SheetCommand toCommand() {
		Map<Long, Integer> given = new HashMap<>();
		this.points.forEach((item, value) -> {
			if (value != null) {
				given.put(item, value);
			}
		});
		return new SheetCommand(this.studentNo, given, this.globalRating);
	}

	public String getStudentNo() {
		return this.studentNo;
	}

	public void setStudentNo(String studentNo) {
		this.studentNo = studentNo;
	}

	public Map<Long, Integer> getPoints() {
		return this.points;
	}

	public void setPoints(Map<Long, Integer> points) {
		this.points = points;
	}

	public Integer getGlobalRating() {
		return this.globalRating;
	}

	public void setGlobalRating(Integer globalRating) {
		this.globalRating = globalRating;
	}

}
