package com.clinigrad.shared.history;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * Reads an audited record's revisions and turns them into field-level changes (who, when,
 * old → new), newest first, for the detail pages.
 */
@Component
public class ChangeHistory {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * @param type the audited entity class
	 * @param id its id
	 * @param fields the fields to compare, in display order
	 * @param formatters how to show a field's value (e.g. an id as a name); others use
	 * {@code toString}
	 * @return the changes, newest first
	 */
	@Transactional(readOnly = true)
	public List<ChangeEntry> of(Class<?> type, Object id, List<String> fields,
			Map<String, Function<Object, String>> formatters) {
		@SuppressWarnings("unchecked")
		List<Object[]> revisions = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<ChangeEntry> changes = new ArrayList<>();
		Object previous = null;
		for (Object[] row : revisions) {
			Object entity = row[0];
			ChangeRevision revision = (ChangeRevision) row[1];
			Instant when = Instant.ofEpochMilli(revision.getTimestamp());
			if (previous == null) {
				changes.add(new ChangeEntry(when, revision.getUsername(), null, null, null));
			}
			else {
				for (String field : fields) {
					Object before = read(previous, field);
					Object after = read(entity, field);
					if (!Objects.equals(before, after)) {
						Function<Object, String> format = formatters.getOrDefault(field, String::valueOf);
						changes.add(new ChangeEntry(when, revision.getUsername(), field,
								(before != null) ? format.apply(before) : "",
								(after != null) ? format.apply(after) : ""));
					}
				}
			}
			previous = entity;
		}
		Collections.reverse(changes);
		return changes;
	}

	private static Object read(Object entity, String name) {
		Field field = ReflectionUtils.findField(entity.getClass(), name);
		if (field == null) {
			throw new IllegalArgumentException("No field " + name + " on " + entity.getClass());
		}
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, entity);
	}

}
