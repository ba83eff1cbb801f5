package com.clinigrad.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection sending GET requests and reading whole answers
 * (Content-Length or chunked), reconnecting when the server closes it. A load generator
 * that runs in the application's JVM must cost little: {@code java.net.http.HttpClient}
 * spends more CPU per request (its selector thread, futures, header maps) than the audit
 * API itself on this machine, so the API benchmark uses this plain socket client instead.
 */
final class RawHttpConnection implements AutoCloseable {

	private final String host;

	private final int port;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	RawHttpConnection(String host, int port) {
		this.host = host;
		this.port = port;
	}

	/**
	 * @param headers more header lines, each ending with CRLF (authorization, cookie,
	 * accept)
	 * @return the status and the body (UTF-8)
	 */
	Answer get(String pathAndQuery, String headers) throws IOException {
		if (this.socket == null) {
			open();
		}
		byte[] request = ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + this.host + ":" + this.port + "\r\n" + headers
				+ "\r\n")
			.getBytes(StandardCharsets.UTF_8);
		this.out.write(request);
		this.out.flush();
		String statusLine = line();
		int status = Integer.parseInt(statusLine.substring(9, 12));
		int length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(lower.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		byte[] body;
		if (chunked) {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
				all.write(this.in.readNBytes(size));
				line();
			}
			line();
			body = all.toByteArray();
		}
		else {
			body = (length >= 0) ? this.in.readNBytes(length) : this.in.readAllBytes();
		}
		if (close || (!chunked && length < 0)) {
			close();
		}
		return new Answer(status, new String(body, StandardCharsets.UTF_8));
	}

	private void open() throws IOException {
		this.socket = new Socket(this.host, this.port);
		this.socket.setTcpNoDelay(true);
		this.in = new BufferedInputStream(this.socket.getInputStream(), 16 * 1024);
		this.out = this.socket.getOutputStream();
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b < 0) {
				throw new EOFException("Connection closed");
			}
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		if (this.socket != null) {
			this.socket.close();
			this.socket = null;
		}
	}

	record Answer(int status, String body) {
	}

}
