package com.clinigrad.achievements;

/**
 * Where a publication's journal is indexed (收录类别), as the exchange contract and the
 * {@code publication} table name it. One list for the register, the postdoc profile, the
 * annual report and the importer.
 */
public enum PublicationIndexing {

	/** SCI 收录. */
	SCI,
	/** 中文核心期刊. */
	CORE,
	/** 其他. */
	OTHER;

	/**
	 * @return the message key of its words in the page's language
	 */
	public String messageKey() {
		return "achievement.indexing." + name();
	}

	/**
	 * @param stored the value of an {@code indexing} column
	 * @return the indexing, or {@code null} when the column is empty
	 */
	public static PublicationIndexing ofStored(String stored) {
		return (stored != null) ? valueOf(stored) : null;
	}

}
