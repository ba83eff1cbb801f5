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

/**
 * How the session repository turns attribute values into bytes and back: Java
 * serialization, as Spring Session's default, except that the security context, which
 * every request reads, is no longer deserialized again on every request (6 % of a page's
 * CPU). Its authentication is kept by the stored bytes it came from; each read gets a
 * context of its own around it, so that a request that empties its context (a logout)
 * changes no other request's. An authentication is not changed once made (a new login, a
 * changed password or a CAS ticket makes a new one, and a new context with it, which the
 * session then stores as new bytes).
 */
final class SessionAttributeConversion {

	/**
	 * The most authentications kept (about 2 KB each with their bytes); when full, all
	 * are forgotten and read again as needed.
	 */
	static final int KEPT = 2_000;

	private SessionAttributeConversion() {
	}

	static GenericConversionService create(ClassLoader classLoader) {
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class,
				new KnownAuthentications(new DeserializingConverter(classLoader)));
		return conversion;
	}

	private static final class KnownAuthentications implements Converter<byte[], Object> {

		private final Converter<byte[], Object> deserializer;

		private final Map<Bytes, Authentication> known = new ConcurrentHashMap<>();

		KnownAuthentications(Converter<byte[], Object> deserializer) {
			this.deserializer = deserializer;
		}

		@Override
		public Object convert(byte[] source) {
			Bytes key = new Bytes(source);
			Authentication authentication = this.known.get(key);
			if (authentication != null) {
				return new SecurityContextImpl(authentication);
			}
			Object value = this.deserializer.convert(source);
			if (value != null && value.getClass() == SecurityContextImpl.class
					&& ((SecurityContextImpl) value).getAuthentication() != null) {
				if (this.known.size() >= KEPT) {
					this.known.clear();
				}
				this.known.put(key, ((SecurityContextImpl) value).getAuthentication());
			}
			return value;
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
