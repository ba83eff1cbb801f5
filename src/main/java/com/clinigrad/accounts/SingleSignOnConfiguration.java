package com.clinigrad.accounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The university's single sign-on, as {@code clinigrad.sso.*} sets it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfiguration {

	@Bean
	SingleSignOn singleSignOn(SingleSignOnProperties properties, SingleSignOnAccounts accounts, LoginJournal journal,
			ApplicationEventPublisher events, JdbcClient jdbc,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SingleSignOn(properties, accounts, journal, events, jdbc, sessions);
	}

}
