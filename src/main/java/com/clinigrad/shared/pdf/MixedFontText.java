package com.clinigrad.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text mixing Chinese and Latin in a PDF (transcripts, certificates, the annual report):
 * the embedded CJK font has no Latin glyphs, so a line is cut into runs, Latin ones in
 * the Latin font, the rest in the CJK font.
 *
 * @param latin the font of Latin runs (e.g. Helvetica)
 * @param cjk the embedded CJK font
 */
public record MixedFontText(PDFont latin, PDFont cjk) {

	/**
	 * Shows the text at the stream's current text position (inside
	 * {@code beginText()}/{@code endText()}).
	 */
	public void show(PDPageContentStream stream, float size, String text) throws IOException {
		for (Run run : runs(text)) {
			stream.setFont(run.font(), size);
			stream.showText(run.text());
		}
	}

	/**
	 * @return the width of the text in points at that size
	 */
	public float width(float size, String text) throws IOException {
		float width = 0;
		for (Run run : runs(text)) {
			width += run.font().getStringWidth(run.text()) / 1000 * size;
		}
		return width;
	}

	/**
	 * @return the text cut into runs of one font each
	 */
	public List<Run> runs(String text) {
		List<Run> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		PDFont currentFont = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			PDFont font = latin(c) ? this.latin : this.cjk;
			if (font != currentFont && current.length() > 0) {
				runs.add(new Run(currentFont, current.toString()));
				current.setLength(0);
			}
			currentFont = font;
			current.append(c);
		}
		if (current.length() > 0) {
			runs.add(new Run(currentFont, current.toString()));
		}
		return runs;
	}

	private boolean latin(char c) {
		if (c < 0x80) {
			return true;
		}
		if (c >= 0x2E80) {
			return false;
		}
		try {
			this.latin.encode(String.valueOf(c));
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

	/**
	 * Part of a line in one font.
	 */
	public record Run(PDFont font, String text) {
	}

}
