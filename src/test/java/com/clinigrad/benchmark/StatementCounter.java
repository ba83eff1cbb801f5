package com.clinigrad.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements one thread sends (each statement prepared or created on a
 * connection of the application's data source), to see how many queries a request costs.
 * Register it as a bean (a {@link BeanPostProcessor} that wraps the data source), then
 * {@link #watch(Thread)} the measuring thread.
 */
final class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private final AtomicLong count = new AtomicLong();

	private volatile Thread watched;

	private final java.util.List<String> sql = new java.util.concurrent.CopyOnWriteArrayList<>();

	private volatile boolean recording;

	void watch(Thread thread) {
		this.watched = thread;
	}

	/**
	 * Keeps the text of each statement counted from now on, until {@link #recorded()}.
	 */
	void record() {
		this.sql.clear();
		this.recording = true;
	}

	/**
	 * @return the statements counted since {@link #record()}, which stops keeping them
	 */
	java.util.List<String> recorded() {
		this.recording = false;
		return java.util.List.copyOf(this.sql);
	}

	long count() {
		return this.count.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(method, target, args);
				return (result instanceof Connection connection) ? connection(connection) : result;
			});
		}
		return bean;
	}

	private Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			if (STATEMENTS.contains(method.getName()) && Thread.currentThread() == this.watched) {
				this.count.incrementAndGet();
				if (this.recording) {
					this.sql.add(
							(args != null && args.length > 0 && args[0] instanceof String text) ? text : "(statement)");
				}
			}
			return invoke(method, target, args);
		});
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	@FunctionalInterface
	private interface Handler<T> {

		Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;

	}

}
