package com.clinigrad.shared.reads;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * JPA and JDBC share the one connection a thread holds. Inside a transaction the JPA
 * transaction manager always arranged that (it lends JDBC the entity manager's
 * connection). The reads that run without a transaction of their own (propagation
 * {@code SUPPORTS}, as the degree audit's) bind a connection to the thread at their first
 * JDBC read; a JPA read after it (a cache filled on first use: the rule sets, the
 * academic calendar) took a second connection from the pool while the first was held. As
 * many such requests at once as the pool had connections then waited for each other until
 * the pool gave up, 30 s later (after a start, or after a rule set was saved).
 * <p>
 * Hibernate now takes its connections through Spring's transaction-aware proxy of the
 * pool: the connection bound to the thread where there is one, a new one otherwise. The
 * transaction manager still works with the pool itself (it unwraps the proxy).
 */
@Configuration(proxyBeanMethods = false)
class OneConnectionConfiguration {

	@Bean
	static BeanPostProcessor hibernateTakesTheThreadsConnection() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
					DataSource pool = factory.getDataSource();
					if (pool != null && !(pool instanceof TransactionAwareDataSourceProxy)) {
						factory.setDataSource(new TransactionAwareDataSourceProxy(pool));
					}
				}
				return bean;
			}
		};
	}

}
