package com.clinigrad.imports.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form of one dataset: a {@code .csv} or {@code .xlsx} file.
 */
class ImportUploadForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
