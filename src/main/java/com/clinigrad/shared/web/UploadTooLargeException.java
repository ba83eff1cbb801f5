package com.clinigrad.shared.web;

import java.io.IOException;

/**
 * Thrown while a body sent without a length (chunked) is read, once it passes the upload
 * limit of {@link UploadLimitFilter}: whoever reads the body fails, and can tell why.
 */
public class UploadTooLargeException extends IOException {

	private final long maxBytes;

	UploadTooLargeException(long maxBytes) {
		super("Request body larger than " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	/**
	 * @return the largest body a request may carry
	 */
	public long maxBytes() {
		return this.maxBytes;
	}

}
