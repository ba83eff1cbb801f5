package com.clinigrad.exams;

/**
 * The kinds of question a bank holds. A case question (病例分析题) carries a case text and
 * several items of the other kinds; it is answered through its items.
 */
public enum QuestionKind {

	/** 单选题 */
	SINGLE,
	/** 多选题 */
	MULTIPLE,
	/** 病例分析题 */
	CASE,
	/** 简答题 — marked by a marker */
	OPEN;

	/**
	 * @return whether the machine marks it (single and multiple choice)
	 */
	public boolean objective() {
		return this == SINGLE || this == MULTIPLE;
	}

	/**
	 * @return whether it has options to choose from
	 */
	public boolean hasOptions() {
		return objective();
	}

	/**
	 * @return whether a case question may hold an item of this kind
	 */
	public boolean caseItem() {
		return this != CASE;
	}

	/**
	 * @return whether exactly one option is chosen
	 */
	public boolean oneChoice() {
		return this == SINGLE;
	}

	/**
	 * @return whether it is answered through items of its own (a case)
	 */
	public boolean holdsItems() {
		return this == CASE;
	}

	public String messageKey() {
		return "enum.QuestionKind." + name();
	}

}
