package com.clinigrad.teaching;

import java.util.List;

/**
 * A rating form of class visits (督导听课评价表) with its items, kept as data.
 */
public record VisitForm(long id, String code, String title, String titleEn, List<VisitFormItem> items) {

	public VisitForm {
		items = List.copyOf(items);
	}

	public String title(boolean english) {
		return english ? this.titleEn : this.title;
	}

	public List<VisitFormItem> scoredItems() {
		return this.items.stream().filter(VisitFormItem::scored).toList();
	}

}
