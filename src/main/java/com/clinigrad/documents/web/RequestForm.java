package com.clinigrad.documents.web;

import jakarta.validation.constraints.NotNull;

import com.clinigrad.documents.DocumentKind;
import com.clinigrad.documents.DocumentLanguage;

/**
 * A request for a document: which kind, in which language.
 */
class RequestForm {

	@NotNull
	private DocumentKind kind;

	@NotNull
	private DocumentLanguage language = DocumentLanguage.ZH;

	public DocumentKind getKind() {
		return this.kind;
	}

	public void setKind(DocumentKind kind) {
		this.kind = kind;
	}

	public DocumentLanguage getLanguage() {
		return this.language;
	}

	public void setLanguage(DocumentLanguage language) {
		this.language = language;
	}

}
