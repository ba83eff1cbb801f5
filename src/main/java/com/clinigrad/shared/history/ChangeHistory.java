package com.clinigrad.shared.history;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.clinigrad.shared.reads.Read;
import com.clinigrad.shared.reads.Reads;
import com.clinigrad.shared.web.Words;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Reads an audited record's revisions and turns them into field-level changes (who, when,
 * old → new), newest first, in words, for the detail pages.
 * <p>
 * The snapshots Envers keeps (the record's {@code _aud} table, and one for each audited
 * collection of values) are read with plain SQL, in one statement per table: the columns
 * come from Hibernate's mapping of the record, once per record type. Reading them through
 * Envers' own query built and hydrated a record per revision, about an eighth of the
 * student page's CPU.
 */
@Component
public class ChangeHistory {

	/** Envers' revision type of a removed collection value (0 added, 1 changed). */
	private static final int REMOVED = 2;

	private final JdbcClient jdbc;

	private final Reads reads;

	private final MessageSource messages;

	private final EntityManagerFactory entityManagerFactory;

	private final String auditSuffix;

	private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

	private final Map<Class<?>, Method> messageKeys = new ConcurrentHashMap<>();

	ChangeHistory(JdbcClient jdbc, Reads reads, MessageSource messages, EntityManagerFactory entityManagerFactory,
			@Value("${spring.jpa.properties.org.hibernate.envers.audit_table_suffix:_AUD}") String auditSuffix) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.messages = messages;
		this.entityManagerFactory = entityManagerFactory;
		this.auditSuffix = auditSuffix;
	}

	/**
	 * @param type the audited entity class
	 * @param id its id
	 * @param fields the fields to compare, in display order
	 * @param formatters how to show a field's value where the words are not the value's
	 * own (e.g. an id as a name); others are shown as {@link #words words}
	 * @return the changes, newest first
	 */
	public List<ChangeEntry> of(Class<?> type, Object id, List<String> fields,
			Map<String, Function<Object, String>> formatters) {
		return this.reads.one(read(type, id, fields, formatters));
	}

	/**
	 * @return the read of {@link #of}, to run with other reads (a record with audited
	 * collections reads them, and a formatter its names, once the snapshots are in)
	 */
	public Read<List<ChangeEntry>> read(Class<?> type, Object id, List<String> fields,
			Map<String, Function<Object, String>> formatters) {
		Shape shape = this.shapes.computeIfAbsent(type, this::shape);
		return Read.of(shape.select(fields), Map.of("id", id), (rs) -> {
			List<Snapshot> snapshots = new ArrayList<>();
			while (rs.next()) {
				snapshots.add(snapshot(rs, shape, fields));
			}
			return changes(shape, id, fields, formatters, snapshots);
		});
	}

	private List<ChangeEntry> changes(Shape shape, Object id, List<String> fields,
			Map<String, Function<Object, String>> formatters, List<Snapshot> snapshots) {
		for (ValueSet set : shape.sets()) {
			if (fields.contains(set.field())) {
				replay(set, id, snapshots);
			}
		}
		Words words = new Words(this.messages, LocaleContextHolder.getLocale());
		List<ChangeEntry> changes = new ArrayList<>();
		Snapshot previous = null;
		for (Snapshot snapshot : snapshots) {
			Instant when = Instant.ofEpochMilli(snapshot.timestamp());
			if (previous == null) {
				changes.add(new ChangeEntry(when, snapshot.username(), null, null, null));
			}
			else {
				for (String field : fields) {
					Object before = previous.values().get(field);
					Object after = snapshot.values().get(field);
					if (!Objects.equals(before, after)) {
						Function<Object, String> format = formatters.getOrDefault(field,
								(value) -> words(value, words));
						changes.add(new ChangeEntry(when, snapshot.username(), field,
								(before != null) ? format.apply(before) : "",
								(after != null) ? format.apply(after) : ""));
					}
				}
			}
			previous = snapshot;
		}
		Collections.reverse(changes);
		return changes;
	}

	/**
	 * A value as a person reads it: a choice by its label ({@code messageKey()}), yes or
	 * no, a time at the school, several values by their words joined as the language
	 * lists them.
	 */
	private String words(Object value, Words words) {
		if (value instanceof Boolean yes) {
			return words.get(yes ? "common.yes" : "common.no");
		}
		if (value instanceof Enum<?> choice) {
			Method key = this.messageKeys.computeIfAbsent(choice.getDeclaringClass(),
					(enumType) -> ReflectionUtils.findMethod(enumType, "messageKey"));
			return (key != null) ? words.get((String) ReflectionUtils.invokeMethod(key, choice)) : choice.name();
		}
		if (value instanceof Instant instant) {
			return words.dateTime(instant);
		}
		if (value instanceof Collection<?> values) {
			return words.join(values.stream().map((element) -> words(element, words)).sorted().toList());
		}
		return String.valueOf(value);
	}

	private static Snapshot snapshot(ResultSet rs, Shape shape, List<String> fields) throws SQLException {
		Map<String, Object> values = new java.util.HashMap<>();
		for (String field : fields) {
			Column column = shape.columns().get(field);
			if (column != null) {
				values.put(field, read(rs, column.name(), column.type()));
			}
		}
		return new Snapshot(rs.getLong("rev"), rs.getLong("timestamp"), rs.getString("username"), values);
	}

	/**
	 * Gives every snapshot the collection's values as they were at its revision: Envers
	 * keeps a row per value added or removed.
	 */
	private void replay(ValueSet set, Object id, List<Snapshot> snapshots) {
		List<Object[]> rows = this.jdbc.sql(set.select())
			.param("id", id)
			.query((rs,
					row) -> new Object[] { rs.getLong("rev"), rs.getInt("revtype"),
							read(rs, set.valueColumn(), set.valueType()) })
			.list();
		Set<Object> current = new HashSet<>();
		int next = 0;
		for (Snapshot snapshot : snapshots) {
			while (next < rows.size() && (long) rows.get(next)[0] <= snapshot.rev()) {
				Object[] row = rows.get(next++);
				if ((int) row[1] == REMOVED) {
					current.remove(row[2]);
				}
				else {
					current.add(row[2]);
				}
			}
			snapshot.values().put(set.field(), Set.copyOf(current));
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object read(ResultSet rs, String column, Class<?> type) throws SQLException {
		if (type == String.class) {
			return rs.getString(column);
		}
		if (type.isEnum()) {
			String name = rs.getString(column);
			return (name != null) ? Enum.valueOf((Class<? extends Enum>) type, name) : null;
		}
		if (type == Instant.class) {
			Timestamp timestamp = rs.getTimestamp(column);
			return (timestamp != null) ? timestamp.toInstant() : null;
		}
		if (type == LocalDate.class) {
			return rs.getObject(column, LocalDate.class);
		}
		Object value = rs.getObject(column);
		if (value == null) {
			return null;
		}
		if (type == Long.class || type == long.class) {
			return ((Number) value).longValue();
		}
		if (type == Integer.class || type == int.class) {
			return ((Number) value).intValue();
		}
		if (type == Boolean.class || type == boolean.class) {
			return value;
		}
		throw new IllegalStateException("No history reading for " + type + " (column " + column + ")");
	}

	/**
	 * Where a record type's snapshots are: its {@code _aud} table, a column per audited
	 * field, and a table per audited collection of values.
	 */
	private Shape shape(Class<?> type) {
		EntityPersister persister = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(type);
		String table = persister.getMappedTableDetails().getTableName() + this.auditSuffix;
		String idColumn = ((BasicValuedModelPart) persister.getIdentifierMapping()).getSelectionExpression();
		Map<String, Column> columns = new java.util.LinkedHashMap<>();
		List<ValueSet> sets = new ArrayList<>();
		for (int i = 0; i < persister.getNumberOfAttributeMappings(); i++) {
			AttributeMapping attribute = persister.getAttributeMapping(i);
			Field field = ReflectionUtils.findField(type, attribute.getAttributeName());
			if (field == null) {
				continue;
			}
			if (attribute instanceof PluralAttributeMapping plural
					&& plural.getElementDescriptor() instanceof BasicValuedModelPart element
					&& plural.getKeyDescriptor().getKeyPart() instanceof BasicValuedModelPart key) {
				Class<?> elementType = (Class<?>) ((ParameterizedType) field.getGenericType())
					.getActualTypeArguments()[0];
				sets.add(new ValueSet(attribute.getAttributeName(),
						"select rev, revtype, " + element.getSelectionExpression() + " from "
								+ plural.getCollectionDescriptor().getTableName() + this.auditSuffix + " where "
								+ key.getSelectionExpression() + " = :id order by rev",
						element.getSelectionExpression(), elementType));
			}
			else if (attribute instanceof BasicValuedModelPart basic) {
				columns.put(attribute.getAttributeName(), new Column(basic.getSelectionExpression(), field.getType()));
			}
		}
		return new Shape(table, idColumn, Map.copyOf(columns), List.copyOf(sets));
	}

	private record Shape(String table, String idColumn, Map<String, Column> columns, List<ValueSet> sets) {

		String select(List<String> fields) {
			StringBuilder select = new StringBuilder("select a.rev, r.timestamp, r.username");
			for (String field : fields) {
				Column column = this.columns.get(field);
				if (column != null) {
					select.append(", a.").append(column.name());
				}
				else if (this.sets.stream().noneMatch((set) -> set.field().equals(field))) {
					throw new IllegalArgumentException("No audited field " + field + " in " + this.table);
				}
			}
			return select.append(" from ")
				.append(this.table)
				.append(" a join audit_revision r on r.id = a.rev where a.")
				.append(this.idColumn)
				.append(" = :id order by a.rev")
				.toString();
		}

	}

	private record Column(String name, Class<?> type) {
	}

	private record ValueSet(String field, String select, String valueColumn, Class<?> valueType) {
	}

	private record Snapshot(long rev, long timestamp, String username, Map<String, Object> values) {
	}

}
