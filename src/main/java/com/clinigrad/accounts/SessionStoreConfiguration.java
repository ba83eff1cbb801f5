package com.clinigrad.accounts;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in PostgreSQL (Spring Session JDBC) without a write on every page view: the
 * session filter marks each request's session as accessed, and the repository then
 * rewrote its row (a new row version, its three indexes and a commit to the log) even
 * when nothing but the last access time had changed, and the requests of one browser at
 * once (a page and its panels) waited for each other's row lock. The row is now written
 * only when something else changed (the session id at login, the principal, the timeout)
 * or when the stored last access is older than {@link #LAST_ACCESS_PRECISION}. A session
 * therefore expires between 29 and 30 minutes after its last request instead of exactly
 * 30 (with the default timeout). Attributes are written as before. The read Spring
 * Session's filter makes again after saving, at the end of every request, is answered
 * with the session just saved ({@link SavedSessionReuse}); reads run without a
 * transaction ({@link SessionReadsWithoutTransaction}); the security context and the CSRF
 * token are not deserialized again while their stored bytes stay the same
 * ({@link SessionAttributeConversion}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	static final Duration LAST_ACCESS_PRECISION = Duration.ofMinutes(1);

	/**
	 * The repository's update with the same parameters in the same order (session id,
	 * last access, timeout, expiry, principal, primary key) and a condition that skips
	 * the write when only a recent last access would change.
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
			    PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
			             CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
			             CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
			  AND (S.LAST_ACCESS_TIME < V.LAST_ACCESS_TIME - %PRECISION%
			       OR S.SESSION_ID <> V.SESSION_ID
			       OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			       OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME)
			""".replace("%PRECISION%", String.valueOf(LAST_ACCESS_PRECISION.toMillis()));

	/**
	 * The repository's insert of an attribute, the same parameters in the same order: a
	 * second request of the same session that adds the same attribute at the same time
	 * (two tabs opened at once after the login, each creating the session's CSRF token)
	 * replaces the first one's value instead of failing on the key (the 500 of a
	 * duplicate key).
	 */
	static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerMinute() {
		return (repository) -> {
			repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
			repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
		};
	}

	private static final SavedSessionReuse SAVED_SESSION_REUSE = new SavedSessionReuse();

	/**
	 * The session repository answers the read after the save from the saved session.
	 */
	@Bean
	static BeanPostProcessor savedSessionReuse(ObjectProvider<DataSource> dataSource) {
		return new BeanPostProcessor() {
			/**
			 * Session reads without a transaction of their own, saves in one. Given to
			 * Spring Session's configuration directly: a bean of this type would take the
			 * place of the application's own transaction template.
			 */
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcHttpSessionConfiguration configuration) {
					configuration.setTransactionOperations(new SessionReadsWithoutTransaction(dataSource.getObject()));
					configuration.setSpringSessionConversionService(
							SessionAttributeConversion.create(SessionStoreConfiguration.class.getClassLoader()));
				}
				return bean;
			}

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository) {
					ProxyFactory proxy = new ProxyFactory(bean);
					proxy.setProxyTargetClass(true);
					proxy.addAdvice(SAVED_SESSION_REUSE);
					proxy.addAdvice(SessionReadsWithoutTransaction.MARKS_READS);
					return proxy.getProxy(JdbcIndexedSessionRepository.class.getClassLoader());
				}
				return bean;
			}
		};
	}

	/**
	 * Just inside Spring Session's filter: notes the request's changes to its session, so
	 * that a session nobody changed is not written.
	 */
	@Bean
	FilterRegistrationBean<SessionChangeTracking> sessionChangeTracking() {
		FilterRegistrationBean<SessionChangeTracking> registration = new FilterRegistrationBean<>(
				new SessionChangeTracking());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR,
				DispatcherType.FORWARD, DispatcherType.INCLUDE);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	/**
	 * Just outside Spring Session's filter: what is remembered of a request's saved
	 * session ends with the request.
	 */
	@Bean
	FilterRegistrationBean<SavedSessionReuse> savedSessionRequestScope() {
		FilterRegistrationBean<SavedSessionReuse> registration = new FilterRegistrationBean<>(SAVED_SESSION_REUSE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR,
				DispatcherType.FORWARD, DispatcherType.INCLUDE);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
