package com.clinigrad.notifications;

import com.clinigrad.shared.SchoolTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders before deadlines every morning at 08:30 (Beijing time), after the
 * nightly scan has brought the audit's deadlines up to date;
 * {@code clinigrad.reminders.daily=false} turns it off (the button on {@code /reminders}
 * stays).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "clinigrad.reminders.daily", havingValue = "true", matchIfMissing = true)
class DailyReminderJob {

	private static final Logger log = LoggerFactory.getLogger(DailyReminderJob.class);

	private final ReminderRun run;

	DailyReminderJob(ReminderRun run) {
		this.run = run;
	}

	@Scheduled(cron = "0 30 8 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
	void remind() {
		ReminderRun.RunSummary summary = this.run.run(SchoolTime.today(), null);
		log.info("Reminders: {} sent ({})", summary.total(), summary.counts());
	}

}
