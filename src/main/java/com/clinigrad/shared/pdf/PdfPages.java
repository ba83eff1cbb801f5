package com.clinigrad.shared.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The A4 pages of a PDF written top-down (transcripts, certificates, the annual report):
 * where the next line goes, a new page when the current one is full, optionally with its
 * page number ("第 n 页") at the top, and lines of mixed Chinese and Latin text. The
 * writers of each document keep their own layout and use this for the pages.
 */
public final class PdfPages {

	/** The width of an A4 page in points. */
	public static final float WIDTH = PDRectangle.A4.getWidth();

	/** The height of an A4 page in points. */
	public static final float HEIGHT = PDRectangle.A4.getHeight();

	private final PDDocument document;

	private final MixedFontText text;

	private final float margin;

	private final float numberLine;

	private PDPageContentStream stream;

	private float y;

	private int pages;

	private PdfPages(PDDocument document, MixedFontText text, float margin, float numberLine) throws IOException {
		this.document = document;
		this.text = text;
		this.margin = margin;
		this.numberLine = numberLine;
		newPage();
	}

	/**
	 * Pages whose top carries the page number, the first line {@code line} below it.
	 */
	public static PdfPages numbered(PDDocument document, MixedFontText text, float margin, float line)
			throws IOException {
		return new PdfPages(document, text, margin, line);
	}

	/**
	 * Pages without page numbers.
	 */
	public static PdfPages plain(PDDocument document, MixedFontText text, float margin) throws IOException {
		return new PdfPages(document, text, margin, -1);
	}

	/**
	 * Closes the current page and starts the next one at its top margin.
	 */
	public void newPage() throws IOException {
		if (this.stream != null) {
			this.stream.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		this.stream = new PDPageContentStream(this.document, page);
		this.pages++;
		this.y = HEIGHT - this.margin;
		if (this.numberLine >= 0) {
			text(WIDTH - this.margin - 40, 8, "第 " + this.pages + " 页");
			this.y -= this.numberLine;
		}
	}

	/**
	 * Starts a new page unless {@code height} still fits above the bottom margin.
	 */
	public void ensureRoom(float height) throws IOException {
		ensureRoom(height, () -> {
		});
	}

	/**
	 * Starts a new page unless {@code height} still fits, then writes what each page
	 * repeats (a table's header).
	 */
	public void ensureRoom(float height, Step onNewPage) throws IOException {
		if (this.y - height < this.margin) {
			newPage();
			onNewPage.run();
		}
	}

	/**
	 * Writes a line at {@code x} on the current line: Latin runs in the Latin font, the
	 * rest in the embedded CJK font.
	 */
	public void text(float x, float size, String text) throws IOException {
		this.stream.beginText();
		this.stream.newLineAtOffset(x, this.y);
		this.text.show(this.stream, size, text);
		this.stream.endText();
	}

	public void centered(float size, String text) throws IOException {
		text((WIDTH - width(size, text)) / 2, size, text);
	}

	public void right(float size, String text) throws IOException {
		text(WIDTH - this.margin - width(size, text), size, text);
	}

	/**
	 * A horizontal rule from margin to margin on the current line.
	 */
	public void rule(float lineWidth) throws IOException {
		this.stream.moveTo(this.margin, this.y);
		this.stream.lineTo(WIDTH - this.margin, this.y);
		this.stream.setLineWidth(lineWidth);
		this.stream.stroke();
	}

	public float width(float size, String text) throws IOException {
		return this.text.width(size, text);
	}

	public void down(float amount) {
		this.y -= amount;
	}

	/**
	 * @return the current line's height above the bottom of the page
	 */
	public float y() {
		return this.y;
	}

	/**
	 * @return the current page's content, for drawings of the document's own (bars,
	 * images)
	 */
	public PDPageContentStream stream() {
		return this.stream;
	}

	/**
	 * Closes the last page; the document can then be saved.
	 */
	public void close() throws IOException {
		this.stream.close();
	}

	/**
	 * Something written on a new page.
	 */
	@FunctionalInterface
	public interface Step {

		void run() throws IOException;

	}

}
