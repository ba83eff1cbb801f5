package com.clinigrad.theses;

import java.util.Arrays;

/**
 * Reads a code that came from a form or the database into its enum.
 */
final class Codes {

	private Codes() {
	}

	/**
	 * @return the constant named {@code code}, or {@code null} for {@code null} or an
	 * unknown code
	 */
	static <E extends Enum<E>> E parse(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(code))
			.findFirst()
			.orElse(null);
	}

}
