package com.clinigrad.documents;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files as objects of one bucket of an S3-compatible store (MinIO, Ceph, AWS S3), through
 * the AWS SDK v2; every node of a cluster sees the same files.
 */
class S3FileStore implements FileStore {

	private final S3Client client;

	private final String bucket;

	private final String prefix;

	S3FileStore(S3Client client, String bucket, String prefix) {
		this.client = client;
		this.bucket = bucket;
		this.prefix = (prefix == null || prefix.isBlank()) ? "" : prefix.replaceAll("/+$", "") + "/";
	}

	@Override
	public String put(String key, byte[] content) {
		String sha256 = FileStore.sha256(content);
		this.client.putObject((request) -> request.bucket(this.bucket)
			.key(this.prefix + key)
			.contentLength((long) content.length)
			.metadata(java.util.Map.of("sha256", sha256)), RequestBody.fromBytes(content));
		return sha256;
	}

	@Override
	public byte[] get(String key) {
		try {
			return this.client.getObjectAsBytes((request) -> request.bucket(this.bucket).key(this.prefix + key))
				.asByteArray();
		}
		catch (NoSuchKeyException ex) {
			throw new StoredFileMissingException(key);
		}
	}

	@Override
	public void delete(String key) {
		this.client.deleteObject((request) -> request.bucket(this.bucket).key(this.prefix + key));
	}

}
