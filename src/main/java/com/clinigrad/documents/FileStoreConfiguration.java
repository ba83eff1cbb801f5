package com.clinigrad.documents;

import java.net.URI;
import java.nio.file.Path;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the file store: {@code clinigrad.files.store=local} (the default) keeps files
 * under {@code clinigrad.files.directory}; {@code s3} keeps them in a bucket of an
 * S3-compatible store ({@code clinigrad.files.s3.*}).
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

	static final String S3 = "s3";

	@Bean
	FileStore fileStore(@Value("${clinigrad.files.store:local}") String store,
			@Value("${clinigrad.files.directory:./data/files}") String directory,
			@Value("${clinigrad.files.s3.endpoint:}") String endpoint,
			@Value("${clinigrad.files.s3.region:us-east-1}") String region,
			@Value("${clinigrad.files.s3.bucket:clinigrad}") String bucket,
			@Value("${clinigrad.files.s3.prefix:}") String prefix,
			@Value("${clinigrad.files.s3.access-key:}") String accessKey,
			@Value("${clinigrad.files.s3.secret-key:}") String secretKey) {
		if (S3.equalsIgnoreCase(store.trim())) {
			return new S3FileStore(s3Client(endpoint, region, accessKey, secretKey), bucket, prefix);
		}
		return new LocalFileStore(Path.of(directory));
	}

	/**
	 * A client for AWS S3 or, with an endpoint, for an S3-compatible server (path-style
	 * addresses, as MinIO wants them).
	 */
	static S3Client s3Client(String endpoint, String region, String accessKey, String secretKey) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(region))
			.credentialsProvider(accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
					: StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
		if (!endpoint.isBlank()) {
			// S3-compatible servers: path-style addresses, and checksums only where the
			// API
			// requires them (not every server reads the SDK's trailing checksums)
			builder.endpointOverride(URI.create(endpoint))
				.forcePathStyle(true)
				.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
				.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		}
		return builder.build();
	}

}
