package com.clinigrad.shared.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes "these students' records changed" events once per transaction and kind: an
 * import that writes 10,000 rows one at a time publishes one event naming the 10,000
 * students, just before its transaction commits (so that the event publication registry
 * stores it with the data), instead of 10,000 events. Outside a transaction the event is
 * published at once.
 */
@Component
public class StudentEvents {

	private static final Object PENDING = new Object();

	private final ApplicationEventPublisher publisher;

	StudentEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * Publishes an event about one change now (within the current transaction, so that
	 * the registry stores it with the data).
	 */
	public void publish(Object event) {
		this.publisher.publishEvent(event);
	}

	/**
	 * Adds students to the event of this kind that the current transaction publishes.
	 * @param kind the event's type, the key under which students are collected
	 * @param factory makes the event from all the students collected
	 * @param studentIds the students whose records changed
	 */
	public <E> void changed(Class<E> kind, Function<Set<Long>, E> factory, Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.publisher.publishEvent(factory.apply(new LinkedHashSet<>(studentIds)));
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(PENDING);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(PENDING, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.add(kind, factory, studentIds);
	}

	/**
	 * @see #changed(Class, Function, Collection)
	 */
	public <E> void changed(Class<E> kind, Function<Set<Long>, E> factory, long studentId) {
		changed(kind, factory, Set.of(studentId));
	}

	private final class Pending implements TransactionSynchronization {

		private final Map<Class<?>, Set<Long>> students = new LinkedHashMap<>();

		private final Map<Class<?>, Function<Set<Long>, ?>> factories = new LinkedHashMap<>();

		<E> void add(Class<E> kind, Function<Set<Long>, E> factory, Collection<Long> studentIds) {
			this.students.computeIfAbsent(kind, (k) -> new LinkedHashSet<>()).addAll(studentIds);
			this.factories.putIfAbsent(kind, factory);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
			this.students.forEach((kind, ids) -> StudentEvents.this.publisher
				.publishEvent(this.factories.get(kind).apply(Set.copyOf(ids))));
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
		}

	}

}
