/**
 * Documents and the degree archive (证明文件与学位档案): certificates and proofs a student (or a
 * supervisor) asks for, issued at once or after the office's approval, each a PDF with a
 * verification code and QR code checked on a public page; the office revokes them with a
 * reason; every issued PDF kept in the file store; and for each awarded degree the
 * archive of every document that led to it, frozen with a SHA-256 per file.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization", "students",
		"supervisors", "courses", "rotations", "theses", "eligibility", "eligibility :: rules" })
package com.clinigrad.documents;
