package com.clinigrad.documents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night at 03:10 (Beijing time), on one node (ShedLock), removes from the file
 * store the drafts that were superseded, rejected or withdrawn longer ago than their
 * kind's retention period ({@code document_retention}, data); issued documents and degree
 * archives are never removed. It also forgets the verification page's counts of past
 * days. {@code clinigrad.documents.retention=false} turns it off.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "clinigrad.documents.retention", havingValue = "true", matchIfMissing = true)
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final JdbcClient jdbc;

	private final FileStore files;

	private final VerifyThrottle throttle;

	RetentionJob(JdbcClient jdbc, FileStore files, VerifyThrottle throttle) {
		this.jdbc = jdbc;
		this.files = files;
		this.throttle = throttle;
	}

	@Scheduled(cron = "0 10 3 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "documents-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	void nightly() {
		log.info("Document retention: {} draft files removed", removeExpired(Instant.now()));
	}

	/**
	 * Removes the files whose retention ended before {@code now}.
	 * @return how many were removed
	 */
	int removeExpired(Instant now) {
		record Expired(long id, String key) {
		}
		List<Expired> expired = this.jdbc.sql("""
				select f.id, f.file_key from document_file f
				join issued_document d on d.id = f.document_id
				join document_retention r on r.kind = d.kind
				where f.discarded_at is not null and f.removed_at is null
				  and f.discarded_at + make_interval(days => r.keep_days) < :now
				order by f.id
				""")
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, n) -> new Expired(rs.getLong(1), rs.getString(2)))
			.list();
		for (Expired file : expired) {
			this.files.delete(file.key());
			this.jdbc.sql("update document_file set removed_at = :now where id = :id")
				.param("now", java.sql.Timestamp.from(now))
				.param("id", file.id())
				.update();
		}
		this.throttle.forgetBefore(now.minus(1, ChronoUnit.DAYS));
		return expired.size();
	}

}
