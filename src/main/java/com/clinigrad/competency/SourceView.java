package com.clinigrad.competency;

import java.math.BigDecimal;

/**
 * How an assessment kind evidences a competency: what it reads (the rating given that
 * competency, or the assessment's score) and the scale read onto levels 1–5.
 */
public record SourceView(EvidenceKind kind, String competencyCode, boolean readsRating, BigDecimal scaleMin,
		BigDecimal scaleMax) {
}
