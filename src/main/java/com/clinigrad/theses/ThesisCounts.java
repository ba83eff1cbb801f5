package com.clinigrad.theses;

import java.util.List;

/**
 * What {@link ThesisText#count} found in a thesis file: the non-whitespace character
 * counts of the body and both abstracts ({@code null} when the section was not found),
 * the codes of the sections not found and the whole extracted text.
 */
public record ThesisCounts(Integer bodyChars, Integer abstractZhChars, Integer abstractEnChars, List<String> notFound,
		String text) {

}
