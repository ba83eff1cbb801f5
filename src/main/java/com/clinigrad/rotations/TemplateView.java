package com.clinigrad.rotations;

import java.util.List;

/**
 * A discipline's rotation plan template.
 */
public record TemplateView(String disciplineCode, String disciplineName, String disciplineNameEn, String note,
		long version, List<RotationArea> items) {

	public TemplateView {
		items = List.copyOf(items);
	}

	public int totalMonths() {
		return this.items.stream().mapToInt(RotationArea::months).sum();
	}

	public int mandatoryMonths() {
		return this.items.stream().filter(RotationArea::mandatory).mapToInt(RotationArea::months).sum();
	}

}
