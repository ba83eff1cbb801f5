package com.clinigrad.eligibility;

import com.clinigrad.shared.SchoolTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scans for warnings and diversion cases every night at 02:30 (Beijing time), so that the
 * pages show them without anyone pressing the button;
 * {@code clinigrad.cases.nightly=false} turns it off.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "clinigrad.cases.nightly", havingValue = "true", matchIfMissing = true)
class NightlyCaseScan {

	private static final Logger log = LoggerFactory.getLogger(NightlyCaseScan.class);

	private final DiversionCaseScan cases;

	NightlyCaseScan(DiversionCaseScan cases) {
		this.cases = cases;
	}

	@Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "nightly-case-scan", lockAtMostFor = "PT3H", lockAtLeastFor = "PT1M")
	void scan() {
		int open = this.cases.scanAll(SchoolTime.today());
		log.info("Nightly scan: {} warnings and diversion cases open", open);
	}

}
