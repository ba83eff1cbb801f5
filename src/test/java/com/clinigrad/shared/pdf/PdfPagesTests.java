package com.clinigrad.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines written top-down go on a new page exactly when the current one is full, each
 * numbered page carries its number and what each page repeats, and plain pages carry no
 * number.
 */
class PdfPagesTests {

	@Test
	void aFullPageContinuesOnANumberedPageWithItsRepeatedHeader() throws IOException {
		AtomicInteger headers = new AtomicInteger();
		byte[] pdf = write(true, (pages) -> {
			for (int i = 1; i <= 60; i++) {
				pages.ensureRoom(20, () -> {
					headers.incrementAndGet();
					pages.text(48, 9, "课程 Course");
					pages.down(15);
				});
				pages.text(48, 9, "第" + i + "行 line " + i);
				pages.down(15);
			}
		});
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(headers).hasValue(1);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String second = stripper.getText(document);
			assertThat(second).contains("第 2 页").contains("课程 Course").contains("line 60").doesNotContain("line 1\n");
		}
	}

	@Test
	void roomLeftAboveTheMarginKeepsThePageAndPlainPagesCarryNoNumber() throws IOException {
		byte[] pdf = write(false, (pages) -> {
			float top = pages.y();
			pages.down(top - 48 - 10);
			pages.ensureRoom(10);
			pages.text(48, 9, "still first");
			pages.ensureRoom(11);
			pages.text(48, 9, "second");
		});
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(new PDFTextStripper().getText(document)).contains("still first")
				.contains("second")
				.doesNotContain("页");
		}
	}

	private static byte[] write(boolean numbered, Body body) throws IOException {
		try (PDDocument document = new PDDocument();
				InputStream font = new ClassPathResource("fonts/DroidSansFallbackFull.ttf").getInputStream()) {
			MixedFontText text = new MixedFontText(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
					PDType0Font.load(document, font, true));
			PdfPages pages = numbered ? PdfPages.numbered(document, text, 48, 15) : PdfPages.plain(document, text, 48);
			body.write(pages);
			pages.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	@FunctionalInterface
	private interface Body {

		void write(PdfPages pages) throws IOException;

	}

}
