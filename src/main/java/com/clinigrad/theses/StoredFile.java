package com.clinigrad.theses;

/**
 * A file to send back: its name for the download, its media type and its bytes.
 */
public record StoredFile(String fileName, String contentType, byte[] content) {

	static StoredFile of(String fileName, String format, byte[] content) {
		return new StoredFile(fileName, ThesisText.PDF.equals(format) ? "application/pdf"
				: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content);
	}

}
