package com.clinigrad.supervisors;

/**
 * The age bands of the annual report's supervisor table (导师年龄结构), age being the year
 * minus the birth year; the label is the exchange format's key.
 */
public enum AgeBand {

	UP_TO_35("<=35"), FROM_36_TO_45("36-45"), FROM_46_TO_55("46-55"), FROM_56_TO_60("56-60"), FROM_61(">=61");

	private final String label;

	AgeBand(String label) {
		this.label = label;
	}

	/**
	 * @return the key of the report API, e.g. {@code 36-45}
	 */
	public String label() {
		return this.label;
	}

	public String messageKey() {
		return "ageBand." + name();
	}

	/**
	 * @param age the age in whole years (year − birth year)
	 */
	public static AgeBand of(int age) {
		if (age <= 35) {
			return UP_TO_35;
		}
		if (age <= 45) {
			return FROM_36_TO_45;
		}
		if (age <= 55) {
			return FROM_46_TO_55;
		}
		if (age <= 60) {
			return FROM_56_TO_60;
		}
		return FROM_61;
	}

}
