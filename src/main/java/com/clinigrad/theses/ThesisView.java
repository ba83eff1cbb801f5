package com.clinigrad.theses;

import java.math.BigDecimal;

/**
 * The thesis as recorded.
 *
 * @param similarityPercent {@code null} while no similarity check is recorded
 */
public record ThesisView(String title, int bodyChars, int abstractZhChars, int abstractEnChars,
		BigDecimal similarityPercent, boolean declarationSigned) {
}
