package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.eligibility.rules.CheckValue;
import com.clinigrad.eligibility.rules.MedicalLicenseRule;
import com.clinigrad.theses.MilestoneType;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a check's message key and arguments into a sentence in the reader's language;
 * milestone and certificate codes among the arguments are named, not shown as codes.
 */
@Component
public class AuditMessages {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final MessageSource messages;

	AuditMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String message(CheckResult check, Locale locale) {
		Object[] arguments = check.messageArgs().stream().map((argument) -> named(argument, locale)).toArray();
		return this.messages.getMessage(check.messageKey(), arguments, check.messageKey(), locale);
	}

	public String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * A check's required or actual value in the reader's language, for pages (the audit
	 * API keeps the contract's values): words ({@link CheckValue}) and the license
	 * deadline named, numbers with the rule's unit ({@code rule.<CODE>.amount}), dates as
	 * they are.
	 */
	public String value(String rule, String value, Locale locale) {
		if (value == null || value.isBlank()) {
			return value;
		}
		Optional<CheckValue> word = CheckValue.of(value);
		if (word.isPresent()) {
			return label("audit.value." + word.get().name(), locale);
		}
		Optional<LocalDate> deadline = MedicalLicenseRule.deadlineIn(value);
		if (deadline.isPresent()) {
			return this.messages.getMessage("audit.value.bySemester5", new Object[] { deadline.get().toString() },
					locale);
		}
		if (Boolean.TRUE.toString().equals(value) || Boolean.FALSE.toString().equals(value)) {
			return label(Boolean.parseBoolean(value) ? "audit.yes" : "audit.no", locale);
		}
		if (NUMBER.matcher(value).matches()) {
			// "1 credit", not "1 credits", in a language that has a word for one
			String one = "1".equals(value)
					? this.messages.getMessage("rule." + rule + ".amount.one", new Object[] { value }, null, locale)
					: null;
			return (one != null) ? one
					: this.messages.getMessage("rule." + rule + ".amount", new Object[] { value }, value, locale);
		}
		return value;
	}

	public String ruleName(String code, Locale locale) {
		return this.messages.getMessage("rule." + code + ".name", null, code, locale);
	}

	private Object named(Object argument, Locale locale) {
		if (argument instanceof String text) {
			Optional<MilestoneType> milestone = Arrays.stream(MilestoneType.values())
				.filter((type) -> type.name().equals(text))
				.findFirst();
			if (milestone.isPresent()) {
				return this.messages.getMessage(milestone.get().messageKey(), null, text, locale);
			}
		}
		return argument;
	}

}
