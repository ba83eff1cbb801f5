package com.clinigrad.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A degree archive (学位档案) as its page shows it: the degree and every file, each with the
 * SHA-256 recorded when the archive was frozen and whether the stored file still has it.
 */
public record DegreeArchive(long id, String studentNo, String studentName, LocalDate awardedOn, String certificateNo,
		String frozenBy, Instant frozenAt, List<Item> items) {

	public DegreeArchive {
		items = List.copyOf(items);
	}

	public boolean intact() {
		return this.items.stream().allMatch(Item::intact);
	}

	/**
	 * One file of the archive.
	 *
	 * @param intact whether the stored file still has the recorded SHA-256 ({@code false}
	 * also when it is missing)
	 */
	public record Item(int position, ArchiveCategory category, String title, String fileName, String sha256,
			int sizeBytes, boolean intact) {
	}

	/**
	 * An awarded degree on the archive list, frozen or not yet.
	 */
	public record Entry(String studentNo, String studentName, LocalDate awardedOn, String certificateNo, boolean frozen,
			Integer files) {
	}

}
