package com.clinigrad.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The one way a department is named in the page's language: in Chinese its name; in
 * English the English name recorded for it, else the standard English name of a common
 * department name (心血管内科 → Cardiology), else its Chinese name.
 */
public final class DepartmentNames {

	private static final Map<String, String> STANDARD = load();

	private DepartmentNames() {
	}

	/**
	 * @param name the department's name
	 * @param nameEn the English name recorded for it, or {@code null}
	 */
	public static String display(String name, String nameEn, boolean english) {
		if (!english || name == null) {
			return name;
		}
		if (nameEn != null && !nameEn.isBlank()) {
			return nameEn;
		}
		return standardEnglish(name).orElse(name);
	}

	/**
	 * @return the standard English name of a common department name, if it is one
	 */
	public static Optional<String> standardEnglish(String name) {
		return (name != null) ? Optional.ofNullable(STANDARD.get(name.strip())) : Optional.empty();
	}

	private static Map<String, String> load() {
		Properties names = new Properties();
		try (InputStream in = DepartmentNames.class.getResourceAsStream("/organization/department-names.properties")) {
			if (in == null) {
				throw new IllegalStateException("organization/department-names.properties is missing");
			}
			names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names.stringPropertyNames().stream().collect(Collectors.toUnmodifiableMap((k) -> k, names::getProperty));
	}

}
