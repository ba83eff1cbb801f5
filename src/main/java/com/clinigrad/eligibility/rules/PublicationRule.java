package com.clinigrad.eligibility.rules;

import java.time.LocalDate;

import com.clinigrad.eligibility.rules.AuditSnapshot.ArticleType;
import com.clinigrad.eligibility.rules.AuditSnapshot.Indexing;
import com.clinigrad.eligibility.rules.AuditSnapshot.Publication;

/**
 * {@code PUBLICATION}: at least the minimum number of first-author publications that are
 * part of the thesis and are either SCI-indexed (any article type) or research articles
 * in a domestic core journal.
 */
public final class PublicationRule implements Requirement {

	private final int minimum;

	public PublicationRule(int minimum) {
		this.minimum = minimum;
	}

	@Override
	public String code() {
		return "PUBLICATION";
	}

	@Override
	public Gate gate() {
		return Gate.DEGREE;
	}

	static boolean qualifies(Publication publication, LocalDate asOf) {
		if (publication.authorPosition() != 1 || !publication.relatedToThesis()) {
			return false;
		}
		if (publication.publishedOn() != null && publication.publishedOn().isAfter(asOf)) {
			return false;
		}
		return publication.indexing() == Indexing.SCI
				|| (publication.indexing() == Indexing.CORE && publication.articleType() == ArticleType.RESEARCH);
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		long qualifying = snapshot.publications().stream().filter((p) -> qualifies(p, asOf)).count();
		String required = Numbers.format(this.minimum);
		String actual = Numbers.format(qualifying);
		if (qualifying >= this.minimum) {
			return result(CheckStatus.PASS, required, actual, "audit.publication.met", qualifying);
		}
		return result(CheckStatus.PENDING, required, actual, "audit.publication.short", qualifying, this.minimum);
	}

}
