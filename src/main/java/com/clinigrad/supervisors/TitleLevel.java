package com.clinigrad.supervisors;

/**
 * Professional title level (职称).
 */
public enum TitleLevel {

	/** 正高 — professor, chief physician. */
	FULL_SENIOR,
	/** 副高 — associate professor, associate chief physician. */
	ASSOCIATE_SENIOR,
	/** 中级 — attending physician, lecturer. */
	INTERMEDIATE;

	public String messageKey() {
		return "titleLevel." + name();
	}

}
