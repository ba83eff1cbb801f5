package com.clinigrad.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.clinigrad.accounts.ScopeReferences.ScopeKind;

import org.springframework.stereotype.Component;

/**
 * Accounts' scopes in words: the code with the name of the record it names (医院 H01
 * 浙江大学医学院附属第一医院), from the module that owns the record, read once for a page.
 */
@Component
public class ScopeNames {

	private final List<ScopeReferences> references;

	ScopeNames(List<ScopeReferences> references) {
		this.references = references;
	}

	/**
	 * The hospital and department scopes of the accounts a page shows, one read per kind.
	 */
	public Labels of(Collection<AccountView> accounts, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		List<String> hospitals = accounts.stream()
			.map(AccountView::hospitalCode)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		List<String> departments = accounts.stream()
			.filter((a) -> a.hospitalCode() != null && a.departmentCode() != null)
			.map(Labels::departmentKey)
			.distinct()
			.toList();
		return new Labels(names(ScopeKind.HOSPITAL, hospitals, english),
				names(ScopeKind.DEPARTMENT, departments, english));
	}

	private Map<String, String> names(ScopeKind kind, List<String> keys, boolean english) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.references.stream()
			.filter((reference) -> reference.supports(kind))
			.findFirst()
			.map((reference) -> reference.names(kind, keys, english))
			.orElse(Map.of());
	}

	/**
	 * The words for the scopes of a page's accounts: the code and the name, the code
	 * alone when the name is unknown.
	 */
	public record Labels(Map<String, String> hospitalNames, Map<String, String> departmentNames) {

		public Labels {
			hospitalNames = Map.copyOf(hospitalNames);
			departmentNames = Map.copyOf(departmentNames);
		}

		/**
		 * @return the account's hospital in words, or {@code null} without one
		 */
		public String hospital(AccountView account) {
			return (account.hospitalCode() != null)
					? named(account.hospitalCode(), this.hospitalNames.get(account.hospitalCode())) : null;
		}

		/**
		 * @return the account's department in words, or {@code null} without one
		 */
		public String department(AccountView account) {
			return (account.departmentCode() != null)
					? named(account.departmentCode(), this.departmentNames.get(departmentKey(account))) : null;
		}

		static String departmentKey(AccountView account) {
			return account.hospitalCode() + "/" + account.departmentCode();
		}

		private static String named(String code, String name) {
			return (name != null) ? code + " " + name : code;
		}

	}

}
