package com.clinigrad.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The collection pauses of this JVM (where the benchmarks run the application) while
 * open: how many and the longest, so that a round whose p99 jumps can be told apart from
 * one that waited on the collector. The collectors' concurrent cycles (G1's marking) do
 * not stop the application and are not counted.
 */
final class GcPauses implements NotificationListener, AutoCloseable {

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	private final AtomicInteger count = new AtomicInteger();

	private final AtomicLong longestMillis = new AtomicLong();

	private GcPauses() {
	}

	static GcPauses watch() {
		GcPauses pauses = new GcPauses();
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(pauses, null, null);
				pauses.emitters.add(emitter);
			}
		}
		return pauses;
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		if (info.getGcName().contains("Concurrent") || info.getGcName().contains("Cycles")) {
			return;
		}
		this.count.incrementAndGet();
		this.longestMillis.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
	}

	/**
	 * @return the pauses so far, for a report
	 */
	String summary() {
		return String.format("GC pauses %d, longest %d ms", this.count.get(), this.longestMillis.get());
	}

	@Override
	public void close() {
		for (NotificationEmitter emitter : this.emitters) {
			try {
				emitter.removeNotificationListener(this);
			}
			catch (ListenerNotFoundException ex) {
				// not registered with this collector
			}
		}
	}

}
