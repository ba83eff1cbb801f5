package com.clinigrad.accounts;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * How the session repository turns attribute values into bytes and back: Java
 * serialization, as Spring Session's default, except that the values every request reads
 * are no longer deserialized again on every request: the security context (6 % of a
 * page's CPU) and the CSRF token that every page with a form reads (2 %). What was read
 * is kept by the stored bytes it came from. The token cannot change and is handed out as
 * kept. Of the security context only its authentication is kept; each read gets a context
 * of its own around it, so that a request that empties its context (a logout) changes no
 * other request's. An authentication is not changed once made (a new login, a changed
 * password or a CAS ticket makes a new one, and a new context with it, which the session
 * then stores as new bytes).
 */
final class SessionAttributeConversion {

	/**
	 * The most values kept, two per session (each with its stored bytes: about 1.7 KB for
	 * a security context, 0.2 KB for a token); when full, all are forgotten and read
	 * again as needed.
	 */
	static final int KEPT = 4_000;

	private SessionAttributeConversion() {
	}

	static GenericConversionService create(ClassLoader classLoader) {
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class, new KnownValues(new DeserializingConverter(classLoader)));
		return conversion;
	}

	private static final class KnownValues implements Converter<byte[], Object> {

		private final Converter<byte[], Object> deserializer;

		private final Map<Bytes, Object> known = new ConcurrentHashMap<>();

		KnownValues(Converter<byte[], Object> deserializer) {
			this.deserializer = deserializer;
		}

		@Override
		public Object convert(byte[] source) {
			Bytes key = new Bytes(source);
			Object kept = this.known.get(key);
			if (kept instanceof Authentication authentication) {
				return new SecurityContextImpl(authentication);
			}
			if (kept != null) {
				return kept;
			}
			Object value = this.deserializer.convert(source);
			Object keep = keepable(value);
			if (keep != null) {
				if (this.known.size() >= KEPT) {
					this.known.clear();
				}
				this.known.put(key, keep);
			}
			return value;
		}

		/**
		 * @return what to keep of a value read: the authentication of a security context,
		 * a CSRF token itself, {@code null} for anything else
		 */
		private static Object keepable(Object value) {
			if (value == null) {
				return null;
			}
			Class<?> type = value.getClass();
			if (type == SecurityContextImpl.class) {
				return ((SecurityContextImpl) value).getAuthentication();
			}
			return (type == DefaultCsrfToken.class) ? value : null;
		}

	}

	/**
	 * Stored bytes compared by their content.
	 */
	private record Bytes(byte[] value) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes bytes && Arrays.equals(this.value, bytes.value);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.value);
		}

	}

}
