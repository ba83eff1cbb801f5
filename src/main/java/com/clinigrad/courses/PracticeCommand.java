package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.List;

/**
 * A student's application for practice / innovation credits.
 */
public record PracticeCommand(String title, String summary, BigDecimal creditsRequested, List<File> attachments) {

	public PracticeCommand {
		attachments = List.copyOf(attachments);
	}

	/**
	 * An attached file.
	 */
	public record File(String filename, String contentType, byte[] content) {
	}

}
