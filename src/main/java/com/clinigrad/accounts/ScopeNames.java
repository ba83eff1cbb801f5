package com.clinigrad.accounts;

import java.util.List;
import java.util.Locale;

import com.clinigrad.accounts.ScopeReferences.ScopeKind;

import org.springframework.stereotype.Component;

/**
 * An account's scope in words: the code with the name of the record it names (医院 H01
 * 浙江大学医学院附属第一医院), from the module that owns the record.
 */
@Component
public class ScopeNames {

	private final List<ScopeReferences> references;

	ScopeNames(List<ScopeReferences> references) {
		this.references = references;
	}

	/**
	 * @param code the hospital code, or {@code null}
	 * @return the code and the hospital's name, the code alone when the name is unknown,
	 * or {@code null} without a code
	 */
	public String hospital(String code, Locale locale) {
		return named(ScopeKind.HOSPITAL, code, code, locale);
	}

	/**
	 * @return the department code and its name, the code alone when the name is unknown,
	 * or {@code null} without a code
	 */
	public String department(String hospitalCode, String departmentCode, Locale locale) {
		if (departmentCode == null) {
			return null;
		}
		return named(ScopeKind.DEPARTMENT, hospitalCode + "/" + departmentCode, departmentCode, locale);
	}

	private String named(ScopeKind kind, String key, String code, Locale locale) {
		if (code == null) {
			return null;
		}
		boolean english = "en".equals(locale.getLanguage());
		return this.references.stream()
			.filter((reference) -> reference.supports(kind))
			.findFirst()
			.flatMap((reference) -> reference.name(kind, key, english))
			.map((name) -> code + " " + name)
			.orElse(code);
	}

}
