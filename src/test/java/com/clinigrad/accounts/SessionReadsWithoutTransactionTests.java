package com.clinigrad.accounts;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store's reads by id run without a transaction, its saves (and a read made
 * inside a transaction) in one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionReadsWithoutTransactionTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void readsByIdRunWithoutATransactionAndSavesInOne() {
		SessionReadsWithoutTransaction operations = new SessionReadsWithoutTransaction(this.dataSource);
		ProxyFactory factory = new ProxyFactory(new Store(operations));
		factory.setProxyTargetClass(true);
		factory.addAdvice(SessionReadsWithoutTransaction.MARKS_READS);
		Store store = (Store) factory.getProxy();

		assertThat(store.findById("a")).as("a read by id").isFalse();
		assertThat(store.save()).as("a save").isTrue();
		Boolean inside = this.transactions.execute((status) -> store.findById("b"));
		assertThat(inside).as("a read by id inside a transaction").isTrue();
		assertThat(store.findById("c")).as("a read by id after that").isFalse();
	}

	/**
	 * Stands for the session repository: each operation tells whether it ran in a
	 * transaction.
	 */
	static class Store {

		private final TransactionOperations operations;

		Store(TransactionOperations operations) {
			this.operations = operations;
		}

		public Boolean findById(String id) {
			return this.operations.execute((status) -> TransactionSynchronizationManager.isActualTransactionActive());
		}

		public Boolean save() {
			return this.operations.execute((status) -> TransactionSynchronizationManager.isActualTransactionActive());
		}

	}

}
