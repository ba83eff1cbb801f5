package com.clinigrad.supervisors;

/**
 * What a qualification application asks for: a new qualification (新增), which needs the
 * pre-service training (岗前培训) passed, or the re-review of one held (复审).
 */
public enum ApplicationType {

	NEW, REREVIEW;

	public String messageKey() {
		return "applicationType." + name();
	}

}
