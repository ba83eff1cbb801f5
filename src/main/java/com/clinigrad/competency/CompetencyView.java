package com.clinigrad.competency;

import java.util.List;

/**
 * A core competency of the framework with its five level descriptors.
 */
public record CompetencyView(String code, int position, String name, String nameEn, String description,
		String descriptionEn, List<Level> levels) {

	public String name(boolean english) {
		return english ? this.nameEn : this.name;
	}

	public String description(boolean english) {
		return english ? this.descriptionEn : this.description;
	}

	/**
	 * @return the descriptor of the level a reading rounds to, or {@code null}
	 */
	public Level levelOf(java.math.BigDecimal reading) {
		if (reading == null) {
			return null;
		}
		int rounded = reading.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
		return this.levels.stream().filter((l) -> l.level() == rounded).findFirst().orElse(null);
	}

	public record Level(int level, String descriptor, String descriptorEn) {

		public String descriptor(boolean english) {
			return english ? this.descriptorEn : this.descriptor;
		}

	}

}
