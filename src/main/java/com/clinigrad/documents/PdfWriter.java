package com.clinigrad.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.shared.pdf.MixedFontText;
import com.clinigrad.shared.pdf.PdfPages;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.springframework.core.io.ClassPathResource;

/**
 * Writes an A4 PDF top-down with PDFBox: Latin runs in Helvetica, everything else in the
 * embedded (subset) CJK font, lines wrapped to the page, new pages when one is full.
 */
final class PdfWriter implements AutoCloseable {

	static final String FONT = "fonts/DroidSansFallbackFull.ttf";

	static final float MARGIN = 56;

	static final float WIDTH = PdfPages.WIDTH;

	private final PDDocument document = new PDDocument();

	private final PdfPages pages;

	PdfWriter(String title) {
		try (InputStream font = new ClassPathResource(FONT).getInputStream()) {
			PDType0Font cjk = PDType0Font.load(this.document, font, true);
			MixedFontText mixed = new MixedFontText(new PDType1Font(Standard14Fonts.FontName.HELVETICA), cjk);
			this.document.getDocumentInformation().setTitle(title);
			this.document.getDocumentInformation().setCreator("Clinigrad");
			this.pages = PdfPages.plain(this.document, mixed, MARGIN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void newPage() throws IOException {
		this.pages.newPage();
	}

	float y() {
		return this.pages.y();
	}

	void down(float amount) throws IOException {
		this.pages.down(amount);
		this.pages.ensureRoom(0);
	}

	void text(float x, float size, String text) throws IOException {
		this.pages.text(x, size, text);
	}

	void right(float size, String text) throws IOException {
		this.pages.right(size, text);
	}

	void centered(float size, String text) throws IOException {
		this.pages.centered(size, text);
	}

	/**
	 * Writes a paragraph wrapped to the width from {@code x} to the right margin,
	 * breaking Latin text at spaces.
	 */
	void paragraph(float x, float size, float leading, String text) throws IOException {
		float max = WIDTH - MARGIN - x;
		for (String line : wrap(text, size, max)) {
			text(x, size, line);
			down(leading);
		}
	}

	List<String> wrap(String text, float size, float max) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			line.append(text.charAt(i));
			if (width(line.toString(), size) > max) {
				int space = line.lastIndexOf(" ");
				int cut = (space > 0 && text.charAt(i) < 0x2E80) ? space : line.length() - 1;
				lines.add(line.substring(0, cut).stripTrailing());
				String rest = line.substring(cut).stripLeading();
				line.setLength(0);
				line.append(rest);
			}
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	float width(String text, float size) throws IOException {
		return this.pages.width(size, text);
	}

	void rule() throws IOException {
		this.pages.rule(0.6f);
	}

	void image(java.awt.image.BufferedImage image, float x, float yBottom, float size) throws IOException {
		PDImageXObject object = LosslessFactory.createFromImage(this.document, image);
		this.pages.stream().drawImage(object, x, yBottom, size, size);
	}

	byte[] finish() {
		try {
			this.pages.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
