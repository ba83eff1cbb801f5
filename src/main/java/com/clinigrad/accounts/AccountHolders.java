package com.clinigrad.accounts;

import java.util.List;
import java.util.Locale;

/**
 * A register of people who may be given accounts in bulk (导师名册, 学生名册). Implemented by the
 * modules that own those registers, so that accounts depends on none of them: the bulk
 * creation asks them who is in a selection and links each new account to the person's
 * record by number, as accounts created one by one are.
 */
public interface AccountHolders {

	/**
	 * @return the register this implementation answers for
	 */
	Kind kind();

	/**
	 * @return the hospitals, programs and cohorts the register's people belong to, for
	 * the selection form
	 */
	Choices choices();

	/**
	 * @return the people of the register in the selection, ordered by number
	 */
	List<Holder> find(Selection selection);

	/**
	 * The registers, each with the role and scope its people's accounts get.
	 */
	enum Kind {

		/** 导师: role supervisor, limited to their own students by staff number. */
		SUPERVISOR(Role.SUPERVISOR, "bi-person-workspace"),
		/** 学生: role student, limited to themself by student number. */
		STUDENT(Role.STUDENT, "bi-mortarboard");

		private final Role role;

		private final String icon;

		Kind(Role role, String icon) {
			this.role = role;
			this.icon = icon;
		}

		/**
		 * @return whether it is the students' register (program and cohort apply)
		 */
		public boolean students() {
			return this == STUDENT;
		}

		/**
		 * @return the Bootstrap icon of its tab
		 */
		public String icon() {
			return this.icon;
		}

		public Role role() {
			return this.role;
		}

		public String messageKey() {
			return "account.bulk.kind." + name();
		}

	}

	/**
	 * Who to give accounts: one register, optionally one hospital, program (students) and
	 * cohort (students); {@code null} means all. Students who have left (graduated,
	 * withdrawn) are selected only when {@code includeLeft}, to be named as given none.
	 */
	record Selection(Kind kind, String hospitalCode, String programCode, Integer cohortYear, boolean includeLeft) {

		public Selection(Kind kind, String hospitalCode, String programCode, Integer cohortYear) {
			this(kind, hospitalCode, programCode, cohortYear, false);
		}

	}

	/**
	 * A name in both languages of the pages.
	 */
	record Name(String zh, String en) {

		public String in(Locale locale) {
			return ("en".equals(locale.getLanguage()) && this.en != null && !this.en.isBlank()) ? this.en : this.zh;
		}

	}

	/**
	 * One value a selection can take.
	 */
	record Choice(String code, Name name) {
	}

	/**
	 * The values a selection can take in one register.
	 */
	record Choices(List<Choice> hospitals, List<Choice> programs, List<Integer> cohorts) {
	}

	/**
	 * A person of a register.
	 *
	 * @param number the staff or student number the account is linked to (and its login)
	 * @param name the person's name
	 * @param hospital the hospital, or {@code null}
	 * @param program the program of a student, or {@code null}
	 * @param cohortYear the cohort of a student, or {@code null}
	 * @param noAccountReason why this person is given no account although in the register
	 * (a student who has left: graduated, withdrawn), as a message key, or {@code null}
	 * @param noAccountArgument the key of a word the reason names (the status), or
	 * {@code null}
	 */
	record Holder(String number, String name, Name hospital, Name program, Integer cohortYear, String noAccountReason,
			String noAccountArgument) {
	}

}
