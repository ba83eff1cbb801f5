package com.clinigrad.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the documents' and archives' files live: the local disk by default, an
 * S3-compatible object store by configuration (several nodes then share the files). Keys
 * are relative paths such as {@code documents/2026/CG2026000001.pdf}.
 */
public interface FileStore {

	/**
	 * Stores the bytes under the key, replacing what was there.
	 * @return the SHA-256 of the bytes stored, in lowercase hex
	 */
	String put(String key, byte[] content);

	/**
	 * @return the bytes stored under the key
	 * @throws StoredFileMissingException when nothing is stored under it
	 */
	byte[] get(String key);

	/**
	 * @return the SHA-256 of what is stored under the key now, read back from the store
	 */
	default String checksum(String key) {
		return sha256(get(key));
	}

	/**
	 * Removes the key's file; nothing happens when there is none.
	 */
	void delete(String key);

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
