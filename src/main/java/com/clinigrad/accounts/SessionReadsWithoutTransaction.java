package com.clinigrad.accounts;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of the session repository (Spring Session JDBC runs each of its
 * operations through the {@link TransactionOperations} named
 * {@code springSessionTransactionOperations}, by default each in a new transaction). A
 * session is read on every page view by one statement (the session row joined to its
 * attributes), which sees one snapshot of its own: that read now runs without a
 * transaction and spares the request a commit's round trip (as does the deletion of a
 * session found expired, also one statement). Saves, which may write the row and several
 * attributes, keep their new transaction, and so does a read made while the thread is
 * inside a transaction. These transactions are plain JDBC ones (the repository writes
 * through a {@code JdbcTemplate}): the application's transaction manager is JPA's, which
 * opened a Hibernate session for every save.
 */
final class SessionReadsWithoutTransaction implements TransactionOperations {

	/**
	 * Around the session repository: marks its reads by id.
	 */
	static final MethodInterceptor MARKS_READS = SessionReadsWithoutTransaction::marked;

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final TransactionTemplate transactions;

	SessionReadsWithoutTransaction(DataSource dataSource) {
		this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	private static Object marked(MethodInvocation invocation) throws Throwable {
		if (!"findById".equals(invocation.getMethod().getName()) || READING.get() != null) {
			return invocation.proceed();
		}
		READING.set(Boolean.TRUE);
		try {
			return invocation.proceed();
		}
		finally {
			READING.remove();
		}
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		if (READING.get() != null && !TransactionSynchronizationManager.isActualTransactionActive()) {
			return action.doInTransaction(new SimpleTransactionStatus(false));
		}
		return this.transactions.execute(action);
	}

}
