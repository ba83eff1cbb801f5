package com.clinigrad.theses;

import com.clinigrad.shared.SchoolTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records blind-review reminders every morning at 08:00 (Beijing time);
 * {@code clinigrad.reviews.reminders=false} turns it off.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "clinigrad.reviews.reminders", havingValue = "true", matchIfMissing = true)
class ReviewReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReviewReminderJob.class);

	private final BlindReviews reviews;

	ReviewReminderJob(BlindReviews reviews) {
		this.reviews = reviews;
	}

	@Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "review-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	void remind() {
		log.info("Review reminders: {} recorded", this.reviews.remind(SchoolTime.today()));
	}

}
